import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";

let h: Harness;
let chats: RecordingAdapter;

/** Lets the ledger send what is due and, with the clock moved past the edit delay, the edits. */
async function settle(): Promise<void> {
  await h.ledger.drain();
  h.clock.set(new Date(h.clock.now().getTime() + 5_000));
  await h.ledger.drain();
}

const asks = () => chats.messages.filter((m) => m.key.startsWith("replacement:"));
const dmsOf = (who: string) => chats.dms.filter((m) => m.chat === `console:${who}`);

beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  chats = new RecordingAdapter("console");
  h.ledger.attach(chats);
  await h.say("Mona", "/setup Cantine de Belleville");
  await h.say("Carole", "/cuisiner mardi plonge");
  await h.say("Dan", "/cuisiner mardi plonge"); // dishes full (2/2)
});
afterEach(() => h.close());

describe("a replacement respects the waitlist", () => {
  it("with Gus first waiting for the dishes, /remplacer mardi gives him Carole's place at once, tells him privately, and calls nobody", async () => {
    await h.say("Gus", "/cuisiner mardi plonge");
    await h.say("Hugo", "/cuisiner mardi plonge");
    const reply = await h.say("Carole", "/remplacer mardi");
    expect(reply).toContain("Quelqu'un attendait une place Plonge mardi 24 novembre : elle lui revient tout de suite");
    expect(reply).toContain("Gus passe de la liste d'attente au planning : Plonge mardi 24 novembre.");
    await settle();
    expect(asks()).toEqual([]);
    expect(await h.store.openReplacements(1, "2026-11-24")).toEqual([]);
    expect(dmsOf("gus").map((m) => m.text)).toEqual([
      expect.stringContaining("Une place s'est libérée : tu es inscrit·e Plonge mardi 24 novembre — Cantine de Belleville."),
    ]);
    expect(await h.say("Mona", "/creneaux")).toContain("Plonge 2/2 : Dan, Gus · complet · ⏳ en attente : Hugo");
  });

  it("a redelivered /remplacer is handled once: Gus is told once and Hugo keeps his place in the queue", async () => {
    await h.say("Gus", "/cuisiner mardi plonge");
    await h.say("Hugo", "/cuisiner mardi plonge");
    await h.send("Carole", "/remplacer mardi", { deliveryId: "console:1" });
    await h.send("Carole", "/remplacer mardi", { deliveryId: "console:1" });
    await settle();
    expect(dmsOf("gus")).toHaveLength(1);
    expect((await h.store.sheet(1, ["2026-11-24"])).map((s) => `${s.name} ${s.status}`)).toEqual([
      "Dan confirmed",
      "Gus confirmed",
      "Hugo waitlist",
    ]);
  });

  it("someone waiting for another role does not take the place: the call goes out as before", async () => {
    await h.say("Alice", "/cuisiner mardi chef");
    await h.say("Gus", "/cuisiner mardi chef"); // waiting for the head cook's place, not the dishes
    expect(await h.say("Carole", "/remplacer mardi")).toContain("C'est demandé dans le groupe de la cantine");
    await settle();
    expect(asks()).toHaveLength(1);
  });

  it("when Ines offers to take Carole's place while Gus waits for the dishes, Gus gets it; Ines is thanked and stays off", async () => {
    await h.say("Carole", "/remplacer mardi"); // nobody waits yet: the call goes out
    await settle();
    await h.say("Gus", "/cuisiner mardi plonge"); // now Gus waits
    const id = (await h.store.openReplacements(1, "2026-11-24"))[0]!.id;
    const out = await h.send("Ines", `/take ${id}`, { action: true, refresh: `/replacement ${id}` });
    expect(out.toast).toBe(
      "🙏 Merci ! Gus attendait une place Plonge mardi 24 novembre sur la liste d'attente : elle lui revient. Rien ne change pour toi.",
    );
    await settle();
    expect((await h.store.sheet(1, ["2026-11-24"])).map((s) => `${s.name} ${s.status}`)).toEqual(["Dan confirmed", "Gus confirmed"]);
    expect(dmsOf("gus").map((m) => m.text)).toEqual([expect.stringContaining("Une place s'est libérée : tu es inscrit·e Plonge")]);
    expect(dmsOf("carole").map((m) => m.text)).toEqual([expect.stringContaining("Gus prend ta place mardi 24 novembre (Plonge)")]);
    expect(asks()[0]!.text).toContain("✅ Gus prend la place de Carole mardi 24 novembre (Plonge)");
    expect(dmsOf("ines")).toEqual([]);
  });

  it("Gus, first waiting, pressing the button himself takes the place", async () => {
    await h.say("Carole", "/remplacer mardi");
    await h.say("Gus", "/cuisiner mardi plonge");
    const id = (await h.store.openReplacements(1, "2026-11-24"))[0]!.id;
    expect(await h.say("Gus", `/take ${id}`)).toBe("✅ C'est noté : tu prends la place mardi 24 novembre (Plonge).");
    expect((await h.store.sheet(1, ["2026-11-24"])).map((s) => `${s.name} ${s.status}`)).toEqual(["Dan confirmed", "Gus confirmed"]);
  });

  it("in English", async () => {
    await h.close();
    h = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    chats = new RecordingAdapter("console");
    h.ledger.attach(chats);
    await h.say("Mona", "/setup Belleville");
    await h.say("Carole", "/cook tuesday head cook");
    await h.say("Gus", "/cook tuesday head cook");
    const reply = await h.say("Carole", "/replace tuesday");
    expect(reply).toContain("Someone was waiting for a place on Tuesday 24 November (Head cook): it is theirs at once");
    await settle();
    expect(asks()).toEqual([]);
    expect(dmsOf("gus")[0]?.text).toContain("A place opened up");
  });
});
