// Closing dates while people sign up for them, through two cores on one database (two
// instances): whatever the order, nobody stays signed up on a closed date, and everyone a closure
// took off was named to the managers; the same for poll answers.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { authorView, plainText } from "../../src/kernel/model.ts";
import { STORE_PROVIDERS } from "../helpers/databases.ts";
import { twoInstances } from "../helpers/two-instances.ts";

const ROUNDS = 6;
const PEOPLE = 24;

describe.each(STORE_PROVIDERS)("closing dates while people sign up, on $name", (provider) => {
  it("nobody stays signed up on a closed date", { timeout: 120_000 }, async () => {
    const { h, sendVia, close } = await twoInstances(await provider.create(), "2026-06-15T08:00:00Z");
    const say = async (instance: number, who: string, text: string) =>
      authorView(await sendVia(instance, who, text))
        .map(plainText)
        .join("\n");
    try {
      await h.say("Mona", "/installer Cantine des fermetures");
      for (let round = 0; round < ROUNDS; round++) {
        // A week of services each round: Monday to Friday, three weeks apart so rounds do not meet.
        const monday = DateTime.fromISO("2026-06-22").plus({ weeks: 3 * round });
        const dates = Array.from({ length: 5 }, (_, i) => monday.plus({ days: i }).toISODate()!);
        // Half sign up to cook, half answer the poll, from either instance.
        const claims = Array.from({ length: PEOPLE }, (_, i) =>
          say(i % 2, `R${round}p${i}`, i % 4 < 2 ? `/cuisiner ${dates[i % 5]} plonge` : `/manger ${dates[i % 5]}`),
        );
        // The closure lands in the middle of the claims, from either instance.
        const closing = say(round % 2, "Mona", `/fermeture ${dates[0]} au ${dates[4]} travaux`);
        const [closed, ...answers] = await Promise.all([closing, ...claims]);
        expect(closed).toContain("🔒 Fermé");
        expect(await h.store.sheet(1, dates)).toEqual([]);
        for (const d of dates) expect(await h.store.answers(1, d)).toEqual([]);
        // Each claim was either refused as closed, or taken and then named among those told.
        for (const [i, a] of answers.entries()) {
          if (a.includes("🔒")) continue;
          expect(a).toMatch(/c'est noté|en attente|complet|mange/);
          expect(closed).toContain(`R${round}p${i}`);
        }
      }
    } finally {
      await close();
    }
  });
});
