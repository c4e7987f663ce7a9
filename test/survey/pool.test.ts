// The survey pool: answers wait in memory and reach the database in batches of at least five of
// one question of one service — drawn at random once ten wait, the rest when the survey closes.
// What a stop, a restart, a failed write, /lier and /oublier do to the answers still waiting.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SurveyAnswer } from "../../src/features/impact/figures.ts";
import type { Logger } from "../../src/kernel/ports.ts";
import type { SurveyStore } from "../../src/features/survey/ports.ts";
import { SURVEY_BATCH, SurveyPool } from "../../src/features/survey/pool.ts";
import { createHarness, MemoryLogger, type Harness } from "../helpers/harness.ts";

const DATE = "2026-11-24";
const CLOSES = new Date("2026-12-01T23:00:00Z");
let h: Harness;
let people: number[];

beforeEach(async () => {
  h = await createHarness("2026-11-24T08:00:00Z");
  await h.say("Mona", "/setup Belleville");
  people = [];
  for (let i = 0; i < 12; i++) {
    await h.say(`p${i}`, "/manger");
    people.push((await h.store.personOf(`console:p${i}`))!);
  }
});
afterEach(() => h.close());

/** A store that records each batch's size and can be made to fail. */
function watched(store: SurveyStore) {
  const batches: number[] = [];
  let failing = false;
  const s: SurveyStore = {
    ...store,
    hasService: (...a) => store.hasService(...a),
    surveyPostedTo: (...a) => store.surveyPostedTo(...a),
    surveyAnswered: (...a) => store.surveyAnswered(...a),
    surveyCounts: (...a) => store.surveyCounts(...a),
    countSurveyBatch: async (c, d, q, batch) => {
      if (failing) throw new Error("disk full");
      batches.push(batch.length);
      return store.countSurveyBatch(c, d, q, batch);
    },
  };
  return { s, batches, fail: (on: boolean) => (failing = on) };
}

const offer = (pool: SurveyPool, i: number, a: SurveyAnswer = "yes") => pool.offer(1, DATE, "welcome", people[i]!, a, CLOSES);
const total = async () => Object.values((await h.store.surveyCounts(1, DATE)).welcome ?? {}).reduce((a, b) => a + b, 0);

describe("the survey pool", () => {
  it("writes nothing below ten answers, five at random at the tenth, and the rest when the survey closes", async () => {
    const w = watched(h.store);
    const pool = new SurveyPool(w.s, new MemoryLogger());
    for (let i = 0; i < 9; i++) expect(await offer(pool, i)).toBe("counted");
    expect(w.batches).toEqual([]);
    await offer(pool, 9);
    expect(w.batches).toEqual([SURVEY_BATCH]);
    expect(pool.waitingCount).toBe(5);
    await offer(pool, 10, "no");
    await pool.sweep(new Date(CLOSES.getTime() - 1));
    expect(w.batches).toEqual([5]);
    await pool.sweep(CLOSES);
    expect(w.batches).toEqual([5, 6]);
    expect(await h.store.surveyCounts(1, DATE)).toEqual({ welcome: { yes: 10, no: 1 } });
  });

  it("answers 'already' to a second press, waiting or written, and counts the first", async () => {
    const pool = new SurveyPool(h.store, new MemoryLogger());
    await offer(pool, 0, "yes");
    expect(await offer(pool, 0, "no")).toBe("already");
    await pool.sweep(CLOSES);
    expect(await offer(pool, 0, "no")).toBe("already");
    expect(await h.store.surveyCounts(1, DATE)).toEqual({ welcome: { yes: 1 } });
  });

  it("at a stop, writes a pool of five or more whole and drops a smaller one (its people may answer again)", async () => {
    const w = watched(h.store);
    const pool = new SurveyPool(w.s, new MemoryLogger());
    for (let i = 0; i < 6; i++) await offer(pool, i);
    await pool.offer(1, DATE, "confidence", people[0]!, "no", CLOSES);
    expect(await pool.stop()).toBe(1);
    expect(w.batches).toEqual([6]);
    expect(await h.store.surveyCounts(1, DATE)).toEqual({ welcome: { yes: 6 } });
    const after = new SurveyPool(h.store, new MemoryLogger());
    expect(await after.offer(1, DATE, "confidence", people[0]!, "no", CLOSES)).toBe("counted");
  });

  it("after a restart, drops fewer than five answers left for a question already counted, rather than write a small batch", async () => {
    const first = new SurveyPool(h.store, new MemoryLogger());
    for (let i = 0; i < 5; i++) await offer(first, i);
    await first.stop();
    const w = watched(h.store);
    const log = new MemoryLogger();
    const second = new SurveyPool(w.s, log);
    await offer(second, 5, "no");
    await offer(second, 6, "no");
    await second.sweep(CLOSES);
    expect(w.batches).toEqual([]);
    expect(await total()).toBe(5);
    expect(JSON.stringify(log.lines)).not.toMatch(/"no"|personId/);
  });

  it("keeps a batch that could not be written waiting, and writes it once the store works again", async () => {
    const w = watched(h.store);
    const log = new MemoryLogger();
    const pool = new SurveyPool(w.s, log as Logger);
    w.fail(true);
    for (let i = 0; i < 10; i++) await offer(pool, i);
    expect(pool.waitingCount).toBe(10);
    await pool.sweep(CLOSES);
    expect(pool.waitingCount).toBe(10);
    w.fail(false);
    await pool.sweep(CLOSES);
    expect(pool.waitingCount).toBe(0);
    expect(await total()).toBe(10);
  });

  it("moves a waiting answer to the kept person on /lier, and drops it on /oublier moi", async () => {
    const pool = new SurveyPool(h.store, new MemoryLogger());
    await offer(pool, 0, "no");
    await offer(pool, 1, "yes");
    await offer(pool, 2, "yes");
    pool.personMerged(people[0]!, people[3]!);
    expect(await offer(pool, 3, "yes")).toBe("already");
    pool.personMerged(people[1]!, people[2]!); // both waiting: one answer stays, the kept person's
    pool.personForgotten(people[2]!);
    expect(pool.waitingCount).toBe(1);
    await pool.sweep(CLOSES);
    expect(await h.store.surveyCounts(1, DATE)).toEqual({ welcome: { no: 1 } });
    expect(await h.store.surveyAnswered(1, DATE, people[3]!, "welcome")).toBe(true);
  });
});
