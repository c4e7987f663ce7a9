import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";

let h: Harness;
let chats: RecordingAdapter;

const TUESDAY = "2026-11-24";
const dmsOf = (who: string) => chats.dms.filter((m) => m.chat === `console:${who}`);
const helpCalls = () => chats.messages.filter((m) => m.chat === "console:group" && m.key.startsWith("help:"));

beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  chats = new RecordingAdapter("console");
  h.ledger.attach(chats);
  await h.say("Mona", "/setup Cantine de Belleville");
  await h.say("Paul", "/cuisiner mardi");
  await h.say("Mona", "/gerant Paul");
  await h.say("Mona", "/postes chef 0 cuisine 1 plonge 1");
  await h.say("Carole", "/cuisiner mardi plonge"); // the only dishwasher
});
afterEach(() => h.close());

describe("dropping out late tells the managers and calls for help", () => {
  it("the only dishwasher cancelling on the day, after the announcement: managers told privately at once, the groups get a help call", async () => {
    h.clock.set("2026-11-24T09:00:00Z"); // Tuesday 10:00, the announcement is out
    expect(await h.say("Carole", "/annuler aujourd'hui")).toContain("Carole n'est plus inscrit·e mardi 24 novembre (Plonge)");
    await h.ledger.drain();
    for (const manager of ["mona", "paul"]) {
      const [notice] = dmsOf(manager);
      expect(notice?.text).toContain("⚠️ Cantine de Belleville — Carole s'est désinscrit·e mardi 24 novembre (Plonge).");
      expect(notice?.text).toContain("Il manque maintenant : Plonge 1.");
      expect(notice?.text).toContain("Un appel à renfort a été posté dans les groupes de la cantine.");
    }
    expect(helpCalls().map((m) => m.text)).toEqual([expect.stringContaining("🆘 Renfort demandé pour mardi 24 novembre")]);
    expect(helpCalls()[0]!.text).toContain("Il manque : Plonge 1.");
    expect(
      helpCalls()[0]!
        .message.buttons.flat()
        .map((b) => b.command),
    ).toEqual([`/cook ${TUESDAY} dishes`]);
  });

  it("the 11:00 kitchen brief lists the roles still uncovered", async () => {
    h.clock.set("2026-11-24T09:00:00Z");
    await h.say("Carole", "/annuler aujourd'hui");
    h.clock.set("2026-11-24T10:00:00Z");
    await h.core.rhythm.execute((await h.store.canteen(1))!, "close", TUESDAY, h.clock.now());
    await h.ledger.drain();
    const brief = dmsOf("mona").find((m) => m.text.includes("Brief cuisine"));
    expect(brief?.text).toContain("⚠️ Postes non couverts : Plonge 1");
    const paulBrief = dmsOf("paul").find((m) => m.text.includes("Brief cuisine"));
    expect(paulBrief?.text).toContain("⚠️ Postes non couverts : Plonge 1");
  });

  it("a full sheet's brief says every role is covered", async () => {
    await h.say("Mona", "/postes cuisine 0");
    h.clock.set("2026-11-24T10:00:00Z");
    await h.core.rhythm.execute((await h.store.canteen(1))!, "close", TUESDAY, h.clock.now());
    await h.ledger.drain();
    expect(dmsOf("mona").find((m) => m.text.includes("Brief cuisine"))?.text).toContain("✅ Tous les postes sont couverts.");
  });

  it("within the alert window the day before (after 16:00) counts as late too; in the morning before, nobody is disturbed", async () => {
    await h.say("Carole", "/annuler mardi");
    await h.ledger.drain();
    expect(dmsOf("mona")).toEqual([]);
    expect(helpCalls()).toEqual([]);
    await h.say("Carole", "/cuisiner mardi plonge");
    h.clock.set("2026-11-23T15:30:00Z"); // Monday 16:30, after the managers' alert
    await h.say("Carole", "/annuler mardi");
    await h.ledger.drain();
    expect(dmsOf("mona")).toHaveLength(1);
    expect(helpCalls()).toHaveLength(1);
  });

  it("when someone waiting moves up, the managers are told the role stays covered, and no help call goes out", async () => {
    await h.say("Gus", "/cuisiner mardi plonge"); // waiting
    h.clock.set("2026-11-24T09:00:00Z");
    await h.say("Carole", "/annuler aujourd'hui");
    await h.ledger.drain();
    expect(dmsOf("mona")[0]?.text).toContain("Gus passe de la liste d'attente au planning : le poste Plonge reste couvert.");
    expect(dmsOf("mona")[0]?.text).toContain("Tous les postes restent couverts.");
    expect(helpCalls()).toEqual([]);
  });

  it("a redelivered /annuler tells the managers once and calls for help once", async () => {
    h.clock.set("2026-11-24T09:00:00Z");
    await h.send("Carole", "/annuler aujourd'hui", { deliveryId: "console:7" });
    await h.send("Carole", "/annuler aujourd'hui", { deliveryId: "console:7" });
    await h.ledger.drain();
    expect(dmsOf("mona")).toHaveLength(1);
    expect(helpCalls()).toHaveLength(1);
  });

  it("a manager in English reads the notice in English", async () => {
    await h.say("Paul", "/langue en");
    h.clock.set("2026-11-24T09:00:00Z");
    await h.say("Carole", "/annuler aujourd'hui");
    await h.ledger.drain();
    expect(dmsOf("paul")[0]?.text).toContain("⚠️ Cantine de Belleville — Carole dropped out on Tuesday 24 November (Dishes).");
    expect(dmsOf("paul")[0]?.text).toContain("Now missing: Dishes 1.");
  });
});

describe("a person taken off the sheet by a manager is told", () => {
  it("/annuler 11/12 lea: Léa is told privately, in her language, with the manager's name", async () => {
    await h.say("Lea", "/cuisiner 11/12");
    await h.say("Lea", "/langue en");
    expect(await h.say("Mona", "/annuler 11/12 lea")).toContain("Lea n'est plus inscrit·e vendredi 11 décembre (Cuisine)");
    await h.ledger.drain();
    expect(dmsOf("lea").map((m) => m.text)).toEqual([
      "👋 Mona took you off the sheet on Friday 11 December (Cook) — Cantine de Belleville. A question? Ask them.",
    ]);
  });

  it("in French, once even when the command is redelivered; cancelling oneself sends no such notice", async () => {
    await h.say("Lea", "/cuisiner 11/12");
    await h.send("Mona", "/annuler 11/12 lea", { deliveryId: "console:9" });
    await h.send("Mona", "/annuler 11/12 lea", { deliveryId: "console:9" });
    await h.ledger.drain();
    expect(dmsOf("lea").map((m) => m.text)).toEqual([
      "👋 Mona t'a retiré·e du planning vendredi 11 décembre (Cuisine) — Cantine de Belleville. Une question ? Demande-lui.",
    ]);
    await h.say("Lea", "/cuisiner 11/12");
    await h.say("Lea", "/annuler 11/12");
    await h.ledger.drain();
    expect(dmsOf("lea")).toHaveLength(1);
  });
});
