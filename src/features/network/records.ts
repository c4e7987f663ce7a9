// The records of several canteens at once, for the network report and digest: the same records
// as `impactRecords` gives one canteen (same definitions; a test holds them equal), read in three
// raw statements for the whole network instead of a dozen per canteen. Every statement starts
// from the period's services through the (canteenId, date) index, and history is only probed per
// person ("cooked here before?", "came here before?"), so years of old records do not slow it.
import type { CanteenRecords, ServiceRecord, SurveyCounts } from "../impact/index.ts";
import { NOT_HELD, VOLUNTEER_MINUTES, type Period } from "../impact/index.ts";
import type { Point } from "../../kernel/feature.ts";
import { list } from "../../store/batched.ts";
import type { Database } from "../../store/database.ts";
import { Prisma } from "../../store/generated/sqlite/client.ts";
import { atomic } from "../../store/tx.ts";

/** The survey's (question, answer) pairs, as pivot columns "welcome:yes". */
const PAIRS = [
  ["welcome", "yes"],
  ["welcome", "rather-yes"],
  ["welcome", "rather-no"],
  ["welcome", "no"],
  ["confidence", "yes"],
  ["confidence", "rather-yes"],
  ["confidence", "rather-no"],
  ["confidence", "no"],
  ["first", "yes"],
  ["first", "no"],
] as const;

type Num = number | bigint | string | null;
const num = (v: Num): number | null => (v === null ? null : Number(v));

type ServiceRow = {
  cid: Num;
  date: string;
  covers: Num;
  takings: Num;
  cash: Num;
  card: Num;
  cheque: Num;
  waste: Num;
  spent: Num;
  forecast: Num;
  pollCovers: Num;
} & Record<string, Num>;
type PeopleRow = { cid: Num; volunteers: Num; newVolunteers: Num; newcomers: Num };
type CanteenRow = { id: Num; name: string; currency: string; ingredientCost: Num; runningCost: Num; hourValue: Num; programs: Num };
type LunchRow = { cid: Num; rounds: Num; tables: Num; seats: Num };

/** Reads `CanteenRecords` for each canteen, in the order given. */
export function networkRecords(
  { prisma: db, provider }: Database,
  offered: <T>(p: Point<T>) => T[] = () => [],
): (canteenIds: number[], period: Period, today: string) => Promise<CanteenRecords[]> {
  return (canteenIds, period, today) =>
    atomic(db, async (tx) => {
      if (canteenIds.length === 0) return [];
      // PostgreSQL's JIT compiles these statements for seconds (measured: 3.0 s with it, 0.25 s
      // without, for a network-year) to save milliseconds: off for this transaction only.
      if (provider === "postgres") await tx.$executeRawUnsafe("SET LOCAL jit = off");
      const ids = list(canteenIds);
      const from = period.from;
      const to = period.to < today ? period.to : today;
      const canteens = await tx.$queryRaw<CanteenRow[]>`
        SELECT c."id", c."name", c."currency", c."ingredientCost", c."runningCost", c."hourValue",
          (SELECT COUNT(*) FROM "LunchProgram" p WHERE p."canteenId" = c."id") AS "programs"
        FROM "Canteen" c WHERE c."id" IN (${ids})`;
      const pivot = PAIRS.map(
        ([q, a]) =>
          Prisma.sql`, SUM(CASE WHEN sc."question" = ${q} AND sc."answer" = ${a} THEN sc."count" END) AS ${Prisma.raw(`"${q}:${a}"`)}`,
      );
      const services = await tx.$queryRaw<ServiceRow[]>`
        SELECT s."canteenId" AS "cid", s."date", s."covers", s."takings", ts."cash", ts."card", ts."cheque", sw."waste", s."spent", s."forecast", s."pollCovers" ${Prisma.join(pivot, "")}
        FROM "Service" s LEFT JOIN "SurveyCount" sc ON sc."serviceId" = s."id" LEFT JOIN "TakingsSplit" ts ON ts."serviceId" = s."id"
          LEFT JOIN "ServiceWaste" sw ON sw."serviceId" = s."id"
        WHERE s."canteenId" IN (${ids}) AND s."date" >= ${from} AND s."date" <= ${to}
        GROUP BY s."id", s."canteenId", s."date", s."covers", s."takings", ts."cash", ts."card", ts."cheque", sw."waste", s."spent", s."forecast", s."pollCovers"
        ORDER BY s."canteenId", s."date"`;
      const people = await tx.$queryRaw<PeopleRow[]>`
        WITH s AS (SELECT "id", "canteenId" AS cid FROM "Service" WHERE "canteenId" IN (${ids}) AND "date" >= ${from} AND "date" <= ${to}),
        cooked AS (SELECT DISTINCT s.cid, su."personId" AS pid FROM "SignUp" su JOIN s ON su."serviceId" = s."id" WHERE su."status" = 'confirmed'),
        active AS (
          SELECT s.cid, a."personId" AS pid FROM "Attendance" a JOIN s ON a."serviceId" = s."id" WHERE a."eating"
          UNION SELECT cid, pid FROM cooked
          UNION SELECT p."canteenId", ls."personId" FROM "LunchSeat" ls JOIN "LunchRound" r ON r."id" = ls."roundId" JOIN "LunchProgram" p ON p."id" = r."programId"
            WHERE p."canteenId" IN (${ids}) AND ls."status" <> 'dropped' AND r."date" >= ${from} AND r."date" <= ${to}),
        vol AS (
          SELECT k.cid, COUNT(*) AS volunteers,
            SUM(CASE WHEN EXISTS (SELECT 1 FROM "SignUp" b JOIN "Service" bs ON bs."id" = b."serviceId"
              WHERE b."personId" = k.pid AND b."status" = 'confirmed' AND bs."canteenId" = k.cid AND bs."date" < ${from}) THEN 0 ELSE 1 END) AS "newVolunteers"
          FROM cooked k GROUP BY k.cid),
        newc AS (
          SELECT x.cid, SUM(CASE WHEN
              EXISTS (SELECT 1 FROM "Attendance" a JOIN "Service" bs ON bs."id" = a."serviceId"
                WHERE a."personId" = x.pid AND a."eating" AND bs."canteenId" = x.cid AND bs."date" < ${from})
              OR EXISTS (SELECT 1 FROM "SignUp" b JOIN "Service" bs ON bs."id" = b."serviceId"
                WHERE b."personId" = x.pid AND b."status" = 'confirmed' AND bs."canteenId" = x.cid AND bs."date" < ${from})
              OR EXISTS (SELECT 1 FROM "LunchSeat" ls JOIN "LunchRound" r ON r."id" = ls."roundId" JOIN "LunchProgram" p ON p."id" = r."programId"
                WHERE ls."personId" = x.pid AND ls."status" <> 'dropped' AND p."canteenId" = x.cid AND r."date" < ${from})
            THEN 0 ELSE 1 END) AS "newcomers"
          FROM active x GROUP BY x.cid)
        SELECT newc.cid, COALESCE(vol.volunteers, 0) AS "volunteers", COALESCE(vol."newVolunteers", 0) AS "newVolunteers", newc."newcomers"
        FROM newc LEFT JOIN vol ON vol.cid = newc.cid`;
      const withPrograms = canteens.filter((c) => Number(c.programs) > 0).map((c) => Number(c.id));
      const lunch =
        withPrograms.length === 0
          ? []
          : await tx.$queryRaw<LunchRow[]>`
        SELECT p."canteenId" AS "cid", COUNT(DISTINCT r."id") AS "rounds",
          (SELECT COUNT(*) FROM "LunchTable" t JOIN "LunchRound" r2 ON r2."id" = t."roundId" JOIN "LunchProgram" p2 ON p2."id" = r2."programId"
            WHERE p2."canteenId" = p."canteenId" AND r2."status" = 'formed' AND r2."date" >= ${from} AND r2."date" <= ${to}) AS "tables",
          (SELECT COUNT(*) FROM "LunchSeat" ls JOIN "LunchRound" r3 ON r3."id" = ls."roundId" JOIN "LunchProgram" p3 ON p3."id" = r3."programId"
            WHERE p3."canteenId" = p."canteenId" AND r3."status" = 'formed' AND r3."date" >= ${from} AND r3."date" <= ${to} AND ls."status" <> 'dropped') AS "seats"
        FROM "LunchProgram" p LEFT JOIN "LunchRound" r ON r."programId" = p."id" AND r."status" = 'formed' AND r."date" >= ${from} AND r."date" <= ${to}
        WHERE p."canteenId" IN (${list(withPrograms)}) GROUP BY p."canteenId"`;

      // A closed date (a closure, a public holiday) is not a service held, as in impactRecords.
      const notHeld = new Set<string>();
      for (const closed of offered(NOT_HELD))
        for (const id of canteenIds) for (const d of await closed(tx, id, from, to)) notHeld.add(`${id}|${d}`);
      const byCanteen = new Map<number, ServiceRecord[]>(canteenIds.map((id) => [id, []]));
      for (const r of services) {
        if (notHeld.has(`${Number(r.cid)}|${r.date}`)) continue;
        const survey: Record<string, Record<string, number>> = {};
        for (const [q, a] of PAIRS) {
          const n = num(r[`${q}:${a}`] ?? null);
          if (n !== null) (survey[q] ??= {})[a] = n;
        }
        const covers = num(r.covers);
        byCanteen.get(Number(r.cid))?.push({
          date: r.date,
          closed: covers !== null,
          covers,
          takings: num(r.takings),
          split:
            r.cash === null && r.card === null && r.cheque === null
              ? null
              : { cash: num(r.cash), card: num(r.card), cheque: num(r.cheque) },
          spent: num(r.spent),
          waste: covers !== null ? num(r.waste) : null,
          forecast: num(r.forecast),
          pollCovers: num(r.pollCovers),
          volunteerMinutes: null,
          survey: survey as SurveyCounts,
        });
      }
      // Volunteer hours of the closed services, as in impactRecords (the close-out's teams).
      for (const read of offered(VOLUNTEER_MINUTES))
        for (const [id, list] of byCanteen) {
          const minutes = await read(
            tx,
            id,
            list.filter((s) => s.closed).map((s) => s.date),
          );
          for (const s of list) if (s.closed) s.volunteerMinutes = minutes.get(s.date) ?? null;
        }
      const peopleOf = new Map(people.map((p) => [Number(p.cid), p]));
      const lunchOf = new Map(lunch.map((l) => [Number(l.cid), l]));
      const canteenOf = new Map(canteens.map((c) => [Number(c.id), c]));
      return canteenIds.map((id): CanteenRecords => {
        const c = canteenOf.get(id);
        if (!c) throw new Error(`canteen ${id} not found`);
        const p = peopleOf.get(id);
        const l = lunchOf.get(id);
        return {
          canteenId: id,
          canteenName: c.name,
          currency: c.currency,
          ingredientCost: num(c.ingredientCost),
          runningCost: num(c.runningCost),
          hourValue: num(c.hourValue),
          services: byCanteen.get(id)!,
          volunteers: Number(p?.volunteers ?? 0),
          newVolunteers: Number(p?.newVolunteers ?? 0),
          newcomers: Number(p?.newcomers ?? 0),
          lunch:
            Number(c.programs) > 0
              ? { rounds: Number(l?.rounds ?? 0), tables: Number(l?.tables ?? 0), seats: Number(l?.seats ?? 0) }
              : null,
        };
      });
    });
}
