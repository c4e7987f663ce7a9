// `/impact reseau [période]` through the real core: the network's figures are its canteens'
// summed counts, with one line per canteen; only network managers see it, and it never names a
// canteen's members or groups.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";

const EST: SendOptions = { chat: "console:est" };
const OUEST: SendOptions = { chat: "console:ouest" };
const dm = (user: string): SendOptions => ({ chat: `console:dm-${user.toLowerCase()}`, private: true });

let h: Harness;

/** Adds anonymous survey counts to a service, as the survey buttons would have. */
async function survey(canteenId: number, date: string, welcome: Record<string, number>): Promise<void> {
  const s = await h.db.prisma.service.upsert({ where: { canteenId_date: { canteenId, date } }, create: { canteenId, date }, update: {} });
  for (const [answer, count] of Object.entries(welcome))
    await h.db.prisma.surveyCount.create({ data: { serviceId: s.id, question: "welcome", answer, count } });
}

beforeEach(async () => {
  h = await createHarness("2026-11-23T15:00:00Z"); // Monday, after lunch
  await h.say("Alice", "/setup Cantine Est", EST);
  await h.say("Bruno", "/setup Cantine Ouest", OUEST);
  await h.say("Zoé", "/cuisiner mardi", OUEST);
  await h.say("Alice", "/reseau creer Les Petites Cantines", EST);
  const code = /rejoindre ([A-Z0-9]{8})/.exec(await h.say("Alice", "/reseau inviter", EST))![1];
  await h.say("Bruno", `/reseau rejoindre ${code}`, OUEST);
  await h.say("Alice", "/cloturer 2026-11-16 couverts 40 recette 300 courses 120", EST);
  await h.say("Alice", "/cloturer 2026-11-17 couverts 30 recette 200 courses 90", EST);
  await h.say("Bruno", "/cloturer 2026-11-16 couverts 25 recette 150", OUEST);
});
afterEach(() => h.close());

describe("/impact reseau", () => {
  it("sums the canteens' meals and gives one line per canteen, to the network's manager", async () => {
    const text = await h.say("Alice", "/impact reseau mois", dm("Alice"));
    expect(text).toContain("🕸️ Réseau « Les Petites Cantines » — novembre 2026");
    expect(text).toContain("Repas servis : 95");
    expect(text).toMatch(/Recette : 650\s€/u);
    expect(text).toContain("Par cantine");
    expect(text).toContain("• Cantine Est : 70 repas · 2/2 services clôturés");
    expect(text).toContain("• Cantine Ouest : 25 repas · 1/1 services clôturés");
  });

  it("computes survey shares from the summed answers: 3 + 3 answers show a percentage no canteen could show alone", async () => {
    const est = (await h.store.allCanteens()).find((c) => c.name === "Cantine Est")!;
    const ouest = (await h.store.allCanteens()).find((c) => c.name === "Cantine Ouest")!;
    await survey(est.id, "2026-11-16", { yes: 3 });
    await survey(ouest.id, "2026-11-16", { "rather-yes": 2, no: 1 });
    const report = await h.say("Alice", "/impact network", EST);
    expect(report).toContain("Accueil : 83 % (6 réponses)");
    expect(report).toMatch(/Cantine Est : .*accueil 3 réponses — trop peu/);
    expect(report).toMatch(/Cantine Ouest : .*accueil 3 réponses — trop peu/);
  });

  it("counts a service not closed as open, never as zero meals", async () => {
    const ouest = (await h.store.allCanteens()).find((c) => c.name === "Cantine Ouest")!;
    await h.db.prisma.service.create({ data: { canteenId: ouest.id, date: "2026-11-18" } });
    const text = await h.say("Alice", "/impact reseau novembre", EST);
    expect(text).toContain("Repas servis : 95");
    expect(text).toContain("• Cantine Ouest : 25 repas · 1/2 services clôturés");
    expect(text).toMatch(/1 service encore ouvert|1 services encore ouverts/);
  });

  it("never names a member canteen's people or groups", async () => {
    const text = await h.say("Alice", "/impact reseau tout", EST);
    for (const secret of ["Bruno", "Zoé", "console:ouest"]) expect(text).not.toContain(secret);
  });

  it("is refused to a member canteen's managers, who see their canteen only", async () => {
    expect(await h.say("Bruno", "/impact reseau", OUEST)).toContain("réservée aux gérant·es d'un réseau");
    expect(await h.say("Zoé", "/impact reseau", OUEST)).toContain("réservée aux gérant·es d'un réseau");
  });

  it("answers a period it does not understand with the periods it knows, and an empty period plainly", async () => {
    expect(await h.say("Alice", "/impact reseau hier soir", EST)).not.toContain("Par cantine");
    const empty = await h.say("Alice", "/impact reseau 2025", EST);
    expect(empty).toContain("Aucun service dans la période.");
  });
});
