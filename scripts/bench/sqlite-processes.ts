// Several processes on one SQLite file, as README promises: two processes, each with its own core
// and store on the same file, send at the same moment `/cloturer` for the same services (one
// records the covers, the other the takings: both must be kept, each change in the history once)
// and `/manger` from distinct people. Every command must succeed; none lost, none doubled.
//   npx tsx scripts/bench/sqlite-processes.ts [services=150] [eaters=200]   (the full run)
// The test (test/reliability/sqlite-processes.test.ts) runs it smaller. A worker is this file
// run with `worker <url> <side> <services> <eaters>`: it prints one JSON line of its results.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { createCore } from "../../src/kernel/core.ts";
import { authorView, plainText } from "../../src/kernel/model.ts";
import { Ledger } from "../../src/delivery/ledger.ts";
import { openDatabase } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { DEFAULT_ROLES } from "../../src/kernel/roles.ts";
import { silentLog } from "./util.ts";
import { FEATURES } from "../../src/app.ts";

const GROUP = "console:group";
const MANAGER = { address: "console:mona", name: "Mona", platform: "console" as const };
/** The bot's clock: Monday 30 November 2026, 14:00 in Paris. */
const NOW = new Date("2026-11-30T13:00:00Z");
/** The day everyone says they eat. */
const EAT_DAY = "2026-12-01";

/** The `count` weekdays before NOW, most recent first (services to close). */
export function pastServices(count: number): string[] {
  const dates: string[] = [];
  for (let d = DateTime.fromJSDate(NOW, { zone: "Europe/Paris" }).minus({ days: 1 }); dates.length < count; d = d.minus({ days: 1 }))
    if (d.weekday <= 5) dates.push(d.toISODate()!);
  return dates;
}

/** What one worker saw. */
export interface WorkerResult {
  side: "covers" | "takings";
  ok: number;
  failed: string[];
  ms: number;
}

async function worker(url: string, side: WorkerResult["side"], services: number, eaters: number): Promise<void> {
  const db = await openDatabase(url);
  const store = createPrismaStore(db, FEATURES);
  const clock = { now: () => new Date(NOW) };
  const ledger = new Ledger(db, store, clock, silentLog, (d) => core.compose(d.canteenId, d.kind, d.subject, d.target));
  const core = createCore({
    features: FEATURES,
    store,
    clock,
    log: silentLog,
    outbox: ledger,
    defaults: { timezone: "Europe/Paris", locale: "fr" },
  });
  const send = (author: { address: string; name: string }, text: string) =>
    core.handle({ platform: "console", chat: { address: GROUP, private: false }, author, text, addressed: true });
  // Both workers start together: the parent writes "go" on stdin once both are ready.
  process.stdout.write("ready\n");
  await new Promise<void>((resolve) => process.stdin.once("data", () => resolve()));
  const started = Date.now();
  const commands = [
    ...pastServices(services).map((date, i) => ({
      author: MANAGER,
      text: side === "covers" ? `/cloturer ${date} couverts ${40 + (i % 20)}` : `/cloturer ${date} recette ${100 + i},50`,
      ok: /✅|enregistr/i,
    })),
    ...Array.from({ length: eaters }, (_, i) => ({
      author: { address: `console:${side}-${i}`, name: `${side} ${i}` },
      text: `/manger ${EAT_DAY}`,
      ok: /c'est noté|noté|couvert/i,
    })),
  ];
  const failed: string[] = [];
  let ok = 0;
  await Promise.all(
    commands.map(async (c) => {
      const outcome = await send(c.author, c.text);
      const text = authorView(outcome)
        .map((r) => plainText(r))
        .join("\n");
      if (!outcome.notHandled && !outcome.refused && c.ok.test(text) && !/😕|💾/.test(text)) ok++;
      else failed.push(`${c.text} → ${text.slice(0, 160)}`);
    }),
  );
  const result: WorkerResult = { side, ok, failed, ms: Date.now() - started };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await db.close();
}

/** Creates the canteen, its manager and the services to close, in a fresh migrated file. */
async function seed(url: string, services: number): Promise<void> {
  await migrate(url);
  const db = await openDatabase(url);
  const store = createPrismaStore(db, FEATURES);
  const res = await store.setupCanteen({
    name: "Cantine des Pentes",
    slug: "cantine-des-pentes",
    timezone: "Europe/Paris",
    locale: "fr",
    roles: DEFAULT_ROLES,
    chat: { address: GROUP, platform: "console", title: "Cantine des Pentes" },
    founder: MANAGER,
  });
  if (res.kind !== "created") throw new Error(`seed: ${res.kind}`);
  // A menu makes each past day a service held.
  for (const date of pastServices(services)) await store.setMenu(res.canteen.id, date, { text: "Soupe", diets: [], allergens: [] });
  await db.close();
}

/** The two runs' results and what the file holds after them. */
export interface TwoProcessRun {
  workers: WorkerResult[];
  ms: number;
  closed: { covers: number; takings: number; changes: number };
  eating: number;
}

/** Seeds `url`, runs the two workers at once, and reads back what was recorded. */
export async function runTwoProcesses(url: string, services: number, eaters: number): Promise<TwoProcessRun> {
  await seed(url, services);
  const self = fileURLToPath(import.meta.url);
  const children = (["covers", "takings"] as const).map((side) => {
    const child = spawn(process.execPath, ["--import", "tsx", self, "worker", url, side, String(services), String(eaters)], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    let out = "";
    const ready = new Promise<void>((resolve) =>
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("ready\n")) resolve();
      }),
    );
    const done = new Promise<WorkerResult>((resolve, reject) =>
      child.on("exit", (code) => {
        const line = out.split("\n").find((l) => l.startsWith("{"));
        if (code === 0 && line) resolve(JSON.parse(line) as WorkerResult);
        else reject(new Error(`worker ${side} exited ${code}: ${out.slice(-500)}`));
      }),
    );
    return { child, ready, done };
  });
  await Promise.all(children.map((c) => c.ready));
  const started = Date.now();
  for (const c of children) c.child.stdin.end("go\n");
  const workers = await Promise.all(children.map((c) => c.done));
  const ms = Date.now() - started;

  const db = await openDatabase(url);
  try {
    const dates = pastServices(services);
    const rows = await db.prisma.service.findMany({ where: { date: { in: dates } } });
    const changes = await db.prisma.serviceChange.count({ where: { serviceId: { in: rows.map((r) => r.id) } } });
    const day = await db.prisma.service.findFirst({ where: { date: EAT_DAY } });
    const eating = day ? await db.prisma.attendance.count({ where: { serviceId: day.id, eating: true } }) : 0;
    return {
      workers,
      ms,
      closed: { covers: rows.filter((r) => r.covers !== null).length, takings: rows.filter((r) => r.takings !== null).length, changes },
      eating,
    };
  } finally {
    await db.close();
  }
}

const [mode, ...args] = process.argv.slice(2);
if (mode === "worker") {
  const [url, side, services, eaters] = args;
  await worker(url!, side as WorkerResult["side"], Number(services), Number(eaters));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const services = Number(mode ?? 150);
  const eaters = Number(args[0] ?? 200);
  const dir = mkdtempSync(join(tmpdir(), "tablee-processes-"));
  try {
    const run = await runTwoProcesses(`file:${join(dir, "tablee.db")}`, services, eaters);
    const total = 2 * (services + eaters);
    const ok = run.workers.reduce((n, w) => n + w.ok, 0);
    console.log(
      JSON.stringify({
        commands: total,
        succeeded: ok,
        ms: run.ms,
        perWorkerMs: run.workers.map((w) => w.ms),
        closed: run.closed,
        eating: run.eating,
      }),
    );
    for (const w of run.workers) for (const f of w.failed.slice(0, 5)) console.log(`${w.side}: ${f}`);
    process.exitCode =
      ok === total && run.closed.covers === services && run.closed.takings === services && run.eating === 2 * eaters ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
