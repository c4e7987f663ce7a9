// Benchmarks of `/impact reseau annee`: the network coordinator's command through the real core
// (store, figures layer, rendering) on a generated network-year, against ONE hand-written SQL
// query computing the same figures on the same database in the same run (impact_vs_sql_ratio);
// and the same command when the database holds 10 years of history vs 1 (impact_growth_ratio).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createCore } from "../../src/kernel/core.ts";
import { authorView, plainText, type IncomingEvent } from "../../src/kernel/model.ts";
import type { Outbox } from "../../src/kernel/ports.ts";
import { networkFigures } from "../../src/features/network/report.ts";
import { openDatabase, sqlitePath, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { COORDINATOR, createNetwork, generateRows, insertRows, NETWORK_YEAR } from "./impact-data.ts";
import { networkFromRows, postgresRunner, sqliteRunner, type CanteenSqlRow } from "./impact-sql.ts";
import { quantile, silentLog } from "./util.ts";
import { FEATURES } from "../../src/app.ts";

/** The report's instant: the last day of the generated year, after lunch (every service held). */
const NOW = new Date(`${NETWORK_YEAR.reportYear}-12-31T16:00:00Z`);
const PERIOD = { from: `${NETWORK_YEAR.reportYear}-01-01`, to: `${NETWORK_YEAR.reportYear}-12-31` };

/** What one database gave. */
export interface ImpactRun {
  /** Median milliseconds of the command through the core, and of the SQL query. */
  coreMs: number;
  sqlMs: number;
  rows: { services: number; attendance: number };
  /** The network's meals served and welcome share, as both computed them (they must agree). */
  meals: number;
  welcome: number | null;
}

const noOutbox: Outbox = { enqueue: async () => undefined, touch: async () => 0 };

const event: IncomingEvent = {
  platform: "console",
  chat: { address: "console:dm-coordination", private: true },
  author: COORDINATOR,
  text: "/impact reseau annee",
};

/** Throws unless the core's figures are the SQL's, canteen by canteen. */
function agree(core: Awaited<ReturnType<typeof networkFigures>>, rows: CanteenSqlRow[]): void {
  const checks: [string, (t: (typeof core.canteens)[number]["figures"]["totals"]) => number][] = [
    ["held", (t) => t.held],
    ["closed", (t) => t.closed],
    ["covers", (t) => t.covers],
    ["takings", (t) => t.takings],
    ["forecast_error", (t) => t.forecastAbsError],
    ["welcome_n", (t) => Object.values(t.survey.welcome).reduce((a, b) => a + b, 0)],
    ["volunteers", (t) => t.volunteers],
    ["new_volunteers", (t) => t.newVolunteers],
    ["newcomers", (t) => t.newcomers],
  ];
  core.canteens.forEach((c, i) => {
    for (const [column, get] of checks) {
      if (get(c.figures.totals) !== rows[i]![column])
        throw new Error(`${c.name}: ${column} is ${get(c.figures.totals)} in the core, ${rows[i]![column]} in SQL`);
    }
  });
}

/** Builds a database of `years` years at `url` (migrated, empty) and measures the command and the query `reps` times. */
async function measure(url: string, years: number, reps: number, say: (s: string) => void): Promise<ImpactRun> {
  await migrate(url);
  const db: Database = await openDatabase(url);
  const store = createPrismaStore(db, FEATURES);
  try {
    const ids = await createNetwork(store, NETWORK_YEAR.canteens);
    const rows = generateRows(ids, { ...NETWORK_YEAR, years });
    const t = performance.now();
    await insertRows(db, url, ids, rows);
    say(
      `  ${years} year(s): ${rows.Service.length} services, ${rows.Attendance.length} poll answers, ${rows.SignUp.length} sign-ups inserted in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const coordinator = (await store.personOf(COORDINATOR.address))!;
    const network = (await store.networksManagedBy(coordinator))[0]!;
    const core = createCore({
      features: FEATURES,
      store,
      clock: { now: () => NOW },
      log: silentLog,
      outbox: noOutbox,
      defaults: { timezone: "Europe/Paris", locale: "fr" },
    });
    const sql = db.provider === "sqlite" ? sqliteRunner(sqlitePath(url)) : await postgresRunner(url);
    try {
      const coreOnce = async () => {
        const t0 = performance.now();
        const out = await core.handle(event);
        const ms = performance.now() - t0;
        const text = authorView(out).map(plainText).join("\n");
        if (!text.includes("Par cantine")) throw new Error(`unexpected reply: ${text.slice(0, 300)}`);
        return ms;
      };
      const sqlOnce = async () => {
        const t0 = performance.now();
        const r = await sql.run(network.id, PERIOD.from, PERIOD.to);
        const ms = performance.now() - t0;
        if (r.length !== NETWORK_YEAR.canteens) throw new Error(`SQL gave ${r.length} canteens`);
        return ms;
      };
      const sqlRows = await sql.run(network.id, PERIOD.from, PERIOD.to);
      const nf = await networkFigures(store, network, PERIOD, PERIOD.to);
      agree(nf, sqlRows);
      const fromSql = networkFromRows(sqlRows);
      const welcome = nf.total.figures.welcome;
      if (fromSql.meals !== (nf.total.figures["meals-served"].known ? nf.total.figures["meals-served"].value : null))
        throw new Error("meals differ");
      for (let i = 0; i < 3; i++) {
        await coreOnce();
        await sqlOnce();
      }
      const coreMs: number[] = [];
      const sqlMs: number[] = [];
      for (let i = 0; i < reps; i++) {
        coreMs.push(await coreOnce());
        sqlMs.push(await sqlOnce());
      }
      return {
        coreMs: quantile(coreMs, 0.5),
        sqlMs: quantile(sqlMs, 0.5),
        rows: { services: rows.Service.length, attendance: rows.Attendance.length },
        meals: fromSql.meals!,
        welcome: welcome.known ? welcome.value : null,
      };
    } finally {
      await sql.close();
    }
  } finally {
    await db.close();
  }
}

/** The SQLite runs: a network-year (ratio to SQL) and ten years (growth). */
export async function impactSqlite(reps: number, say: (s: string) => void): Promise<{ year: ImpactRun; decade: ImpactRun }> {
  const dir = mkdtempSync(join(tmpdir(), "tablee-bench-impact-"));
  try {
    const year = await measure(`file:${join(dir, "year.db")}`, 1, reps, say);
    const decade = await measure(`file:${join(dir, "decade.db")}`, 10, reps, say);
    return { year, decade };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PostgreSQL run of the network-year, on a database created for it and dropped after. */
export async function impactPostgres(serverUrl: string, reps: number, say: (s: string) => void): Promise<ImpactRun> {
  const name = `tablee_bench_impact_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await measure(url.toString(), 1, reps, say);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
