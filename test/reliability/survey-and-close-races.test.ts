// Races on the close-out and the welcome survey, on SQLite and PostgreSQL. 100 people press the
// survey's buttons at once, and the platform redelivers each press 3 more times (same delivery
// id): each person counts once per question, the counts are exactly the first presses, a second
// press of another answer changes nothing. Two managers close one service at the same moment:
// one record, both changes in its history.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IncomingEvent } from "../../src/kernel/model.ts";
import { SURVEY_ANSWERS, SURVEY_QUESTIONS } from "../../src/features/impact/figures.ts";
import { STORE_PROVIDERS } from "../helpers/databases.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

const GROUP = "telegram:-100555";
const DATE = "2026-11-23";

describe.each(STORE_PROVIDERS)("survey and close-out races on $name", ({ create }) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness("2026-11-23T08:00:00Z", { database: await create() });
    await h.say("Mona", "/setup Cantine Est", { chat: GROUP });
    await h.say("Mona", "/manger", { chat: GROUP });
    h.clock.set("2026-11-23T14:10:00Z"); // 15:10 in Paris, after lunch
  });
  afterEach(async () => {
    await h.close();
  });

  it("100 people pressing at once, each press delivered 4 times: each counted once per question", { timeout: 120_000 }, async () => {
    const people = Array.from({ length: 100 }, (_, i) => `p${i}`);
    const choice = (i: number, q: (typeof SURVEY_QUESTIONS)[number]) => SURVEY_ANSWERS[q][(i * 7 + q.length) % SURVEY_ANSWERS[q].length]!;
    const press = (who: string, q: string, a: string, deliveryId: string): IncomingEvent => ({
      platform: "telegram",
      deliveryId,
      chat: { address: GROUP, title: "Cantine Est", private: false },
      author: { address: `telegram:${who}`, name: who },
      text: `/survey ${DATE} ${q} ${a}`,
      action: true,
    });
    const events: IncomingEvent[] = [];
    const again: IncomingEvent[] = [];
    people.forEach((who, i) => {
      for (const q of SURVEY_QUESTIONS) {
        const first = press(who, q, choice(i, q), `telegram:callback:${who}:${q}`);
        events.push(first, first, first, first);
        // Every fifth person then presses another answer too (also redelivered): thanked, not counted.
        const other = press(
          who,
          q,
          SURVEY_ANSWERS[q].find((a) => a !== choice(i, q))!,
          `telegram:callback:${who}:${q}:again`,
        );
        if (i % 5 === 0) again.push(other, other, other);
      }
    });
    await h.postSurvey(DATE);
    const outs = await Promise.all(events.map((e) => h.core.handle(e)));
    outs.push(...(await Promise.all(again.map((e) => h.core.handle(e)))));
    events.push(...again);
    // Batches were written while people pressed; what still waits is counted when the survey closes.
    expect(await h.db.prisma.surveyMark.count()).toBeGreaterThanOrEqual(3 * 90);
    await h.core.sweep(new Date("2026-12-01T00:00:00Z"));
    const c = (await h.store.allCanteens())[0]!;
    const counts = await h.store.surveyCounts(c.id, DATE);
    for (const q of SURVEY_QUESTIONS) {
      const expected: Record<string, number> = {};
      people.forEach((_, i) => (expected[choice(i, q)] = (expected[choice(i, q)] ?? 0) + 1));
      expect(counts[q]).toEqual(expected);
    }
    expect(await h.db.prisma.surveyMark.count()).toBe(300);
    // Each delivery was handled once: one toast per distinct delivery id, redeliveries answered with nothing.
    const toasts = outs.filter((o) => o.toast !== undefined).length;
    expect(toasts).toBe(new Set(events.map((e) => e.deliveryId)).size);
    // Nothing in the group: the presser alone sees the thanks.
    expect(outs.every((o) => o.replies.length === 0)).toBe(true);
  });

  it("two managers closing one service at once: one record, both changes in its history", { timeout: 120_000 }, async () => {
    await h.say("Nina", "/slots", { chat: GROUP });
    await h.say("Mona", "/gerant Nina", { chat: GROUP });
    const dates = ["2026-11-09", "2026-11-10", "2026-11-12", "2026-11-13", "2026-11-16", "2026-11-17", "2026-11-19", "2026-11-20"];
    await Promise.all(
      dates.flatMap((d, i) => [
        h.say("Mona", `/cloturer ${d} couverts ${40 + i}`, { chat: GROUP }),
        h.say("Nina", `/cloturer ${d} recette ${300 + i}`, { chat: GROUP }),
      ]),
    );
    const c = (await h.store.allCanteens())[0]!;
    for (const [i, d] of dates.entries()) {
      const rows = await h.db.prisma.service.findMany({ where: { canteenId: c.id, date: d }, include: { closeChanges: true } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ covers: 40 + i, takings: (300 + i) * 100 });
      expect(rows[0]!.closeChanges.map((ch) => `${ch.actorName} ${ch.field} ${ch.oldValue}→${ch.newValue}`).sort()).toEqual([
        `Mona covers null→${40 + i}`,
        `Nina takings null→${(300 + i) * 100}`,
      ]);
    }
    // The same field at once: one value wins, and the history chains both changes.
    await Promise.all([
      h.say("Mona", "/cloturer 2026-11-18 couverts 50", { chat: GROUP }),
      h.say("Nina", "/cloturer 2026-11-18 couverts 52", { chat: GROUP }),
    ]);
    const s = await h.db.prisma.service.findFirstOrThrow({
      where: { canteenId: c.id, date: "2026-11-18" },
      include: { closeChanges: { orderBy: { id: "asc" } } },
    });
    const [first, second] = s.closeChanges;
    expect(s.closeChanges).toHaveLength(2);
    expect(first!.oldValue).toBeNull();
    expect(second!.oldValue).toBe(first!.newValue);
    expect(s.covers).toBe(second!.newValue);
  });
});
