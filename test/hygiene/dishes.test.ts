// A dish's temperatures: a cooling from its start to at most +10 °C within 2 hours (its author asked
// for the end after 2 hours; left unanswered, out of limits and the managers told), core cooking and
// reheating temperatures of at least +63 °C; the corrective action attaches to them as to a reading.
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h.close());

/** Belleville, set up by Mona on Monday 23 November 2026 at 9:00 in Paris, with Alice cooking today. */
async function kitchen(locale: "fr" | "en" = "fr"): Promise<Harness> {
  h = await createHarness("2026-11-23T08:00:00Z", { locale });
  await h.say("Mona", locale === "fr" ? "/installer Belleville" : "/setup Belleville");
  await h.say("Alice", locale === "fr" ? "/cuisiner aujourd'hui" : "/cook today");
  return h;
}

/** The private messages queued, as (kind, address, text). */
async function queued(kind: string): Promise<{ to: string; text: string }[]> {
  const rows = await h.db.prisma.delivery.findMany({ where: { kind }, orderBy: { id: "asc" } });
  return rows.map((r) => ({ to: r.target, text: JSON.stringify(JSON.parse(r.payload!)) }));
}

const at = (iso: string) => h.clock.set(iso);

describe("a cooling", () => {
  it("within 2 hours down to 10 °C at most is within limits", async () => {
    await kitchen();
    expect(await h.say("Alice", "/hygiene refroidissement Blanquette 68")).toContain(
      "❄️ Refroidissement de Blanquette commencé à 09:00 (68 °C). Il doit être à 10 °C au plus dans 2 h",
    );
    at("2026-11-23T09:50:00Z");
    expect(await h.say("Alice", "/hygiene refroidissement blanquette fin 8,5")).toBe(
      "✅ Refroidissement de Blanquette : 8,5 °C en 1 h 50, dans les limites (10 °C au plus en 2 h). Au froid entre 0 et 3 °C.",
    );
    const [r] = await h.store.dishRecords(1, "2026-11-23", "2026-11-23");
    expect(r).toMatchObject({ kind: "cooling", dish: "Blanquette", startValue: 68, value: 8.5, within: true, by: { name: "Alice" } });
    expect(await queued("hygiene-alert")).toEqual([]);
  });

  it("still above 10 °C is out of limits: the action is asked, the managers told, and the action attaches to it", async () => {
    await kitchen();
    await h.say("Alice", "/hygiene refroidissement Blanquette 68");
    at("2026-11-23T09:55:00Z");
    const reply = await h.say("Alice", "/hygiene refroidissement fin 14");
    expect(reply).toContain("⚠️ Refroidissement de Blanquette : 14 °C en 1 h 55, HORS LIMITES (10 °C au plus en 2 h).");
    expect(reply).toContain("/hygiene action <texte>");
    expect(await queued("hygiene-alert")).toEqual([
      { to: "console:mona", text: expect.stringContaining("refroidissement de Blanquette : 14 °C en 1 h 55, hors limites") },
    ]);
    expect(await h.say("Alice", "/hygiene action jetée")).toContain(
      "📝 Action notée pour Blanquette (14 °C, le lundi 23 novembre à 10:55) : jetée",
    );
    expect(await h.say("Alice", "/hygiene")).toContain(
      "• Refroidissement de Blanquette : 68 °C à 09:00 → 14 °C à 10:55 en 1 h 55 (Alice) ⚠️ action : jetée",
    );
  });

  it("after 2 hours its author is asked privately for the end; unanswered 30 minutes later it is out of limits and the managers are told", async () => {
    await kitchen();
    await h.say("Alice", "/hygiene refroidissement Blanquette 68");
    await h.core.sweep(new Date("2026-11-23T09:59:00Z"));
    expect(await queued("hygiene-cooling")).toEqual([]);
    await h.core.sweep(new Date("2026-11-23T10:00:00Z"));
    await h.core.sweep(new Date("2026-11-23T10:01:00Z"));
    expect(await queued("hygiene-cooling")).toEqual([
      {
        to: "console:alice",
        text: expect.stringContaining("le refroidissement de Blanquette a commencé à 09:00 (68 °C) : les 2 h sont passées."),
      },
    ]);
    await h.core.sweep(new Date("2026-11-23T10:30:00Z"));
    expect(await queued("hygiene-alert")).toEqual([
      {
        to: "console:mona",
        text: expect.stringContaining(
          "le refroidissement de Blanquette commencé par Alice à 09:00 n'a pas de température de fin après 2 h",
        ),
      },
    ]);
    expect((await queued("hygiene-cooling")).map((m) => m.text)).toEqual([
      expect.any(String),
      expect.stringContaining("il est hors limites"),
    ]);
    expect(await h.say("Mona", "/hygiene")).toContain(
      "Refroidissement de Blanquette : 68 °C à 09:00 (Alice), sans température de fin ⚠️ hors limites",
    );
    // A late end stays out of limits, and tells no one twice.
    at("2026-11-23T10:40:00Z");
    expect(await h.say("Alice", "/hygiene refroidissement blanquette fin 6")).toContain("HORS LIMITES");
    expect(await queued("hygiene-alert")).toHaveLength(1);
  });

  it("answers mistakes clearly: no cooling under way, an unknown dish", async () => {
    await kitchen();
    expect(await h.say("Alice", "/hygiene refroidissement fin 8")).toContain("Aucun refroidissement en cours.");
    await h.say("Alice", "/hygiene refroidissement Blanquette 68");
    await h.say("Alice", "/hygiene refroidissement Riz 70");
    expect(await h.say("Alice", "/hygiene refroidissement Soupe fin 8")).toBe(
      "Aucun refroidissement en cours pour « Soupe ». En cours : Blanquette, Riz.",
    );
    expect(await h.say("Bob", "/hygiene refroidissement Soupe 70")).toContain("Seul·es les gérant·es et l'équipe du lundi 23 novembre");
  });
});

describe("core cooking and reheating temperatures", () => {
  it("at least 63 °C is within limits; below, out of limits with the managers told", async () => {
    await kitchen();
    expect(await h.say("Alice", "/hygiene cuisson Poulet rôti 75")).toBe(
      "✅ Cuisson à cœur de Poulet rôti : 75 °C, dans les limites (≥ 63 °C).",
    );
    const reply = await h.say("Alice", "/hygiene rechauffage Lasagnes 58");
    expect(reply).toContain("⚠️ Remise en température de Lasagnes : 58 °C, HORS LIMITES (≥ 63 °C).");
    expect(await queued("hygiene-alert")).toEqual([
      {
        to: "console:mona",
        text: expect.stringContaining("remise en température de Lasagnes : 58 °C relevé par Alice à 09:00, hors limites (≥ 63 °C)"),
      },
    ]);
  });

  it("speaks English in an English canteen", async () => {
    await kitchen("en");
    expect(await h.say("Alice", "/hygiene core Roast chicken 74.5")).toBe(
      "✅ Core cooking of Roast chicken: 74.5 °C, within limits (≥ 63 °C).",
    );
    expect(await h.say("Alice", "/hygiene cooling Stew 70")).toContain("❄️ Cooling of Stew started at 09:00 (70 °C).");
    at("2026-11-23T09:30:00Z");
    expect(await h.say("Alice", "/hygiene cooling stew end 9")).toContain("✅ Cooling of Stew: 9 °C in 1 h 30, within limits");
  });
});

describe("a cook who asks to be forgotten", () => {
  it("leaves the dish records in place, shown as a former volunteer's", async () => {
    await kitchen();
    await h.say("Alice", "/hygiene cuisson Poulet 80");
    await h.say("Alice", "/oublier moi");
    const [r] = await h.store.dishRecords(1, "2026-11-23", "2026-11-23");
    expect(r).toMatchObject({ value: 80, within: true, by: { personId: null, name: "" } });
    expect(await h.say("Mona", "/hygiene")).toContain("Cuisson à cœur de Poulet : 80 °C à 09:00 (un·e ancien·ne bénévole) ✅");
  });
});
