// `npm run bench` (and `npm run bench -- --quick`, a smaller run of about two minutes): runs the
// six benchmarks of issue 7 and the impact benchmark of issue 11 one after another and writes
// bench/latest.json and bench/latest.md; `npm run bench -- --only impact` runs the impact one alone
// and merges its figures into them; `--only board`, `--only latency` and `--only signup` (SQLite and
// PostgreSQL sign-ups) do the same for those.
// Each figure comes from this one run; ratios compare two measurements taken side by side.
import { fileURLToPath } from "node:url";
import { boardVsChat, WARM_UP_S, type BoardVsChat } from "./board.ts";
import { burst } from "./burst.ts";
import { fanout } from "./fanout.ts";
import { buildForStart, idleRss, startCommand } from "./idle.ts";
import { latency, type LatencyResult } from "./latency.ts";
import { impactFigures } from "./impact-report.ts";
import { load, mergeReport, writeReport, type Reported } from "./report.ts";
import { signupPostgres, signupSqlite } from "./signup.ts";

const quick = process.argv.includes("--quick");
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
/** Timed runs of each side of the impact benchmark. */
const IMPACT_REPS = quick ? 5 : 15;
const SIZES = quick
  ? { signups: 2_000, pgSignups: 1_000, groups: 300, fanoutSpeed: 1, voters: 200, burstSpeed: 6, users: 200, rounds: 6, idleSeconds: 10 }
  : {
      signups: 6_000,
      pgSignups: 3_000,
      groups: 1_000,
      fanoutSpeed: 1,
      voters: 200,
      burstSpeed: 1,
      users: 200,
      rounds: 12,
      idleSeconds: 10,
    };
/** Sign-up commands in flight at once. */
const CONCURRENCY = 64;
const POSTGRES = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
/** The span of a latency round: each of the 200 people types once, at a random instant of it (20 commands/s to each bot). */
const ROUND_MS = 5_000;

/** The board benchmark: people on each side and seconds of load (issue 12: 50 people, 60 s; --quick: 20 s). */
const BOARD = { people: 50, seconds: quick ? 20 : 60, everyMs: 2_000 };

/** The board benchmark's rows. */
function boardRows(r: BoardVsChat | undefined): Reported[] {
  return [
    {
      id: "board_vs_chat_p99_ratio",
      title: "Board sheet page p99 ÷ /creneaux p99",
      unit: "ratio",
      goal: 2,
      better: "lower",
      value: r ? r.page.p99 / r.chat.p99 : null,
      note:
        `the app \`npm start\` runs (console + board on loopback, SQLite file); for ${BOARD.seconds} s, ${BOARD.people} logged-in people each GET the sheet page ` +
        `(HTTP with their session cookie, whole body read) every ${BOARD.everyMs / 1000} s (±50 %) while ${BOARD.people} people each send \`/creneaux\` through the core for the same canteen at the same pace, after ${WARM_UP_S} s of the same load not counted` +
        (r
          ? ` — page p99 ${r.page.p99.toFixed(1)} ms (p50 ${r.page.p50.toFixed(1)}, ${r.page.requests} requests, ${Math.round(r.page.bytes / 1024)} KB), /creneaux p99 ${r.chat.p99.toFixed(1)} ms (p50 ${r.chat.p50.toFixed(1)}, ${r.chat.requests} requests), ${r.errors} errors`
          : ""),
    },
  ];
}

/** The latency benchmark's step name and rows. */
const LATENCY_STEP = `command → reply latency, ${SIZES.users} users, Tablée and a bare telegraf bot side by side`;
/** Runs the latency benchmark, noting the load average at its start and end (other work on the machine shows in it). */
async function measureLatency(): Promise<LatencyResult & { load: string }> {
  const before = load();
  const r = await latency(SIZES.users, SIZES.rounds, ROUND_MS);
  return { ...r, load: `${before} → ${load()}` };
}
function latencyRows(lat: (LatencyResult & { load: string }) | undefined): Reported[] {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const perBot = SIZES.users / 2 / (ROUND_MS / 1000);
  const note =
    `${SIZES.users} people in ${SIZES.users} private chats, webhook mode, \`/cuisiner <date> <poste>\`, in rounds: each person types once at a random instant of ${ROUND_MS / 1000} s, ` +
    `half of them to Tablée and half to a bare telegraf bot answering at once without a database (own process; same fake Bot API, webhook path and reply), the halves swapping each round ` +
    `(${perBot}/s to each bot); the next round a second after the last reply; ${SIZES.rounds} counted rounds after one round all to Tablée and one shared, not counted`;
  return [
    {
      id: "latency_p99_ratio",
      title: "Command → reply p99, Tablée ÷ a bare bot",
      unit: "ratio",
      goal: 3,
      better: "lower",
      value: lat?.ratio ?? null,
      note:
        `${note}; latency from the POST of the update to the fake recording the reply` +
        (lat
          ? ` — Tablée p99 ${ms(lat.tablee.p99)}, bare bot p99 ${ms(lat.bare.p99)} (p50 ${ms(lat.bare.p50)}, max ${ms(lat.bare.max)}), ${lat.tablee.commands} commands each; ` +
            `the ratio over each pair of rounds: ${lat.pairRatios.map((r) => r.toFixed(2)).join(", ")}; load average ${lat.load} over this benchmark`
          : ""),
    },
    {
      id: "latency_p50_ms",
      title: "Command → reply, median (Tablée)",
      unit: "ms",
      goal: null,
      better: "lower",
      value: lat?.tablee.p50 ?? null,
      note: "Tablée's commands in the run above (for information: an absolute time depends on the machine)",
    },
    {
      id: "latency_p99_ms",
      title: "Command → reply, 99th percentile (Tablée)",
      unit: "ms",
      goal: null,
      better: "lower",
      value: lat?.tablee.p99 ?? null,
      note: `the same${lat ? `; p90 ${lat.tablee.p90.toFixed(0)} ms, max ${lat.tablee.max.toFixed(0)} ms` : ""}`,
    },
  ];
}

/** The sign-up benchmarks (SQLite against raw better-sqlite3, then PostgreSQL) and their rows. */
async function signupRows(): Promise<Reported[]> {
  const sqlite = await step("sign-ups on SQLite: the core vs raw better-sqlite3", () => signupSqlite(SIZES.signups, CONCURRENCY));
  const pg = await step("sign-ups on PostgreSQL", () => signupPostgres(POSTGRES, SIZES.pgSignups, CONCURRENCY));
  return [
    {
      id: "signup_ratio_sqlite",
      title: "Sign-ups, core ÷ raw SQLite",
      unit: "ratio",
      goal: 0.25,
      better: "higher",
      value: sqlite ? sqlite.core.perSecond / Math.max(...sqlite.raw.map((r) => r.perSecond)) : null,
      note:
        `${SIZES.signups} \`/cook <date> <role>\` from distinct people through \`core.handle\`, ${CONCURRENCY} in flight, fresh SQLite file; ` +
        `raw: the same sign-ups as hand-written prepared statements on better-sqlite3, one transaction each, run before and after the core (the faster run counts)` +
        (sqlite ? ` — raw ${sqlite.raw.map((r) => Math.round(r.perSecond)).join(" and ")}/s` : ""),
    },
    {
      id: "signup_per_s_sqlite",
      title: "Sign-ups per second, SQLite",
      unit: "/s",
      goal: null,
      better: "higher",
      value: sqlite?.core.perSecond ?? null,
      note: "the core's rate in the run above",
    },
    {
      id: "signup_per_s_postgres",
      title: "Sign-ups per second, PostgreSQL",
      unit: "/s",
      goal: null,
      better: "higher",
      value: pg?.perSecond ?? null,
      note: `${SIZES.pgSignups} sign-ups as above on a database created for the run (pool of 10) on ${new URL(POSTGRES).host}`,
    },
  ];
}

const figures: Reported[] = [];
const notes: string[] = [];
let failed = false;

function say(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Runs one benchmark; a failure is reported and its figures stay empty. */
async function step<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  say(`▶ ${name}…`);
  const t = performance.now();
  try {
    const out = await run();
    say(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(out)}`);
    return out;
  } catch (e) {
    failed = true;
    say(`  FAILED: ${(e as Error).stack ?? String(e)}`);
    notes.push(`${name} failed: ${String((e as Error).message ?? e).split("\n")[0]}`);
    return undefined;
  }
}

const started = new Date();
const t0 = performance.now();
const loadBefore = load();

if (only === "board") {
  const r = await step(`board sheet page vs /creneaux, ${BOARD.people} people each, ${BOARD.seconds} s`, () =>
    boardVsChat(BOARD.people, BOARD.seconds, BOARD.everyMs),
  );
  const seconds = (performance.now() - t0) / 1000;
  mergeReport(
    fileURLToPath(new URL("../../bench", import.meta.url)),
    boardRows(r),
    `Board figure from \`npm run bench -- --only board${quick ? " --quick" : ""}\` on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC (${Math.round(seconds)} s, load average ${loadBefore} before, ${load()} after); the other rows are from the runs above.`,
  );
  say(`board figure merged into bench/latest.json and bench/latest.md (${seconds.toFixed(0)} s).`);
  process.exit(failed ? 1 : 0);
}

if (only === "latency") {
  const rows = latencyRows(await step(LATENCY_STEP, measureLatency));
  const seconds = (performance.now() - t0) / 1000;
  mergeReport(
    fileURLToPath(new URL("../../bench", import.meta.url)),
    rows,
    `Latency figures from \`npm run bench -- --only latency${quick ? " --quick" : ""}\` on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC (${Math.round(seconds)} s, load average ${loadBefore} before, ${load()} after); the other rows are from the runs above.`,
  );
  say(`latency figures merged into bench/latest.json and bench/latest.md (${seconds.toFixed(0)} s).`);
  process.exit(failed ? 1 : 0);
}

if (only === "signup") {
  const rows = await signupRows();
  const seconds = (performance.now() - t0) / 1000;
  mergeReport(
    fileURLToPath(new URL("../../bench", import.meta.url)),
    rows,
    `Sign-up figures from \`npm run bench -- --only signup${quick ? " --quick" : ""}\` on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC (${Math.round(seconds)} s, load average ${loadBefore} before, ${load()} after); the other rows are from the runs above.`,
  );
  say(`sign-up figures merged into bench/latest.json and bench/latest.md (${seconds.toFixed(0)} s).`);
  process.exit(failed ? 1 : 0);
}

if (only !== undefined) {
  if (only !== "impact") {
    say(`unknown benchmark "${only}": --only impact, --only board, --only latency or --only signup`);
    process.exit(2);
  }
  const impact = await impactFigures(POSTGRES, IMPACT_REPS, step, say);
  const seconds = (performance.now() - t0) / 1000;
  mergeReport(
    fileURLToPath(new URL("../../bench", import.meta.url)),
    impact,
    `Impact figures from \`npm run bench -- --only impact\` on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC (${Math.round(seconds)} s, load average ${loadBefore} before, ${load()} after); the other rows are from the run above.`,
  );
  say(`impact figures merged into bench/latest.json and bench/latest.md (${seconds.toFixed(0)} s).`);
  process.exit(failed ? 1 : 0);
}

figures.push(...(await signupRows()));

const fan = await step(`announcement to ${SIZES.groups} Telegram groups`, () => fanout(SIZES.groups, SIZES.fanoutSpeed));
const fanNote = `${SIZES.groups} groups of one canteen, the real announce job → ledger → Telegram adapter → fake Bot API (own process), limits ${SIZES.fanoutSpeed === 1 ? "as Telegram's (30/s)" : `${SIZES.fanoutSpeed}× faster`}`;
figures.push(
  {
    id: "fanout_bound_ratio",
    title: "Fan-out time ÷ rate-limit bound",
    unit: "ratio",
    goal: 1.05,
    better: "lower",
    value: fan?.ratio ?? null,
    note: `${fanNote}; from the job's start to the last message's arrival${fan ? ` (${fan.seconds.toFixed(1)} s for a bound of ${fan.boundSeconds.toFixed(1)} s)` : ""}`,
  },
  {
    id: "fanout_violations",
    title: "Fan-out requests over Telegram's limits",
    unit: "requests",
    goal: 0,
    better: "lower",
    value: fan?.violations ?? null,
    note: "arrivals at the fake that found 30 others within the second before them (or a chat's own limits), counted strictly",
  },
  {
    id: "fanout_duplicates",
    title: "Fan-out duplicates",
    unit: "messages",
    goal: 0,
    better: "lower",
    value: fan?.duplicates ?? null,
    note: "groups that got the announcement more than once (extra copies)",
  },
  {
    id: "fanout_lost",
    title: "Fan-out lost",
    unit: "groups",
    goal: 0,
    better: "lower",
    value: fan?.lost ?? null,
    note: "groups that never got it",
  },
);

const b = await step(`headcount burst of ${SIZES.voters} voters`, () => burst(SIZES.voters, SIZES.burstSpeed));
const burstTime =
  SIZES.burstSpeed === 1
    ? "in real time"
    : `with time ${SIZES.burstSpeed}× faster (bot clock, edit coalescing, ledger polling, rate windows and the minute all scaled alike)`;
figures.push(
  {
    id: "burst_counted_ratio",
    title: "Burst votes counted",
    unit: "ratio",
    goal: 1,
    better: "higher",
    value: b ? Math.min(b.recorded, b.shown) / b.voters : null,
    note:
      `${SIZES.voters} people press “Je mange” in one group within a minute (callback queries, long polling), ${burstTime}; counted = the lesser of the answers recorded and the count the announcement finally shows` +
      (b ? ` (${b.recorded} recorded, ${b.shown} shown, ${b.settleSeconds.toFixed(1)} s to settle)` : ""),
  },
  {
    id: "burst_edits_per_min_max",
    title: "Burst: most edits of the announcement in a minute",
    unit: "edits",
    goal: 20,
    better: "lower",
    value: b?.maxEditsPerMinute ?? null,
    note: `sliding ${SIZES.burstSpeed === 1 ? "60 s" : "(scaled) minute"} over the edits the fake received${b ? `; ${b.edits} edits in all, ${b.violations} over the per-chat limits` : ""}`,
  },
);

figures.push(...latencyRows(await step(LATENCY_STEP, measureLatency)));

buildForStart();
const idle = await step("idle memory with the three adapters", () => idleRss(SIZES.idleSeconds));
// For comparison only (not the figure): the sources run by tsx, as the tests do.
const dev = quick
  ? undefined
  : await step("idle memory, sources run by tsx", () => idleRss(SIZES.idleSeconds, ["--import", "tsx", "src/main.ts"]));
if (dev)
  notes.push(
    `Idle memory for comparison (not the figure): the sources run by tsx instead of the bundle \`npm start\` builds: ${dev.rssMb.toFixed(0)} MB.`,
  );
figures.push({
  id: "idle_rss_mb",
  title: "Idle memory (RSS)",
  unit: "MB",
  goal: 150,
  better: "lower",
  value: idle?.rssMb ?? null,
  note:
    `what \`npm start\` runs (\`${startCommand().join(" ")}\`: the bundle of the sources), with Telegram, Discord and Slack on their fakes, VmRSS after ${SIZES.idleSeconds} s idle` +
    (idle ? ` (started in ${idle.startupSeconds.toFixed(1)} s)` : ""),
});

figures.push(...(await impactFigures(POSTGRES, IMPACT_REPS, step, say)));

figures.push(
  ...boardRows(
    await step(`board sheet page vs /creneaux, ${BOARD.people} people each, ${BOARD.seconds} s`, () =>
      boardVsChat(BOARD.people, BOARD.seconds, BOARD.everyMs),
    ),
  ),
);

const seconds = (performance.now() - t0) / 1000;
writeReport(fileURLToPath(new URL("../../bench", import.meta.url)), figures, {
  mode: quick ? "quick" : "full",
  started,
  seconds,
  loadBefore,
  loadAfter: load(),
  notes,
});
say(`bench/latest.json and bench/latest.md written (${seconds.toFixed(0)} s).`);
process.exit(failed ? 1 : 0);
