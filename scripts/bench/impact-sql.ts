// The reference of `impact_vs_sql_ratio`: the network report's figures computed by ONE
// hand-written SQL query (SQLite and PostgreSQL read it alike) on a raw driver connection —
// per canteen: services held and closed, meals, money, forecast error, survey answers, volunteers
// (new ones too) and newcomers, with the same definitions as src/features/impact; the network's sums
// and ratios are then a few additions over its canteens' rows.
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";

const CLOSED = `s."covers" IS NOT NULL`;

/** The query; `:net`, `:from` and `:to` are its parameters. */
export const NETWORK_IMPACT_SQL = `
WITH nc AS (SELECT "canteenId" AS cid FROM "NetworkCanteen" WHERE "networkId" = :net),
s AS (
  SELECT s."id", s."canteenId" AS cid, s."covers", s."takings", s."spent", s."forecast"
  FROM "Service" s JOIN nc ON s."canteenId" = nc.cid
  WHERE s."date" >= :from AND s."date" <= :to),
svc AS (
  SELECT s.cid, COUNT(*) AS held, COUNT(s."covers") AS closed, COALESCE(SUM(s."covers"), 0) AS covers,
    SUM(CASE WHEN ${CLOSED} AND s."takings" IS NOT NULL THEN 1 ELSE 0 END) AS takings_services,
    COALESCE(SUM(CASE WHEN ${CLOSED} THEN s."takings" END), 0) AS takings,
    COALESCE(SUM(CASE WHEN ${CLOSED} AND s."takings" IS NOT NULL THEN s."covers" END), 0) AS contrib_covers,
    COALESCE(SUM(CASE WHEN ${CLOSED} AND s."spent" IS NOT NULL AND s."takings" IS NOT NULL THEN s."takings" END), 0) AS ingredient_takings,
    COALESCE(SUM(CASE WHEN ${CLOSED} AND s."spent" IS NOT NULL AND s."takings" IS NOT NULL THEN s."spent" END), 0) AS ingredient_spent,
    SUM(CASE WHEN ${CLOSED} AND s."forecast" IS NOT NULL THEN 1 ELSE 0 END) AS forecast_services,
    COALESCE(SUM(CASE WHEN ${CLOSED} AND s."forecast" IS NOT NULL THEN ABS(s."forecast" - s."covers") END), 0) AS forecast_error
  FROM s GROUP BY s.cid),
sv AS (
  SELECT s.cid,
    COALESCE(SUM(CASE WHEN c."question" = 'welcome' THEN c."count" END), 0) AS welcome_n,
    COALESCE(SUM(CASE WHEN c."question" = 'welcome' AND c."answer" IN ('yes', 'rather-yes') THEN c."count" END), 0) AS welcome_pos,
    COALESCE(SUM(CASE WHEN c."question" = 'confidence' THEN c."count" END), 0) AS confidence_n,
    COALESCE(SUM(CASE WHEN c."question" = 'confidence' AND c."answer" IN ('yes', 'rather-yes') THEN c."count" END), 0) AS confidence_pos,
    COALESCE(SUM(CASE WHEN c."question" = 'first' AND c."answer" = 'yes' THEN c."count" END), 0) AS first_yes
  FROM "SurveyCount" c JOIN s ON c."serviceId" = s."id" GROUP BY s.cid),
cooked AS (
  SELECT DISTINCT s.cid, su."personId" AS pid FROM "SignUp" su JOIN s ON su."serviceId" = s."id" WHERE su."status" = 'confirmed'),
vol AS (
  SELECT k.cid, COUNT(*) AS volunteers,
    SUM(CASE WHEN EXISTS (
      SELECT 1 FROM "SignUp" b JOIN "Service" bs ON bs."id" = b."serviceId"
      WHERE b."personId" = k.pid AND b."status" = 'confirmed' AND bs."canteenId" = k.cid AND bs."date" < :from) THEN 0 ELSE 1 END) AS new_volunteers
  FROM cooked k GROUP BY k.cid),
active AS (
  SELECT s.cid, a."personId" AS pid FROM "Attendance" a JOIN s ON a."serviceId" = s."id" WHERE a."eating"
  UNION SELECT cid, pid FROM cooked
  UNION SELECT p."canteenId", ls."personId" FROM "LunchSeat" ls
    JOIN "LunchRound" r ON r."id" = ls."roundId" JOIN "LunchProgram" p ON p."id" = r."programId" JOIN nc ON nc.cid = p."canteenId"
    WHERE ls."status" <> 'dropped' AND r."date" >= :from AND r."date" <= :to),
newc AS (
  SELECT x.cid, COUNT(*) AS newcomers FROM active x
  WHERE NOT EXISTS (SELECT 1 FROM "Attendance" a JOIN "Service" bs ON bs."id" = a."serviceId"
      WHERE a."personId" = x.pid AND a."eating" AND bs."canteenId" = x.cid AND bs."date" < :from)
    AND NOT EXISTS (SELECT 1 FROM "SignUp" b JOIN "Service" bs ON bs."id" = b."serviceId"
      WHERE b."personId" = x.pid AND b."status" = 'confirmed' AND bs."canteenId" = x.cid AND bs."date" < :from)
    AND NOT EXISTS (SELECT 1 FROM "LunchSeat" ls JOIN "LunchRound" r ON r."id" = ls."roundId" JOIN "LunchProgram" p ON p."id" = r."programId"
      WHERE ls."personId" = x.pid AND ls."status" <> 'dropped' AND p."canteenId" = x.cid AND r."date" < :from)
  GROUP BY x.cid)
SELECT c."id" AS canteen_id, c."name", c."ingredientCost" AS ingredient_cost, c."runningCost" AS running_cost,
  COALESCE(svc.held, 0) AS held, COALESCE(svc.closed, 0) AS closed, COALESCE(svc.covers, 0) AS covers,
  COALESCE(svc.takings_services, 0) AS takings_services, COALESCE(svc.takings, 0) AS takings, COALESCE(svc.contrib_covers, 0) AS contrib_covers,
  COALESCE(svc.ingredient_takings, 0) AS ingredient_takings, COALESCE(svc.ingredient_spent, 0) AS ingredient_spent,
  COALESCE(svc.forecast_services, 0) AS forecast_services, COALESCE(svc.forecast_error, 0) AS forecast_error,
  COALESCE(sv.welcome_n, 0) AS welcome_n, COALESCE(sv.welcome_pos, 0) AS welcome_pos,
  COALESCE(sv.confidence_n, 0) AS confidence_n, COALESCE(sv.confidence_pos, 0) AS confidence_pos, COALESCE(sv.first_yes, 0) AS first_yes,
  COALESCE(vol.volunteers, 0) AS volunteers, COALESCE(vol.new_volunteers, 0) AS new_volunteers, COALESCE(newc.newcomers, 0) AS newcomers
FROM nc JOIN "Canteen" c ON c."id" = nc.cid
  LEFT JOIN svc ON svc.cid = c."id" LEFT JOIN sv ON sv.cid = c."id" LEFT JOIN vol ON vol.cid = c."id" LEFT JOIN newc ON newc.cid = c."id"
ORDER BY c."id"`;

/** One canteen's row of the query, numbers as numbers. */
export type CanteenSqlRow = Record<string, number> & { name: string };

/** The network's figures from the canteens' rows: sums, then the same ratios as the core. */
export function networkFromRows(rows: CanteenSqlRow[]): Record<string, number | null> {
  const sum = (k: string) => rows.reduce((n, r) => n + r[k]!, 0);
  const costBase = rows.reduce(
    (n, r) => n + (r.ingredient_cost !== null && r.running_cost !== null ? r.contrib_covers! * (r.ingredient_cost! + r.running_cost!) : 0),
    0,
  );
  const share = (pos: number, n: number) => (n >= 5 ? pos / n : null);
  return {
    held: sum("held"),
    closed: sum("closed"),
    meals: sum("covers"),
    perService: sum("closed") > 0 ? sum("covers") / sum("closed") : null,
    takings: sum("takings"),
    averageContribution: sum("contrib_covers") > 0 ? sum("takings") / sum("contrib_covers") : null,
    costsCovered: costBase > 0 ? sum("takings") / costBase : null,
    ingredientsCovered: sum("ingredient_spent") > 0 ? sum("ingredient_takings") / sum("ingredient_spent") : null,
    forecastError: sum("forecast_services") > 0 ? sum("forecast_error") / sum("forecast_services") : null,
    welcome: share(sum("welcome_pos"), sum("welcome_n")),
    confidence: share(sum("confidence_pos"), sum("confidence_n")),
    firstMeals: sum("first_yes"),
    volunteers: sum("volunteers"),
    newVolunteers: sum("new_volunteers"),
    newcomers: sum("newcomers"),
  };
}

const numeric = (r: Record<string, unknown>): CanteenSqlRow =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "name" || v === null ? v : Number(v)])) as CanteenSqlRow;

/** A prepared runner of the query on a raw SQLite connection. */
export function sqliteRunner(path: string): { run(net: number, from: string, to: string): CanteenSqlRow[]; close(): void } {
  const db = new BetterSqlite3(path, { readonly: true });
  const stmt = db.prepare(NETWORK_IMPACT_SQL.replace(/:(net|from|to)\b/g, "@$1"));
  return { run: (net, from, to) => (stmt.all({ net, from, to }) as Record<string, unknown>[]).map(numeric), close: () => db.close() };
}

/** A runner of the query on a raw PostgreSQL connection. */
export async function postgresRunner(
  url: string,
): Promise<{ run(net: number, from: string, to: string): Promise<CanteenSqlRow[]>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // As the store does: PostgreSQL's JIT costs this query far more than it saves.
  await client.query("SET jit = off");
  const text = NETWORK_IMPACT_SQL.replace(/:net\b/g, "$1")
    .replace(/:from\b/g, "$2")
    .replace(/:to\b/g, "$3");
  return {
    run: async (net, from, to) => (await client.query({ name: "network-impact", text, values: [net, from, to] })).rows.map(numeric),
    close: () => client.end(),
  };
}
