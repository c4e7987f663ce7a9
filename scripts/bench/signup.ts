// Benchmark 1 and 6: sign-up commands per second through the full core (`core.handle` with
// "/cook <date> <role>" from distinct people, many in flight), on a fresh SQLite file or a fresh
// PostgreSQL database, and the same sign-ups as hand-written SQL on raw better-sqlite3.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import pg from "pg";
import { createCore } from "../../src/kernel/core.ts";
import type { IncomingEvent } from "../../src/kernel/model.ts";
import { DEFAULT_ROLES } from "../../src/kernel/roles.ts";
import { DATE_RANGE_YEARS } from "../../src/kernel/days.ts";
import { Ledger } from "../../src/delivery/ledger.ts";
import { openDatabase } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { rawSignups } from "./raw-signup.ts";
import { silentLog } from "./util.ts";
import { runningClock } from "./world.ts";
import { FEATURES } from "../../src/app.ts";

/** The instant the benchmark's canteen lives at: Monday 23 November 2026, 9:00 in Paris. */
export const BENCH_NOW = new Date("2026-11-23T08:00:00Z");

/** The group every sign-up is typed in. */
export const BENCH_GROUP = "telegram:-1001000000001";

/** Words people type for the three default roles. */
const ROLE_WORDS = ["chef", "cuisine", "plonge"] as const;

/** One planned sign-up: who, in which words, and the date and role key it means. */
export interface PlannedSignup {
  address: string;
  name: string;
  text: string;
  date: string;
  role: string;
}

/** The weekdays from 24 November 2026 a command may name (parseDay refuses dates over two years ahead). */
const PLAN_DATES: string[] = [];
for (
  let d = DateTime.fromISO("2026-11-24"), last = DateTime.fromJSDate(BENCH_NOW).plus({ years: DATE_RANGE_YEARS.after }).minus({ days: 1 });
  d <= last;
  d = d.plus({ days: 1 })
) {
  if (d.weekday <= 5) PLAN_DATES.push(d.toISODate()!);
}

/**
 * `n` sign-ups by `n` different people, spread over weekdays from 24 November 2026 so that each
 * service gets about nine people for its six places: most are confirmed, some wait. Beyond 9 ×
 * the weekdays of the next two years (about 4,700), services get more people, so more wait.
 */
export function signupPlan(n: number): PlannedSignup[] {
  const perService = Math.max(9, Math.ceil(n / PLAN_DATES.length));
  const dates = PLAN_DATES.slice(0, Math.ceil(n / perService));
  return Array.from({ length: n }, (_, i) => {
    const date = dates[i % dates.length]!;
    const r = Math.floor(i / dates.length) % ROLE_WORDS.length;
    return {
      address: `telegram:${9_000_000 + i}`,
      name: `Bénévole ${i}`,
      text: `/cook ${date} ${ROLE_WORDS[r]}`,
      date,
      role: DEFAULT_ROLES[r]!.key,
    };
  });
}

/** 64 more sign-ups by other people, run before the measured ones (JIT, statement caches). */
export function warmUp(plan: PlannedSignup[]): PlannedSignup[] {
  return signupPlan(plan.length + 64).slice(plan.length);
}

/** A measured run of sign-ups. */
export interface SignupRun {
  count: number;
  seconds: number;
  perSecond: number;
}

/** Runs `tasks` with at most `limit` in flight. */
export async function inFlight<T>(items: T[], limit: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

function event(address: string, name: string, text: string): IncomingEvent {
  return {
    platform: "telegram",
    chat: { address: BENCH_GROUP, title: "Cantine du banc d'essai", private: false },
    author: { address, name },
    text,
  };
}

/**
 * Sign-ups through the full core on the database at `url` (created, migrated and emptied by the
 * caller). A first person sets the canteen up; then `plan` runs with `concurrency` in flight.
 * Every reply is checked and the sheet is checked for overbooking afterwards.
 */
export async function coreSignups(url: string, plan: PlannedSignup[], concurrency: number): Promise<SignupRun> {
  await migrate(url);
  const db = await openDatabase(url, { poolSize: 10 });
  try {
    const store = createPrismaStore(db, FEATURES);
    const clock = runningClock(BENCH_NOW);
    const ledger = new Ledger(db, store, clock, silentLog, (d) => core.compose(d.canteenId, d.kind, d.subject));
    const core = createCore({
      features: FEATURES,
      store,
      clock,
      log: silentLog,
      outbox: ledger,
      defaults: { timezone: "Europe/Paris", locale: "fr" },
    });
    const setup = await core.handle(event("telegram:8999999", "Mona", "/setup Cantine du banc d'essai"));
    if (setup.replies.length !== 1) throw new Error("setup failed");
    // A short warm-up on other dates (JIT, prepared statements), not counted.
    const warm = warmUp(plan);
    await inFlight(warm, concurrency, async (p) => void (await core.handle(event(p.address, p.name, p.text))));

    const started = performance.now();
    let failures = 0;
    await inFlight(plan, concurrency, async (p) => {
      const out = await core.handle(event(p.address, p.name, p.text));
      const text = JSON.stringify(out.replies);
      // Each is a new sign-up: confirmed ("c'est noté") or waitlisted ("liste d'attente").
      if (!/c'est noté|liste d'attente/.test(text)) failures++;
    });
    const seconds = (performance.now() - started) / 1000;
    if (failures > 0) throw new Error(`${failures} sign-ups were not answered as sign-ups`);
    await checkSheet(db.prisma, plan.length + warm.length);
    return { count: plan.length, seconds, perSecond: plan.length / seconds };
  } finally {
    await db.close();
  }
}

/** Every sign-up recorded once, and no role of any service holding more confirmed people than places. */
async function checkSheet(prisma: Awaited<ReturnType<typeof openDatabase>>["prisma"], expected: number): Promise<void> {
  const total = await prisma.signUp.count();
  if (total !== expected) throw new Error(`expected ${expected} sign-ups, found ${total}`);
  const confirmed = await prisma.signUp.groupBy({ by: ["serviceId", "role"], where: { status: "confirmed" }, _count: { _all: true } });
  const capacity = new Map(DEFAULT_ROLES.map((r) => [r.key, r.capacity]));
  const over = confirmed.filter((g) => g._count._all > (capacity.get(g.role) ?? 0));
  if (over.length > 0) throw new Error(`overbooked: ${JSON.stringify(over.slice(0, 3))}`);
}

/**
 * Sign-ups through the core on a fresh SQLite file, and the same sign-ups on raw better-sqlite3
 * just before and just after it (each on its own fresh file), so that the ratio compares runs
 * made under the same conditions.
 */
export async function signupSqlite(n: number, concurrency: number): Promise<{ core: SignupRun; raw: SignupRun[] }> {
  const dir = mkdtempSync(join(tmpdir(), "tablee-bench-"));
  try {
    const plan = signupPlan(n);
    const before = await rawSignups(join(dir, "raw-before.db"), plan);
    const core = await coreSignups(`file:${join(dir, "core.db")}`, plan, concurrency);
    const after = await rawSignups(join(dir, "raw-after.db"), plan);
    return { core, raw: [before, after] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sign-ups through the core on a PostgreSQL database created for the run and dropped after. */
export async function signupPostgres(serverUrl: string, n: number, concurrency: number): Promise<SignupRun> {
  const name = `tablee_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await coreSignups(url.toString(), signupPlan(n), concurrency);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
