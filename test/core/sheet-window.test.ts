import { afterEach, describe, expect, it } from "vitest";
import { capitalise } from "../../src/features/sheet/render.ts";
import { formatDate } from "../../src/kernel/days.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h.close());

const WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];
const WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday"];

/** The sheet names this service date at the start of a line. */
function dateIn(sheet: string, day: string): boolean {
  return sheet.includes(capitalise(day));
}

describe("the sheet shows the next seven days, whatever the day of the week", () => {
  for (const locale of ["fr", "en"] as const) {
    it(`every afternoon of a week (${locale}), a sign-up for any weekday is on /slots right after`, async () => {
      h = await createHarness("2026-11-23T14:00:00Z", { locale }); // Monday 15:00 in Paris
      await h.say("Mona", "/setup Cantine de Belleville");
      const days = locale === "fr" ? WEEKDAYS_FR : WEEKDAYS_EN;
      const cook = locale === "fr" ? "/cuisiner" : "/cook";
      const slots = locale === "fr" ? "/creneaux" : "/slots";
      for (let d = 0; d < 7; d++) {
        h.clock.set(new Date(Date.UTC(2026, 10, 23 + d, 14, 0)));
        for (const [i, day] of days.entries()) {
          const who = `P${d}${i}`;
          const out = await h.send(who, `${cook} ${day}`);
          const mine = (await h.store.members(1)).find((m) => m.name === who)!;
          const lines = await h.store.sheet(
            1,
            Array.from({ length: 8 }, (_, k) => new Date(Date.UTC(2026, 10, 23 + d + k)).toISOString().slice(0, 10)),
          );
          const date = lines.find((s) => s.personId === mine.personId)!.date;
          expect(out.replies[0]!.buttons[0]![0]!.command).toBe("/slots");
          const sheet = await h.say("Alice", slots);
          expect(dateIn(sheet, formatDate(date, locale, h.clock.now()))).toBe(true);
          expect(sheet).toContain(who);
        }
        // Seven days always hold the five services of a Monday-to-Friday canteen.
        const sheet = (await h.send("Alice", slots)).replies[0]!;
        expect(
          sheet.lines.filter((l) => l.spans.some((s) => typeof s === "object" && "bold" in s && /\d{1,2}(?:er)? \S+$/.test(s.bold))),
        ).toHaveLength(5);
      }
    });
  }

  it("a sign-up beyond the seven days says so, and its sheet button opens the window holding it", async () => {
    h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00
    await h.say("Mona", "/setup Cantine de Belleville");
    const later = await h.send("Alice", "/cuisiner 14 décembre");
    expect(later.replies[0]!.lines.map((l) => l.spans.join("")).join("\n")).toContain("au-delà des 7 prochains jours");
    const button = later.replies[0]!.buttons[0]![0]!;
    expect(button.command).toBe("/slots +3");
    expect(await h.say("Bob", button.command!)).toContain(
      "Lundi 14 décembre\n• Chef·fe 0/1 : personne · 1 place libre\n• Cuisine 1/3 : Alice",
    );
    const next = await h.send("Bob", "/cook next tuesday");
    expect(next.replies[0]!.buttons[0]![0]!.command).toBe("/slots next");
    expect(await h.say("Carole", "/creneaux suivante")).toContain("Cuisine 1/3 : Bob");
    const soon = await h.say("Dan", "/cuisiner mercredi");
    expect(soon).not.toContain("au-delà");
  });

  it("an empty service and a fully staffed one take one line each; others one line per role", async () => {
    h = await createHarness("2026-11-23T08:00:00Z");
    await h.say("Mona", "/setup Cantine de Belleville");
    for (const [who, role] of [
      ["A", "chef"],
      ["B", "cuisine"],
      ["C", "cuisine"],
      ["D", "cuisine"],
      ["E", "plonge"],
      ["F", "plonge"],
      ["G", "plonge"],
    ]) {
      await h.say(who!, `/cuisiner mardi ${role}`);
    }
    await h.say("H", "/cuisiner jeudi");
    const sheet = await h.say("Mona", "/creneaux");
    expect(sheet).toContain(
      "Mardi 24 novembre — complet ✅ Chef·fe : A · Cuisine : B, C, D · Plonge : E, F · ⏳ liste d'attente Plonge : G\n",
    );
    expect(sheet).toContain("Mercredi 25 novembre — personne encore : Chef·fe 0/1 · Cuisine 0/3 · Plonge 0/2\n");
    expect(sheet).toContain(
      "Jeudi 26 novembre\n• Chef·fe 0/1 : personne · 1 place libre\n• Cuisine 1/3 : H · 2 places libres\n• Plonge 0/2 : personne · 2 places libres\n",
    );
    // The full Tuesday offers only waitlist buttons.
    const buttons = (await h.send("Mona", "/creneaux")).replies[0]!.buttons.flat();
    expect(buttons.filter((b) => b.command?.startsWith("/cook 2026-11-24")).map((b) => b.label)).toEqual([
      "⏳ Attente Cuisine mar. 24/11",
      "⏳ Attente Chef·fe mar. 24/11",
      "⏳ Attente Plonge mar. 24/11",
    ]);
    expect(buttons.map((b) => b.command)).toContain("/cook 2026-11-25");
  });

  it("in English, the compact lines read as English", async () => {
    h = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    await h.say("Mona", "/setup Belleville");
    const sheet = await h.say("Mona", "/slots");
    expect(sheet).toContain("Monday 23 November — nobody yet: Head cook 0/1 · Cook 0/3 · Dishes 0/2");
    expect(sheet).toContain("The next 7 days");
    expect(await h.say("Mona", "/slots +60")).toContain("/slots [next|+N]");
  });
});
