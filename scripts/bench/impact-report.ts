// The impact benchmark's figures for bench/latest.json: impact_vs_sql_ratio (SQLite, and the
// PostgreSQL figure beside it) and impact_growth_ratio, with what each run measured.
import type { Reported } from "./report.ts";
import { impactPostgres, impactSqlite, type ImpactRun } from "./impact.ts";

/** Runs the impact benchmark (`reps` timed runs of each side) and returns its figures. */
export async function impactFigures(
  postgresUrl: string,
  reps: number,
  step: <T>(name: string, run: () => Promise<T>) => Promise<T | undefined>,
  say: (s: string) => void,
): Promise<Reported[]> {
  const lite = await step("/impact reseau annee on SQLite: the core vs one SQL query; 1 year vs 10 years of history", () =>
    impactSqlite(reps, say),
  );
  const pg = await step("/impact reseau annee on PostgreSQL: the core vs one SQL query", () => impactPostgres(postgresUrl, reps, say));
  const ms = (r: ImpactRun | undefined, side: "coreMs" | "sqlMs") => (r ? `${r[side].toFixed(0)} ms` : "—");
  const shape =
    "13 canteens × 250 services (about 60 covers, takings and spending recorded, 3 % left open, survey answers for half), 4 cooks and 30 poll answers each";
  return [
    {
      id: "impact_vs_sql_ratio",
      title: "/impact reseau annee, core ÷ one SQL query (SQLite)",
      unit: "ratio",
      goal: 3,
      better: "lower",
      value: lite ? lite.year.coreMs / lite.year.sqlMs : null,
      note: `${shape}; the coordinator's \`/impact reseau annee\` through \`core.handle\` (rights, store, figures layer, rendering) vs one hand-written query on raw better-sqlite3 giving the same figures per canteen (checked equal), medians of ${reps} alternated runs — core ${ms(lite?.year, "coreMs")}, SQL ${ms(lite?.year, "sqlMs")}`,
    },
    {
      id: "impact_vs_sql_ratio_postgres",
      title: "/impact reseau annee, core ÷ one SQL query (PostgreSQL)",
      unit: "ratio",
      goal: null,
      better: "lower",
      value: pg ? pg.coreMs / pg.sqlMs : null,
      note: `the same on PostgreSQL (the query on a raw pg connection; JIT off on both sides, as the store sets it: it compiled these queries for seconds) — core ${ms(pg, "coreMs")}, SQL ${ms(pg, "sqlMs")}`,
    },
    {
      id: "impact_growth_ratio",
      title: "/impact reseau annee, 10 years of history ÷ 1 year",
      unit: "ratio",
      goal: 1.5,
      better: "lower",
      value: lite ? lite.decade.coreMs / lite.year.coreMs : null,
      note: `the same command on SQLite when the database holds 10 years (${lite?.decade.rows.services ?? "—"} services, ${lite?.decade.rows.attendance ?? "—"} poll answers) vs 1 year — core ${ms(lite?.decade, "coreMs")} vs ${ms(lite?.year, "coreMs")}; the SQL query alone: ${ms(lite?.decade, "sqlMs")} vs ${ms(lite?.year, "sqlMs")}`,
    },
  ];
}
