// Runs the fuzzer against the real core on a fresh SQLite database: two linked canteens (on the
// console and on Slack), an unlinked Telegram group and private chats. Each event must be
// answered without a crash, the sheet is checked every few thousand events and at the end.
import fc from "fast-check";
import { plainText, type IncomingEvent, type Outcome } from "../../../src/kernel/model.ts";
import { DEFAULT_ROLES } from "../../../src/kernel/roles.ts";
import { translator } from "../../../src/kernel/i18n/index.ts";
import { sqliteDatabase } from "../../helpers/databases.ts";
import { createHarness, type Harness } from "../../helpers/harness.ts";
import { chatEvent, type FuzzEvent } from "./fuzz-inputs.ts";
import { sheetViolations } from "./sheet-invariants.ts";

const CHATS = { "linked-a": "console:group", "linked-b": "slack:C0VAISE", unlinked: "telegram:-4242" } as const;
const INTERNAL = [translator("fr")("errors.internal"), translator("en")("errors.internal")];
/** Text that only appears in a reply when a value failed to render. */
const LEAKS = ["[object Object]", "undefined", "NaN", "Invalid DateTime", "{{", "}}"];

/** What a fuzz run found. */
export interface FuzzReport {
  seed: number;
  runs: number;
  /** Events answered with at least one message or toast. */
  answered: number;
  /** Failed invariant checks: "<after n events>: <violation>". */
  sheetProblems: string[];
  /** Errors the core logged ("command failed"). */
  loggedErrors: string[];
  /** How many sign-up rows the canteens held at the end (a fuzzer that never signs anyone up proves little). */
  signUps: number;
  /** Events per second. */
  rate: number;
}

/** Leak markers people typed at some point (a name or a menu can hold "undefined" legitimately). */
const typed = new Set<string>();

/** Notes the leak markers an event types (before judging any reply of its burst). */
function typedBy(e: FuzzEvent): void {
  for (const l of LEAKS) if (e.text.includes(l) || e.author.includes(l)) typed.add(l);
}

/** Why one event's outcome is wrong, or undefined when it is fine. */
export function judge(e: FuzzEvent, out: Outcome): string | undefined {
  typedBy(e);
  // A personal answer (shown to its author only: Slack/Discord ephemeral, or a private message
  // with its line in the group) is an answer too.
  const texts = [
    ...out.replies.map(plainText),
    out.toast ?? "",
    out.update ? plainText(out.update) : "",
    out.personal ? plainText(out.personal) : "",
    ...(out.direct ? [...out.direct.messages, out.direct.sent].map(plainText) : []),
  ];
  const all = texts.join("\n");
  if (INTERNAL.some((t) => all.includes(t))) return "answered with the internal-error message";
  if ((e.addressed || e.chat === "private") && texts.every((t) => t.trim() === "")) return "an addressed message got no answer";
  if (out.replies.some((r) => r.lines.length === 0 && r.buttons.length === 0)) return "an empty reply";
  const leak = LEAKS.find((l) => all.includes(l) && !typed.has(l));
  if (leak) return `reply shows "${leak}": ${all.slice(0, 300)}`;
  return undefined;
}

/** Platform account ids are plain ids whatever the display name: one per name, as a platform would number them. */
const accounts = new Map<string, number>();

function eventOf(e: FuzzEvent): IncomingEvent {
  const group = e.chat === "private" ? undefined : CHATS[e.chat];
  if (!accounts.has(e.author)) accounts.set(e.author, accounts.size + 1);
  const id = ["Mona", "Bob"].includes(e.author) ? e.author.toLowerCase() : `u${accounts.get(e.author)}`;
  const platform = (group?.split(":")[0] ?? "telegram") as IncomingEvent["platform"];
  const person = `${platform}:${id}`;
  const isPrivate = group === undefined;
  return {
    platform,
    chat: { address: group ?? person, title: "Fuzz", private: isPrivate },
    author: { address: person, name: e.author, platformAdmin: e.platformAdmin },
    text: e.text,
    addressed: e.addressed || isPrivate,
    action: e.action,
    ...(e.action ? { refresh: "/slots" } : {}),
  };
}

/** Sets up the world, runs `runs` random events with `seed`, and reports. Throws on the first wrong answer. */
export async function fuzzCore(
  runs: number,
  seed: number,
  opts: { adminShare?: number; checkEvery?: number; burst?: number } = {},
): Promise<FuzzReport> {
  const checkEvery = opts.checkEvery ?? 10_000;
  const database = await sqliteDatabase();
  const h: Harness = await createHarness("2026-11-23T08:00:00Z", { database });
  try {
    await h.send("Mona", "/installer Cantine A");
    await h.send("Mona", "/cuisiner mardi");
    await h.send("Bob", "/setup Canteen B", { chat: CHATS["linked-b"] });
    // Managers may lower a capacity (people keep their seats): judge each role by the most it ever took.
    const most = new Map<string, number>();
    const setCapacities = h.store.setCapacities.bind(h.store);
    h.store.setCapacities = (canteenId, caps, fromDate) => {
      for (const [k, v] of Object.entries(caps)) most.set(`${canteenId}/${k}`, Math.max(most.get(`${canteenId}/${k}`) ?? 0, v));
      return setCapacities(canteenId, caps, fromDate);
    };
    const allowance = (canteenId: number, role: string) =>
      Math.max(most.get(`${canteenId}/${role}`) ?? 0, DEFAULT_ROLES.find((r) => r.key === role)?.capacity ?? 0);
    const check = async (label: string) => (await sheetViolations(h.db, { allowance, today: "2026-11-23" })).map((v) => `${label}: ${v}`);

    const names = h.core.commands.allNames();
    const sheetProblems: string[] = [];
    const loggedErrors: string[] = [];
    let n = 0;
    let answered = 0;
    const started = performance.now();
    // Events arrive in bursts handled concurrently, as a busy bot gets them (the store batches
    // concurrent commands: the fuzzer goes through that path too).
    const burst = opts.burst ?? 16;
    await fc.assert(
      fc.asyncProperty(fc.array(chatEvent(names, opts.adminShare), { minLength: burst, maxLength: burst }), async (events) => {
        for (const e of events) typedBy(e);
        const outs = await Promise.all(events.map((e) => h.core.handle(eventOf(e))));
        outs.forEach((out, i) => {
          const wrong = judge(events[i]!, out);
          if (wrong) throw new Error(`${wrong}\n  input: ${JSON.stringify(events[i])}`);
          if (out.replies.length > 0 || out.toast || out.personal || out.direct) answered++;
        });
        // Errors the core caught and logged are crashes too, even when it answered politely.
        for (const l of h.log.lines)
          if (l.level === "error") loggedErrors.push(`${l.msg} ${JSON.stringify((l.obj as { command?: string }).command ?? "")}`);
        h.log.lines.length = 0;
        const before = n;
        n += events.length;
        if (Math.floor(n / checkEvery) > Math.floor(before / checkEvery)) sheetProblems.push(...(await check(`after ${n} events`)));
      }),
      { numRuns: Math.ceil(runs / burst), seed, endOnFailure: true },
    );
    const rate = n / ((performance.now() - started) / 1000);
    sheetProblems.push(...(await check("at the end")));
    const signUps = await h.db.prisma.signUp.count();
    return { seed, runs: n, answered, sheetProblems, loggedErrors, signUps, rate };
  } finally {
    await h.close();
    await database.drop();
  }
}
