import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  await h.say("Mona", "/setup Cantine de Belleville");
});
afterEach(() => h.close());

/** The buttons of Tuesday's row on the sheet, as "label → command". */
async function tuesday(): Promise<string[]> {
  const sheet = (await h.send("Dan", "/creneaux")).replies[0]!;
  return sheet.buttons
    .flat()
    .filter((b) => b.command?.startsWith("/cook 2026-11-24"))
    .map((b) => `${b.label} → ${b.command}`);
}

describe("the sheet offers every free place, and the waitlist of a full role", () => {
  it("with the cooks full, Tuesday still offers the head cook's and the dishes' places, and a waitlist button for cooks", async () => {
    for (const who of ["A", "B", "C"]) await h.say(who, "/cuisiner mardi");
    expect(await tuesday()).toEqual([
      "⏳ Attente Cuisine mar. 24/11 → /cook 2026-11-24",
      "✋ Chef·fe mar. 24/11 → /cook 2026-11-24 headcook",
      "✋ Plonge mar. 24/11 → /cook 2026-11-24 dishes",
    ]);
  });

  it("pressing the head cook's button signs up as head cook; pressing a waitlist button puts one on that role's waitlist", async () => {
    for (const who of ["A", "B", "C"]) await h.say(who, "/cuisiner mardi");
    expect((await h.send("Gus", "/cook 2026-11-24 headcook", { action: true })).toast).toBe("Inscription confirmée");
    expect((await h.send("Ines", "/cook 2026-11-24", { action: true })).toast).toBe("Complet : tu es sur la liste d'attente");
    expect(await tuesday()).toContain("⏳ Attente Chef·fe mar. 24/11 → /cook 2026-11-24 headcook");
  });

  it("waitlists are shown per role, on a fully staffed service too", async () => {
    for (const [who, role] of [
      ["A", "chef"],
      ["B", "cuisine"],
      ["C", "cuisine"],
      ["D", "cuisine"],
      ["E", "plonge"],
      ["F", "plonge"],
      ["Gus", "plonge"],
      ["Hugo", "cuisine"],
    ])
      await h.say(who!, `/cuisiner mardi ${role}`);
    expect(await h.say("Mona", "/creneaux")).toContain(
      "Mardi 24 novembre — complet ✅ Chef·fe : A · Cuisine : B, C, D · Plonge : E, F · ⏳ liste d'attente Cuisine : Hugo · ⏳ liste d'attente Plonge : Gus\n",
    );
  });

  it("in English", async () => {
    await h.close();
    h = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    await h.say("Mona", "/setup Belleville");
    await h.say("A", "/cook tuesday head cook");
    await h.say("Gus", "/cook tuesday head cook");
    expect(await tuesday()).toEqual([
      "✋ Cook Tue 24/11 → /cook 2026-11-24",
      "⏳ Waitlist Head cook Tue 24/11 → /cook 2026-11-24 headcook",
      "✋ Dishes Tue 24/11 → /cook 2026-11-24 dishes",
    ]);
  });
});
