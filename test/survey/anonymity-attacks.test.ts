// The survey's anonymity attacked from the database itself, on SQLite and PostgreSQL, as an auditor
// did: joining markers to counts by row position (row ids), by transaction id (PostgreSQL's xmin),
// and by reading the SQLite WAL's commits in order. Six (then twelve) people with known answers
// press the survey's buttons; the same people in the same order, with their answers swapped
// within a batch, give a second world. An attack "recovers" an answer when it names a person's
// answer right in both worlds although it differs between them. Written in batches, nothing is
// recovered; written one press at a time (the old way, as a control), every attack recovers some.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { SurveyAnswer } from "../../src/features/impact/figures.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

const DATE = "2026-11-24";
const CLOSED = new Date("2026-12-02T00:00:00Z");
type Guesses = Map<number, string>;
type Attack = (h: Harness, db: TestDatabase) => Promise<Guesses>;

const worlds: Harness[] = [];
afterEach(async () => {
  await Promise.all(worlds.splice(0).map((w) => w.close()));
});

/**
 * A canteen where `answers.length` people eat on Tuesday, the survey is posted, and each presses
 * their answer to the welcome question; then the survey closes. `write` "batched" goes through the
 * survey pool (batches drawn with `pick`); "per-press" writes each answer alone, as before.
 */
async function world(create: () => Promise<TestDatabase>, answers: SurveyAnswer[], write: "batched" | "per-press") {
  const database = await create();
  // Always the first waiting answer: batches are the first five presses, then the rest.
  const h = await createHarness("2026-11-24T08:00:00Z", { database, surveyPick: () => 0 });
  worlds.push(h);
  await h.say("Mona", "/setup Belleville");
  const people: number[] = [];
  for (let i = 0; i < answers.length; i++) {
    await h.say(`p${i}`, "/manger");
    people.push((await h.store.personOf(`console:p${i}`))!);
  }
  h.clock.set("2026-11-24T14:30:00Z");
  await h.postSurvey(DATE);
  for (const [i, a] of answers.entries()) {
    if (write === "batched") expect((await h.send(`p${i}`, `/survey ${DATE} welcome ${a}`, { action: true })).toast).toMatch(/Merci/);
    else await h.store.countSurveyBatch(1, DATE, "welcome", [{ personId: people[i]!, answer: a }]);
  }
  await h.core.sweep(CLOSED);
  const truth = new Map(people.map((p, i) => [p, answers[i]!]));
  return { h, database, truth };
}

/** Markers and counts matched by physical position: SQLite's rowid, PostgreSQL's ctid. */
const positionJoin: Attack = async (h) => {
  const sqlite = h.db.provider === "sqlite";
  const order = sqlite ? "rowid" : "ctid";
  const marks = await h.db.prisma.$queryRawUnsafe<{ personId: number }[]>(`SELECT "personId" FROM "SurveyMark" ORDER BY ${order}`);
  const counts = await h.db.prisma.$queryRawUnsafe<{ answer: string }[]>(`SELECT "answer" FROM "SurveyCount" ORDER BY ${order}`);
  return new Map(marks.flatMap((m, i) => (counts[i] ? [[Number(m.personId), counts[i].answer] as const] : [])));
};

/** PostgreSQL: a marker and a count row written by the same transaction share their xmin. */
const xminJoin: Attack = async (h) => {
  const marks = await h.db.prisma.$queryRawUnsafe<{ personId: number; x: string }[]>(
    `SELECT "personId", xmin::text AS x FROM "SurveyMark"`,
  );
  const counts = await h.db.prisma.$queryRawUnsafe<{ answer: string; x: string }[]>(`SELECT "answer", xmin::text AS x FROM "SurveyCount"`);
  const guesses: Guesses = new Map();
  for (const m of marks) {
    const same = [...new Set(counts.filter((c) => c.x === m.x).map((c) => c.answer))];
    if (same.length === 1) guesses.set(Number(m.personId), same[0]!);
  }
  return guesses;
};

/**
 * SQLite: the WAL holds each commit's pages in order. Rebuilds the database after every commit and
 * compares: a commit that adds markers and raises a single answer's count gives that answer away.
 */
const walReplay: Attack = async (_h, database) => {
  const file = database.url.replace(/^file:/, "");
  const wal = readFileSync(`${file}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const salt = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let image = Buffer.from(readFileSync(file));
  const dir = mkdtempSync(join(tmpdir(), "tablee-wal-"));
  const states: { marks: Set<number>; counts: Map<string, number> }[] = [];
  const read = () => {
    const copy = join(dir, `state-${states.length}.db`);
    const bytes = Buffer.from(image);
    bytes[18] = 1; // read as a rollback-journal file: the frames are already applied
    bytes[19] = 1;
    writeFileSync(copy, bytes);
    const db = new Database(copy, { readonly: true });
    try {
      const has = db.prepare(`SELECT name FROM sqlite_master WHERE name IN ('SurveyMark', 'SurveyCount')`).all().length === 2;
      const marks = has ? (db.prepare(`SELECT "personId" AS p FROM "SurveyMark"`).all() as { p: number }[]) : [];
      const counts = has
        ? (db.prepare(`SELECT "answer" AS a, "count" AS n FROM "SurveyCount" WHERE "question" = 'welcome'`).all() as {
            a: string;
            n: number;
          }[])
        : [];
      states.push({ marks: new Set(marks.map((m) => m.p)), counts: new Map(counts.map((c) => [c.a, c.n])) });
    } finally {
      db.close();
    }
  };
  read();
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt[0] || wal.readUInt32BE(at + 12) !== salt[1]) break;
    const page = wal.readUInt32BE(at);
    const end = page * pageSize;
    if (image.length < end) image = Buffer.concat([image, Buffer.alloc(end - image.length)]);
    wal.copy(image, (page - 1) * pageSize, at + 24, at + 24 + pageSize);
    if (wal.readUInt32BE(at + 4) !== 0) read();
  }
  const guesses: Guesses = new Map();
  for (let i = 1; i < states.length; i++) {
    const [before, after] = [states[i - 1]!, states[i]!];
    const added = [...after.marks].filter((p) => !before.marks.has(p));
    const raised = [...after.counts].filter(([a, n]) => n > (before.counts.get(a) ?? 0)).map(([a]) => a);
    if (added.length > 0 && raised.length === 1) for (const p of added) guesses.set(p, raised[0]!);
  }
  expect(states.length).toBeGreaterThan(2); // the WAL really held the run's commits
  return guesses;
};

/** People whose answer the attack names right in both worlds, although it differs between them. */
function recovered(a: { truth: Map<number, string> }, b: { truth: Map<number, string> }, ga: Guesses, gb: Guesses): number[] {
  return [...a.truth.keys()].filter(
    (p) => a.truth.get(p) !== b.truth.get(p) && ga.get(p) === a.truth.get(p) && gb.get(p) === b.truth.get(p),
  );
}

// Six people, one batch; the second world swaps answers among all six.
const SIX_A: SurveyAnswer[] = ["yes", "yes", "no", "rather-yes", "yes", "rather-no"];
const SIX_B: SurveyAnswer[] = ["rather-no", "yes", "yes", "no", "rather-yes", "yes"];
// Twelve: the pool writes the first five at the tenth press, the other seven at the close;
// answers are swapped within each of those two batches only.
const TWELVE_A: SurveyAnswer[] = ["yes", "no", "yes", "rather-yes", "no", "yes", "rather-no", "yes", "no", "rather-yes", "yes", "no"];
const TWELVE_B: SurveyAnswer[] = ["no", "yes", "rather-yes", "no", "yes", "rather-no", "yes", "no", "rather-yes", "yes", "no", "yes"];

describe.each(STORE_PROVIDERS)("the survey's anonymity against the database on $name", ({ name, create }) => {
  const attacks: [string, Attack][] = [
    ["row positions", positionJoin],
    name === "sqlite" ? ["WAL commits", walReplay] : ["xmin", xminJoin],
  ];

  it.each([
    ["six people", SIX_A, SIX_B],
    ["twelve people in two batches", TWELVE_A, TWELVE_B],
  ])("recovers no answer of %s from row positions, transaction ids or the WAL", { timeout: 120_000 }, async (_, answersA, answersB) => {
    const a = await world(create, answersA, "batched");
    const b = await world(create, answersB, "batched");
    for (const [h, w] of [
      [a.h, a],
      [b.h, b],
    ] as const)
      expect(await h.store.surveyCounts(1, DATE)).toEqual({ welcome: tally([...w.truth.values()]) });
    for (const [label, attack] of attacks) {
      const found = recovered(a, b, await attack(a.h, a.database), await attack(b.h, b.database));
      expect(found, label).toEqual([]);
    }
    // Nothing a survey writes carries a time or an id of its own.
    for (const table of ["SurveyMark", "SurveyCount"]) {
      const cols = await columns(a.h, table);
      expect(
        cols.filter((c) => /id$|At$|time|date/i.test(c) && !["serviceId", "personId"].includes(c)),
        table,
      ).toEqual([]);
    }
  });

  it("the same attacks do recover answers written one press at a time (they can fail)", { timeout: 120_000 }, async () => {
    const a = await world(create, SIX_A, "per-press");
    const b = await world(create, SIX_B, "per-press");
    // On PostgreSQL an update moves a count row, so row positions say little even then: xmin does.
    for (const [label, attack] of attacks.filter(([l]) => name === "sqlite" || l === "xmin")) {
      const found = recovered(a, b, await attack(a.h, a.database), await attack(b.h, b.database));
      expect(found.length, label).toBeGreaterThan(0);
    }
  });
});

function tally(answers: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of answers) out[a] = (out[a] ?? 0) + 1;
  return out;
}

async function columns(h: Harness, table: string): Promise<string[]> {
  if (h.db.provider === "sqlite")
    return (await h.db.prisma.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info("${table}")`)).map((c) => c.name);
  const rows = await h.db.prisma.$queryRawUnsafe<{ column_name: string }[]>(
    `SELECT column_name FROM information_schema.columns WHERE table_name = $1`,
    table,
  );
  return rows.map((r) => r.column_name);
}
