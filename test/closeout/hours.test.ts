// Volunteer hours: each role's hours per service (from the cooking time, or the meal for the
// dishes, to the end of the service), the settings that change them, and their value.
import { afterEach, describe, expect, it } from "vitest";
import { defaultRoleMinutes, roleMinutes, serviceEnd, teamMinutes } from "../../src/features/closeout/hours.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
const say = async (user: string, text: string) => plain(await h.say(user, text));

const canteen = { cookTime: "09:30", lunchTime: "12:30", endTime: null, roleHours: {} };

describe("a role's hours per service", () => {
  it("run from the cooking time to the end for cooks and the head cook, from the meal for the dishes; the end is lunch + 2 h", () => {
    expect(serviceEnd(canteen)).toBe("14:30");
    expect(defaultRoleMinutes(canteen, "headcook")).toBe(300);
    expect(defaultRoleMinutes(canteen, "cook")).toBe(300);
    expect(defaultRoleMinutes(canteen, "dishes")).toBe(120);
    expect(defaultRoleMinutes({ ...canteen, endTime: "15:00" }, "dishes")).toBe(150);
  });

  it("follow a manager's setting for a role, and count only those who came", () => {
    const c = { ...canteen, roleHours: { dishes: 90 } };
    expect(roleMinutes(c, "dishes")).toBe(90);
    const team = [
      { personId: 1, name: "A", role: "cook", came: true, helper: false },
      { personId: 2, name: "B", role: "dishes", came: true, helper: false },
      { personId: 3, name: "C", role: "cook", came: false, helper: false },
    ];
    expect(teamMinutes(c, team)).toBe(390);
  });
});

describe("the hours settings", () => {
  it("/reglages fin, heures-plonge and valorisation change them, show in /reglages with how to, and - puts them back", async () => {
    h = await createHarness("2026-11-24T07:00:00Z");
    await say("Mona", "/installer Belleville");
    const shown = await say("Mona", "/reglages");
    expect(shown).toContain(
      "Heures bénévoles : fin du service 14:30 · par service : Chef·fe 5 h · Cuisine 5 h · Plonge 2 h · valeur d'une heure —",
    );
    expect(shown).toContain("/reglages fin 14h30");
    await say("Mona", "/reglages fin 15h");
    await say("Mona", "/reglages heures-plonge 2h15");
    const valued = await say("Mona", "/reglages valorisation 12,50");
    expect(valued).toContain(
      "fin du service 15:00 · par service : Chef·fe 5 h 30 · Cuisine 5 h 30 · Plonge 2 h 15 · valeur d'une heure 12,50 €",
    );
    expect(await h.store.canteen(1)).toMatchObject({ endTime: "15:00", roleHours: { dishes: 135 }, hourValue: 1250 });
    await say("Mona", "/reglages heures-plonge -");
    await say("Mona", "/reglages fin -");
    expect(await h.store.canteen(1)).toMatchObject({ endTime: null, roleHours: {}, hourValue: 1250 });
  });

  it("refuses an end before lunch, an unknown role and a bad number, changing nothing", async () => {
    h = await createHarness("2026-11-24T07:00:00Z", { locale: "en" });
    await say("Mona", "/setup Belleville");
    expect(await say("Mona", "/settings end 12:00")).toContain("must come after lunch (12:30)");
    expect(await say("Mona", "/settings hours-juggling 2")).toContain('"juggling" is not one of this canteen\'s roles');
    expect(await say("Mona", "/settings hours-dishes lots")).toContain('"lots" is not a number of hours');
    expect(await say("Mona", "/settings hour-value free")).toContain('"free" is not the value of an hour');
    expect(await h.store.canteen(1)).toMatchObject({ endTime: null, roleHours: {}, hourValue: null });
    const saved = await say("Mona", "/settings hours-dishes 1.5");
    expect(saved).toContain("Dishes 1 h 30 min");
  });
});
