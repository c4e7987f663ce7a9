// The readings in the daily rhythm: at cooking time the day's head cook (else its cooks, else the
// managers) gets one private message listing what to read; at the meal the managers hear privately
// of the readings still missing; a closed date has neither.
import { afterEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h.close());

const DATE = "2026-11-24"; // Tuesday

/** Belleville with a fridge and a freezer, set up by Mona on Monday 23 November 2026. */
async function kitchen(): Promise<Harness> {
  h = await createHarness("2026-11-23T08:00:00Z");
  await h.say("Mona", "/installer Belleville");
  await h.say("Mona", "/hygiene ajouter Frigo 1 froid");
  await h.say("Mona", "/hygiene ajouter Congélateur congelateur");
  return h;
}

const canteen = async () => (await h.store.canteen(1))!;

/** Runs one of the day's jobs as the scheduler would, and returns who its messages go to. */
async function run(kind: string): Promise<string[]> {
  await h.core.rhythm.execute(await canteen(), kind, DATE, h.clock.now());
  const rows = await h.db.prisma.delivery.findMany({ where: { kind }, orderBy: { id: "asc" } });
  return rows.map((r) => r.target);
}

/** The message of a job as it would be sent now to `who`. */
async function composed(kind: string, who: string): Promise<string | null> {
  const personId = (await h.store.personOf(`console:${who}`))!;
  const m = await h.core.compose(1, kind, { date: DATE, personId });
  return m && plainText(m);
}

describe("the opening checks", () => {
  it("are planned at the canteen's cooking time, and the missing readings at the meal; none on a closed date", async () => {
    await kitchen();
    const jobs = await h.core.rhythm.planFor(await canteen(), [DATE, "2026-11-25"], new Map());
    const at = (kind: string, date: string) => jobs.find((j) => j.kind === kind && j.date === date)?.runAt.toISOString();
    expect(at("hygiene-checks", DATE)).toBe("2026-11-24T08:30:00.000Z"); // 9:30 in Paris
    expect(at("hygiene-missing", DATE)).toBe("2026-11-24T11:30:00.000Z"); // 12:30
    await h.say("Mona", "/fermeture 25/11");
    const after = await h.core.rhythm.planFor(await canteen(), ["2026-11-25"], new Map());
    expect(after.filter((j) => j.kind.startsWith("hygiene"))).toEqual([]);
  });

  it("go to the day's head cook alone, in one message listing each piece of equipment and how to answer", async () => {
    await kitchen();
    await h.say("Alice", "/cuisiner mardi chef");
    await h.say("Bob", "/cuisiner mardi");
    expect(await run("hygiene-checks")).toEqual(["console:alice"]);
    expect(await composed("hygiene-checks", "alice")).toBe(
      [
        "🌡️ Relevés de températures — Belleville, mardi 24 novembre",
        "Avant le service (12:30), 2 équipements à relever :",
        "• Congélateur (≤ −18 °C)",
        "• Frigo 1 (0 à 4 °C)",
        "Réponds avec /releve <équipement> <température>, par exemple /releve Congélateur -19",
      ].join("\n"),
    );
  });

  it("go to the cooks when there is no head cook, and to the managers when nobody is on the sheet", async () => {
    await kitchen();
    await h.say("Bob", "/cuisiner mardi");
    await h.say("Carole", "/cuisiner mardi");
    expect(await run("hygiene-checks")).toEqual(["console:bob", "console:carole"]);
    await h.db.prisma.delivery.deleteMany();
    await h.say("Bob", "/annuler mardi");
    await h.say("Carole", "/annuler mardi");
    expect(await run("hygiene-checks")).toEqual(["console:mona"]);
  });

  it("list only what is still to read when sent, and are not sent once everything is read", async () => {
    await kitchen();
    await h.say("Alice", "/cuisiner mardi chef");
    h.clock.set("2026-11-24T08:00:00Z");
    await h.say("Alice", "/releve frigo 1 3");
    expect(await composed("hygiene-checks", "alice")).toContain("un équipement à relever :\n• Congélateur (≤ −18 °C)\n");
    await h.say("Alice", "/releve congelateur -20");
    expect(await composed("hygiene-checks", "alice")).toBeNull();
    expect(await h.core.rhythm.execute(await canteen(), "hygiene-checks", DATE, h.clock.now())).toBe("no equipment left to read");
  });

  it("are not sent to a canteen with no equipment", async () => {
    h = await createHarness("2026-11-23T08:00:00Z");
    await h.say("Mona", "/installer Belleville");
    expect(await run("hygiene-checks")).toEqual([]);
  });
});

describe("readings missing at the start of the meal", () => {
  it("are told to the managers privately, naming only the equipment not read", async () => {
    await kitchen();
    await h.say("Alice", "/cuisiner mardi chef");
    h.clock.set("2026-11-24T09:00:00Z");
    await h.say("Alice", "/releve frigo 1 3");
    h.clock.set("2026-11-24T11:30:00Z");
    expect(await run("hygiene-missing")).toEqual(["console:mona"]);
    expect(await composed("hygiene-missing", "mona")).toBe(
      [
        "🌡️ Relevés manquants — Belleville, mardi 24 novembre",
        "Le service commence (12:30) et un équipement n'a pas été relevé :",
        "• Congélateur (≤ −18 °C)",
        "L'équipe du jour ou un·e gérant·e : /releve Congélateur <température>",
      ].join("\n"),
    );
  });

  it("tell nobody when every piece was read", async () => {
    await kitchen();
    await h.say("Alice", "/cuisiner mardi chef");
    h.clock.set("2026-11-24T09:00:00Z");
    await h.say("Alice", "/releve frigo 1 3");
    await h.say("Alice", "/releve congelateur -22");
    expect(await run("hygiene-missing")).toEqual([]);
  });
});
