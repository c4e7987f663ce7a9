// The impact benchmark's data: a network of 13 canteens, each with 250 services a year (about 60
// covers, takings and spending recorded, 3 % left open, survey answers for half of them), four
// cooks and thirty poll answers per service from a pool of regulars that renews itself each year.
// Canteens, the network and its coordinator are created through the real store; the history is
// bulk-inserted (SQLite: better-sqlite3; PostgreSQL: pg), deterministic for a seed.
import BetterSqlite3 from "better-sqlite3";
import { DateTime } from "luxon";
import pg from "pg";
import { random } from "../../src/features/lunch/matching.ts";
import type { Store } from "../../src/kernel/ports.ts";
import { DEFAULT_ROLES } from "../../src/kernel/roles.ts";
import { slugify } from "../../src/kernel/text.ts";
import { sqlitePath, type Database } from "../../src/store/database.ts";

/** Sizes of the generated network. */
export interface ImpactShape {
  canteens: number;
  servicesPerYear: number;
  /** Years of history; the last one is the report's year. */
  years: number;
  reportYear: number;
  coversMean: number;
  pollAnswers: number;
  cooks: number;
}

/** The issue's network-year: 13 canteens × 250 services, ~60 covers, survey answers for half. */
export const NETWORK_YEAR: Omit<ImpactShape, "years"> = {
  canteens: 13,
  servicesPerYear: 250,
  reportYear: 2026,
  coversMean: 60,
  pollAnswers: 30,
  cooks: 4,
};

/** The coordinator's account: manages the network, manager of the first canteen. */
export const COORDINATOR = { address: "console:coordination", name: "Coordination" };

/** New regulars each year, and the pool of regulars eating in a given year. */
const NEW_DINERS_PER_YEAR = 150;
const DINER_POOL = 400;
const NEW_COOKS_PER_YEAR = 10;
const COOK_POOL = 40;
/** Generated people's ids start here (the store's own people come first). */
const FIRST_PERSON_ID = 100_000;

type Row = (string | number | null)[];

/** The generated history, table by table, as rows of column values. */
export interface ImpactRows {
  Person: Row[];
  Service: Row[];
  SurveyCount: Row[];
  SignUp: Row[];
  Attendance: Row[];
}

const COLUMNS: Record<keyof ImpactRows, string[]> = {
  Person: ["id", "displayName", "placeholder", "diets", "allergies", "createdAt"],
  Service: [
    "id",
    "canteenId",
    "date",
    "menuDiets",
    "menuAllergens",
    "covers",
    "takings",
    "spent",
    "currency",
    "pollCovers",
    "forecast",
    "createdAt",
  ],
  SurveyCount: ["serviceId", "question", "answer", "count"],
  SignUp: ["serviceId", "role", "personId", "status", "seat", "createdAt"],
  Attendance: ["serviceId", "personId", "eating", "guests", "updatedAt"],
};

/** The weekdays (Monday–Friday) of a year, the first `n` of them. */
function serviceDates(year: number, n: number): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromObject({ year, month: 1, day: 1 }); d.year === year && out.length < n; d = d.plus({ days: 1 })) {
    if (d.weekday <= 5) out.push(d.toISODate()!);
  }
  return out;
}

/** Generates the history of `canteenIds` for `shape` (deterministic for `seed`). */
export function generateRows(canteenIds: number[], shape: ImpactShape, seed = 11): ImpactRows {
  const rnd = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const rows: ImpactRows = { Person: [], Service: [], SurveyCount: [], SignUp: [], Attendance: [] };
  const created = "2026-01-01T00:00:00.000Z";
  let serviceId = 1;
  let personId = FIRST_PERSON_ID;
  const firstYear = shape.reportYear - shape.years + 1;
  for (const canteenId of canteenIds) {
    const diners = Array.from({ length: NEW_DINERS_PER_YEAR * shape.years + DINER_POOL }, () => personId++);
    const cooks = Array.from({ length: NEW_COOKS_PER_YEAR * shape.years + COOK_POOL }, () => personId++);
    for (const id of [...diners, ...cooks]) rows.Person.push([id, `Personne ${id}`, 0, "", "", created]);
    for (let y = 0; y < shape.years; y++) {
      serviceDates(firstYear + y, shape.servicesPerYear).forEach((date, i) => {
        const id = serviceId++;
        const covers = int(shape.coversMean - 15, shape.coversMean + 15);
        const closed = rnd() >= 0.03;
        const poll = covers - int(10, 20);
        rows.Service.push([
          id,
          canteenId,
          date,
          "",
          "",
          closed ? covers : null,
          closed ? covers * int(700, 1300) : null,
          closed ? covers * int(300, 400) : null,
          closed ? "EUR" : null,
          poll,
          poll + int(5, 25),
          created,
        ]);
        if (i % 2 === 0) {
          const answers = Math.round(covers / 3);
          const welcome = [answers - 6, 4, 1, 1];
          const confidence = [answers - 9, 6, 2, 1];
          ["yes", "rather-yes", "rather-no", "no"].forEach((a, k) => {
            rows.SurveyCount.push([id, "welcome", a, welcome[k]!]);
            rows.SurveyCount.push([id, "confidence", a, confidence[k]!]);
          });
          rows.SurveyCount.push([id, "first", "yes", int(0, 4)], [id, "first", "no", answers - 4]);
        }
        const cookStart = y * NEW_COOKS_PER_YEAR + int(0, COOK_POOL - 1);
        const seats = [
          ["headcook", 1],
          ["cook", 1],
          ["cook", 2],
          ["dishes", 1],
        ] as const;
        for (let k = 0; k < shape.cooks; k++) {
          const who = cooks[y * NEW_COOKS_PER_YEAR + ((cookStart + k) % COOK_POOL)]!;
          rows.SignUp.push([id, seats[k % seats.length]![0], who, "confirmed", seats[k % seats.length]![1], created]);
        }
        const dinerStart = int(0, DINER_POOL - 1);
        for (let k = 0; k < shape.pollAnswers; k++) {
          rows.Attendance.push([id, diners[y * NEW_DINERS_PER_YEAR + ((dinerStart + k) % DINER_POOL)]!, 1, 0, created]);
        }
      });
    }
  }
  return rows;
}

/** Creates the canteens, the network and its coordinator through the store; returns the canteen ids. */
export async function createNetwork(store: Store, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 1; i <= n; i++) {
    const name = `Cantine ${String(i).padStart(2, "0")}`;
    const founder = i === 1 ? COORDINATOR : { address: `console:manager-${i}`, name: `Gérant·e ${i}` };
    const res = await store.setupCanteen({
      name,
      slug: slugify(name),
      timezone: "Europe/Paris",
      locale: "fr",
      roles: DEFAULT_ROLES,
      chat: { address: `console:cantine-${i}`, platform: "console", title: name },
      founder: { ...founder, platform: "console" },
    });
    if (res.kind !== "created") throw new Error(`could not create ${name}`);
    ids.push(res.canteen.id);
  }
  const coordinator = (await store.personOf(COORDINATOR.address))!;
  const created = await store.createNetwork({
    name: "Réseau du banc d'essai",
    slug: "reseau-du-banc-d-essai",
    canteenId: ids[0]!,
    personId: coordinator,
  });
  if (created.kind !== "created") throw new Error("could not create the network");
  for (const id of ids.slice(1)) {
    const code = await store.createNetworkInvite(created.network.id, coordinator, new Date("2100-01-01T00:00:00Z"));
    const joined = await store.joinNetwork(code, id, new Date("2026-01-01T00:00:00Z"));
    if (joined.kind !== "joined") throw new Error(`canteen ${id} could not join`);
  }
  return ids;
}

const quote = (c: string) => `"${c}"`;

/** Bulk-inserts the rows (and the canteens' meal cost) into the database. */
export async function insertRows(db: Database, url: string, canteenIds: number[], rows: ImpactRows): Promise<void> {
  if (db.provider === "sqlite") {
    const raw = new BetterSqlite3(sqlitePath(url));
    try {
      raw.pragma("synchronous = OFF");
      raw.transaction(() => {
        raw.prepare(`UPDATE "Canteen" SET "ingredientCost" = 350, "runningCost" = 900 WHERE "id" IN (${canteenIds.join(",")})`).run();
        for (const table of Object.keys(COLUMNS) as (keyof ImpactRows)[]) {
          const cols = COLUMNS[table];
          const insert = raw.prepare(`INSERT INTO "${table}" (${cols.map(quote).join(",")}) VALUES (${cols.map(() => "?").join(",")})`);
          for (const r of rows[table]) insert.run(...r);
        }
      })();
      raw.exec("ANALYZE");
      // A database that has run for years has long been checkpointed: leave no bulk-load WAL behind.
      raw.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      raw.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`UPDATE "Canteen" SET "ingredientCost" = 350, "runningCost" = 900 WHERE "id" = ANY($1)`, [canteenIds]);
    for (const table of Object.keys(COLUMNS) as (keyof ImpactRows)[]) {
      const cols = COLUMNS[table];
      const bool = new Set(["placeholder", "eating"]);
      for (let i = 0; i < rows[table].length; i += 1000) {
        const chunk = rows[table].slice(i, i + 1000);
        const values: unknown[] = [];
        const tuples = chunk.map(
          (r) =>
            `(${r
              .map((v, k) => {
                values.push(bool.has(cols[k]!) ? v === 1 : v);
                return `$${values.length}`;
              })
              .join(",")})`,
        );
        await client.query(`INSERT INTO "${table}" (${cols.map(quote).join(",")}) VALUES ${tuples.join(",")}`, values);
      }
    }
    for (const table of ["Person", "Service"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX("id") FROM "${table}"))`);
    }
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}
