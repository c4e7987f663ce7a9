// Closures and public holidays through the real core: /fermeture · /closure, what a closed date
// does to sign-ups, the poll, the sheet, the daily jobs, calendar feeds and figures.
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";

let h: Harness;
afterEach(() => h.close());

/** A canteen "Belleville" (Monday to Friday, in Paris) set up by Mona at `now`. */
async function canteenAt(now: string, locale: "fr" | "en" = "fr"): Promise<Harness> {
  h = await createHarness(now, { locale, boardUrl: "https://tablee.example" });
  await h.say("Mona", locale === "fr" ? "/installer Cantine de Belleville" : "/setup Belleville Canteen");
  return h;
}

describe("public holidays close the canteen unless a manager opens them", () => {
  it("a calendar year of French holidays, Easter Monday and Ascension moving from year to year", async () => {
    await canteenAt("2026-01-05T08:00:00Z");
    const days = (y: number) =>
      Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(y, 0, 1 + i)).toISOString().slice(0, 10)).filter((d) => d.startsWith(`${y}`));
    const y2026 = await h.store.closedDays(1, days(2026));
    const y2027 = await h.store.closedDays(1, days(2027));
    expect([...y2026.keys()]).toEqual([
      "2026-01-01",
      "2026-04-06",
      "2026-05-01",
      "2026-05-08",
      "2026-05-14",
      "2026-05-25",
      "2026-07-14",
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-25",
    ]);
    expect(y2026.get("2026-04-06")?.holiday).toEqual({ fr: "Lundi de Pâques", en: "Easter Monday" });
    expect(y2026.get("2026-05-14")?.holiday?.fr).toBe("Ascension");
    // A year later Easter Monday and Ascension fall on other dates; fixed ones stay.
    expect(y2027.get("2027-03-29")?.holiday?.fr).toBe("Lundi de Pâques");
    expect(y2027.get("2027-05-06")?.holiday?.fr).toBe("Ascension");
    expect(y2027.has("2027-04-06")).toBe(false);
    expect(y2027.has("2027-05-14")).toBe(false);
    expect(y2027.has("2027-12-25")).toBe(true);
    // Good Friday is no holiday in most of France, but is in Alsace-Moselle.
    expect(y2026.has("2026-04-03")).toBe(false);
    expect(await h.say("Mona", "/reglages feries alsace-moselle")).toContain("Jours fériés (feries) : France, avec l'Alsace-Moselle");
    expect((await h.store.closedDays(1, ["2026-04-03", "2026-12-26"])).size).toBe(2);
    expect(await h.say("Mona", "/reglages feries aucun")).toContain("aucun : la cantine ouvre les jours fériés");
    expect((await h.store.closedDays(1, days(2026))).size).toBe(0);
    expect(await h.say("Mona", "/reglages feries lune")).toContain("Je ne connais pas « lune » pour les jours fériés");
  });

  it("the sheet names the holiday on one line with no button; /cuisiner and /manger are refused with the next open service", async () => {
    await canteenAt("2026-12-09T08:00:00Z");
    expect(await h.say("Alice", "/creneaux +3")).toContain("Vendredi 1er janvier 2027 — 🔒 fermé — Nouvel An\n");
    const sheet = await h.send("Alice", "/creneaux +3");
    const buttons = sheet.replies.flatMap((r) => r.buttons.flat().map((b) => ("command" in b ? (b.command ?? "") : "")));
    expect(buttons.some((c) => c.includes("2027-01-01"))).toBe(false);
    expect(buttons.some((c) => c.includes("2026-12-31"))).toBe(true);
    expect(await h.say("Alice", "/cuisiner 25/12")).toContain(
      "🔒 La cantine est fermée le vendredi 25 décembre (Noël). Prochain service ouvert : lundi 28 décembre.",
    );
    expect(await h.say("Alice", "/manger 25/12")).toContain("🔒 La cantine est fermée le vendredi 25 décembre (Noël)");
    expect(await h.store.sheet(1, ["2026-12-25"])).toHaveLength(0);
  });

  it("a manager opens a holiday with /fermeture annuler, and then people can sign up", async () => {
    await canteenAt("2026-12-09T08:00:00Z");
    expect(await h.say("Alice", "/fermeture annuler 25/12")).toContain("réservée aux gérant·es");
    expect(await h.say("Mona", "/fermeture annuler 25/12")).toContain(
      "🔓 Noël (vendredi 25 décembre) : la cantine est ouverte ce jour férié",
    );
    expect(await h.say("Alice", "/cuisiner 25/12")).toContain("✅ Alice, c'est noté : Cuisine vendredi 25 décembre");
    expect(await h.say("Mona", "/fermeture")).toContain("Jours fériés ouverts : vendredi 25 décembre");
    expect(await h.say("Mona", "/fermeture annuler 25/12")).toContain("La cantine n'est pas fermée le vendredi 25 décembre");
  });

  it("following public holidays again releases the people on the holidays it now closes, each told privately", async () => {
    await canteenAt("2026-12-09T08:00:00Z");
    const dms = new RecordingAdapter("console");
    h.ledger.attach(dms);
    await h.say("Mona", "/reglages feries aucun");
    expect(await h.say("Alice", "/cuisiner 25/12")).toContain("c'est noté");
    expect(await h.say("Bob", "/language en")).toContain("English");
    expect(await h.say("Bob", "/manger 1/1")).toContain("Bob");
    expect(await h.say("Carole", "/cuisiner 24/12")).toContain("c'est noté");
    const saved = await h.say("Mona", "/reglages feries france");
    expect(saved).toContain("🔒 Noël : prévenu·es en privé et retiré·es : Alice.");
    expect(saved).toContain("🔒 Nouvel An : prévenu·es en privé et retiré·es : Bob.");
    await h.ledger.drain();
    const to = (who: string) =>
      dms.dms
        .filter((m) => m.chat === `console:${who}`)
        .map((m) => m.text)
        .join("\n");
    expect(to("alice")).toContain("Cantine de Belleville est fermée le vendredi 25 décembre (Noël).");
    expect(to("bob")).toContain("(New Year's Day)");
    expect(to("carole")).toBe("");
    expect(await h.store.sheet(1, ["2026-12-25", "2027-01-01"])).toHaveLength(0);
    expect(await h.store.sheet(1, ["2026-12-24"])).toHaveLength(1);
    // The same setting again changes nothing and tells nobody.
    expect(await h.say("Mona", "/reglages feries france")).not.toContain("prévenu·es");
  });

  it("speaks English in an English canteen", async () => {
    await canteenAt("2026-12-09T08:00:00Z", "en");
    expect(await h.say("Alice", "/cook 12/25")).toContain(
      "🔒 The canteen is closed on Friday 25 December (Christmas Day). Next open service: Monday 28 December.",
    );
    expect(await h.say("Mona", "/closure")).toContain("Friday 25 December — Christmas Day (public holiday)");
    expect(await h.say("Mona", "/settings")).toContain("Public holidays (holidays): France (default)");
  });
});

describe("/fermeture closes a date or a period", () => {
  it("a summer closure with sign-ups and poll answers on it: each person told privately, in their language, and taken off", async () => {
    await canteenAt("2026-06-15T08:00:00Z");
    const dms = new RecordingAdapter("console");
    h.ledger.attach(dms);
    expect(await h.say("Alice", "/cuisiner 20/07")).toContain("c'est noté");
    expect(await h.say("Bob", "/language en")).toContain("English");
    expect(await h.say("Bob", "/cuisiner 3/08 plonge")).toContain("c'est noté");
    expect(await h.say("Carole", "/manger 21/07")).toContain("Carole");
    expect(await h.say("Dan", "/cuisiner 31/08")).toContain("c'est noté");

    const mine = await h.say("Mona", "/fermeture 20/7 au 28/8 vacances d'été");
    expect(mine).toContain("🔒 Fermé : du lundi 20 juillet au vendredi 28 août — vacances d'été (30 services).");
    expect(mine).toContain("Prévenu·es en privé et retiré·es : Alice, Carole, Bob.");
    await h.ledger.drain();
    const to = (who: string) => dms.dms.filter((m) => m.chat === `console:${who}`).map((m) => m.text);
    expect(to("alice").join("\n")).toContain("Cantine de Belleville est fermée du lundi 20 juillet au vendredi 28 août (vacances d'été).");
    expect(to("alice").join("\n")).toContain("Ton inscription (Cuisine, lundi 20 juillet) est annulée");
    expect(to("bob").join("\n")).toContain("Your sign-up (Dishes, Monday 3 August) is cancelled");
    expect(to("carole").join("\n")).toContain("Ta réponse au sondage du mardi 21 juillet est effacée.");
    expect(to("dan")).toEqual([]);
    // Nobody stays on a closed date; the service after it keeps its sign-ups.
    expect(await h.store.sheet(1, ["2026-07-20", "2026-08-03"])).toHaveLength(0);
    expect(await h.store.answers(1, "2026-07-21")).toHaveLength(0);
    expect(await h.store.sheet(1, ["2026-08-31"])).toHaveLength(1);
    // The list shows the period once, and 14 July inside it under the managers' reason.
    const list = await h.say("Alice", "/fermeture");
    expect(list).toContain("du lundi 20 juillet au vendredi 28 août — vacances d'été");
    expect(list).toContain("mardi 14 juillet — Fête Nationale de la France (férié)");
    expect(await h.say("Alice", "/cuisiner 22/07")).toContain(
      "fermée le mercredi 22 juillet (vacances d'été). Prochain service ouvert : lundi 31 août.",
    );
  });

  it("the group sees that the canteen is closed, not who was told", async () => {
    await canteenAt("2026-06-15T08:00:00Z");
    await h.say("Alice", "/cuisiner 20/07");
    const out = await h.send("Mona", "/fermeture 20/07 grève", { chat: "console:group" });
    const group = JSON.stringify(out.replies);
    expect(group + JSON.stringify(out.direct?.sent ?? "")).toContain("La cantine sera fermée le lundi 20 juillet — grève.");
    expect(group).not.toContain("Alice");
  });

  it("reopening a closed date makes it open again", async () => {
    await canteenAt("2026-06-15T08:00:00Z");
    await h.say("Mona", "/fermeture 17/06");
    expect(await h.say("Alice", "/cuisiner 17/06")).toContain("fermée le mercredi 17 juin");
    expect(await h.say("Mona", "/fermeture annuler 17/06")).toContain("🔓 Rouvert : le mercredi 17 juin");
    expect(await h.say("Alice", "/cuisiner 17/06")).toContain("c'est noté");
  });

  it("answers bad input clearly: a bad day, a range backwards, too long a range, a day never open, not a manager", async () => {
    await canteenAt("2026-06-15T08:00:00Z");
    expect(await h.say("Mona", "/fermeture lundi-ish")).toContain("Je ne comprends pas le jour « lundi-ish »");
    expect(await h.say("Mona", "/fermeture 28/08 au 20/07")).toContain("Le lundi 20 juillet est avant le vendredi 28 août");
    expect(await h.say("Mona", "/fermeture 1/07 au 30/11")).toContain("c'est plus de 100 jours");
    expect(await h.say("Mona", "/fermeture 20/06")).toContain("La cantine n'ouvre jamais ce jour-là (samedi 20 juin)");
    expect(await h.say("Mona", "/fermeture 2026-06-01")).toContain("déjà passé");
    expect(await h.say("Alice", "/fermeture 17/06")).toContain("réservée aux gérant·es");
    expect(await h.say("Mona", "/fermeture annuler")).toContain("Il manque le jour");
    expect(await h.say("Mona", `/fermeture 17/06 ${"x".repeat(201)}`)).toContain("Le motif est trop long");
    expect(await h.say("Mona", "/closure 18/6 to 17/6")).toContain("avant");
  });
});

describe("what a closed date no longer gets", () => {
  it("no job is planned on a closed date, and a job planned before the closure is skipped", async () => {
    await canteenAt("2026-06-15T08:00:00Z");
    const c = (await h.store.canteen(1))!;
    const kinds = async (date: string) => (await h.core.rhythm.planFor(c, [date], new Map())).map((j) => j.kind);
    expect(await kinds("2026-06-17")).toEqual(expect.arrayContaining(["announce", "remind", "alert", "survey", "closeout"]));
    expect(await kinds("2026-07-14")).toEqual([]);
    await h.say("Mona", "/fermeture 17/06");
    expect(await kinds("2026-06-17")).toEqual([]);
    expect(await h.core.rhythm.execute(c, "announce", "2026-06-17", h.clock.now())).toBe("closed that day: skipped");
  });

  it("the canteen's calendar feed drops a closed date, and a person's shift on it is cancelled", async () => {
    await canteenAt("2026-06-15T08:00:00Z");
    const { readFeed } = await import("../../src/features/calendar/feed.ts");
    await h.say("Alice", "/cuisiner 17/06");
    const links = await h.say("Alice", "/calendrier", { private: true, chat: "console:alice" });
    const tokens = [...links.matchAll(/\/calendar\/([A-Za-z0-9_-]{20,})\.ics/g)].map((m) => m[1]!);
    const deps = { store: h.store, clock: h.clock, offered: h.core.deps.offered };
    const feeds = await Promise.all(tokens.map((t) => readFeed(deps, t)));
    const canteen = feeds.find((f) => f?.kind === "canteen")!;
    expect(canteen.events.some((e) => e.uid.includes("2026-06-17"))).toBe(true);
    expect(canteen.events.some((e) => e.uid.includes("2026-07-14"))).toBe(false);
    await h.say("Mona", "/fermeture 17/06");
    const after = await Promise.all(tokens.map((t) => readFeed(deps, t)));
    expect(after.find((f) => f?.kind === "canteen")!.events.some((e) => e.uid.includes("2026-06-17"))).toBe(false);
    const shift = after.find((f) => f?.kind === "shifts")!.events.find((e) => e.uid.includes("2026-06-17"));
    expect(shift?.status).toBe("cancelled");
  });

  it("figures: a closed date is not a service held and never an open service to close", async () => {
    await canteenAt("2026-06-15T08:00:00Z");
    await h.say("Alice", "/cuisiner 16/06");
    await h.say("Alice", "/cuisiner 17/06");
    await h.say("Mona", "/fermeture 17/06");
    // A menu posted on the closed date keeps its service row; it still is no service held.
    await h.say("Mona", "/menu 17/06 Soupe");
    h.clock.set("2026-06-19T16:00:00Z");
    const records = await h.store.impactRecords(1, { from: "2026-06-01", to: "2026-06-30" }, "2026-06-19");
    expect(records.services.map((s) => s.date)).toEqual(["2026-06-16"]);
    const impact = await h.say("Mona", "/impact juin");
    expect(impact).not.toContain("17 juin");
  });
});
