import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";

let h: Harness;
let consoleChats: RecordingAdapter;
let discord: RecordingAdapter;

/** Lets the ledger send what is due and, with the clock moved past the edit delay, the edits. */
async function settle(): Promise<void> {
  await h.ledger.drain();
  h.clock.set(new Date(h.clock.now().getTime() + 5_000));
  await h.ledger.drain();
}

beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  consoleChats = new RecordingAdapter("console");
  discord = new RecordingAdapter("discord");
  h.ledger.attach(consoleChats);
  h.ledger.attach(discord);
  await h.say("Mona", "/setup Cantine de Belleville");
  const code = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Mona", "/inviter"))![1];
  await h.say("Zoé", `/installer ${code}`, { chat: "discord:555" });
  await h.say("Bob", "/cuisiner mardi");
});
afterEach(() => h.close());

/** The id of the open request, from the button of its message in a group. */
function takeCommand(adapter: RecordingAdapter, chat: string): string {
  const m = adapter.in(chat).find((x) => x.text.includes("qui prend la place"));
  expect(m).toBeDefined();
  return `/take ${/replacement:(\d+):/.exec(m!.key)![1]}`;
}

describe("finding a replacement", () => {
  it("/remplacer mardi asks every group of the canteen, on every platform, once; Bob stays on the sheet", async () => {
    const reply = await h.say("Bob", "/remplacer mardi");
    expect(reply).toContain("C'est demandé dans les 2 groupes de la cantine");
    expect(await h.say("Bob", "/remplacer mardi")).toContain("déjà en cours");
    await settle();
    const asks = [...consoleChats.messages, ...discord.messages].filter((m) => m.key.startsWith("replacement:"));
    expect(asks.map((m) => m.chat).sort()).toEqual(["console:group", "discord:555"]);
    expect(asks[0]!.text).toContain("🔁 Bob ne peut pas venir mardi 24 novembre (Cuisine) — qui prend la place ?");
    expect(await h.say("Alice", "/creneaux")).toContain("Cuisine 1/3 : Bob");
  });

  it("the first to press takes the seat: Bob is released and told privately, every group's message says who took it, later presses are told", async () => {
    await h.say("Bob", "/remplacer mardi");
    await settle();
    const take = takeCommand(discord, "discord:555");
    const out = await h.send("Yann", take, { chat: "discord:555", action: true, refresh: take.replace("/take", "/replacement") });
    expect(out.toast).toBe("Place prise : merci !");
    expect(plainText(out.update!)).toContain("✅ Yann prend la place de Bob mardi 24 novembre (Cuisine)");
    expect(out.update!.buttons).toEqual([]);
    const late = await h.send("Carole", take, { action: true });
    expect(late.toast).toBe("Trop tard : Yann a déjà pris cette place.");
    await settle();
    expect(await h.say("Alice", "/creneaux")).toContain("Cuisine 1/3 : Yann · 2 places libres");
    const bobDm = consoleChats.dms.find((m) => m.chat === "console:bob");
    expect(bobDm?.text).toContain("Yann prend ta place mardi 24 novembre (Cuisine) à Cantine de Belleville : tu n'es plus inscrit·e");
    for (const m of [...consoleChats.messages, ...discord.messages].filter((x) => x.key.startsWith("replacement:"))) {
      expect(m.text).toContain("Yann prend la place de Bob");
    }
    expect((await h.store.sheet(1, ["2026-11-24"])).map((s) => s.name)).toEqual(["Yann"]);
  });

  it("someone already on that service in another role is told so, and nothing changes", async () => {
    await h.say("Alice", "/cuisiner mardi plonge");
    await h.say("Bob", "/remplacer mardi");
    await settle();
    const out = await h.send("Alice", takeCommand(consoleChats, "console:group"), { action: true });
    expect(out.toast).toBe("Tu es déjà inscrit·e mardi 24 novembre (Plonge) : rien n'a changé.");
    expect(await h.say("Dan", "/creneaux")).toContain("Cuisine 1/3 : Bob");
    expect(await h.say("Bob", "/remplacer mardi")).toContain("déjà en cours");
  });

  it("Bob cannot take his own place; /annuler still releases at once, promotes the waitlist and closes the request", async () => {
    await h.say("Alice", "/cuisiner mardi chef");
    await h.say("Alice", "/remplacer mardi");
    await h.say("Carole", "/cuisiner mardi chef"); // waiting, after the call went out
    await settle();
    const take = takeCommand(consoleChats, "console:group");
    expect((await h.send("Alice", take, { action: true })).toast).toContain("C'est ta propre demande");
    expect(await h.say("Alice", "/annuler mardi")).toContain("Carole passe de la liste d'attente au planning");
    await settle();
    const ask = consoleChats.in("console:group").find((m) => m.key.startsWith("replacement:"))!;
    expect(ask.text).toContain("Alice s'est désinscrit·e mardi 24 novembre (Chef·fe)");
    expect((await h.send("Dan", take, { action: true })).toast).toBe("Cette demande est close : Alice s'est désinscrit·e.");
    expect(await h.say("Dan", "/creneaux")).toContain("Chef·fe 1/1 : Carole");
  });

  it("without a day, /replace offers one's places as buttons; bad cases answer clearly", async () => {
    await h.say("Bob", "/cuisiner jeudi plonge");
    const pick = await h.send("Bob", "/replace");
    expect(pick.replies[0]!.buttons.flat().map((b) => b.command)).toEqual(["/replace 2026-11-24", "/replace 2026-11-26"]);
    expect(await h.say("Alice", "/remplacer mardi")).toBe("Tu n'es pas inscrit·e mardi 24 novembre : il n'y a pas de place à céder.");
    expect(await h.say("Alice", "/remplacer")).toBe("Tu n'as aucune inscription à venir à céder.");
    expect(await h.say("Alice", "/take 999")).toBe("Je ne trouve pas cette demande de remplacement.");
    expect(await h.say("Alice", "/take abc")).toContain("/prendre <n°>");
    expect(await h.say("Alice", "/take 99999999999")).toContain("/prendre <n°>");
    expect(await h.say("Alice", "/replacement 1e308")).toBe("Je ne trouve pas cette demande de remplacement.");
    await h.say("Bob", "/remplacer mardi");
    const id = (await h.store.openReplacements(1, "2026-11-24"))[0]!.id;
    h.clock.set("2026-11-24T11:45:00Z"); // Tuesday 12:45 in Paris: lunch has started
    expect(await h.say("Alice", `/take ${id}`)).toBe("Ce service a déjà commencé : la place ne change plus de main.");
    expect((await h.store.sheet(1, ["2026-11-24"])).map((s) => s.name)).toEqual(["Bob"]);
  });

  it("the managers' alert the day before mentions a request nobody took, even on a full sheet", async () => {
    for (const [who, role] of [
      ["A", "chef"],
      ["C", "cuisine"],
      ["D", "cuisine"],
      ["E", "plonge"],
      ["F", "plonge"],
    ])
      await h.say(who!, `/cuisiner mardi ${role}`);
    await h.say("Bob", "/remplacer mardi");
    const c = (await h.store.canteen(1))!;
    expect(await h.core.rhythm.execute(c, "alert", "2026-11-24", h.clock.now())).toMatch(/^alert: replacement \d+$/);
    await h.ledger.drain();
    const alert = consoleChats.dms.find((m) => m.chat === "console:mona" && m.key.startsWith("alert:"));
    expect(alert?.text).toContain("le planning est complet, mais une demande de remplacement reste sans réponse");
    expect(alert?.text).toContain("Bob cherche toujours quelqu'un pour prendre sa place (Cuisine)");
  });

  it("in English: /replace and the I'll take it button read in English", async () => {
    await h.close();
    h = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    consoleChats = new RecordingAdapter("console");
    h.ledger.attach(consoleChats);
    await h.say("Mona", "/setup Belleville");
    await h.say("Bob", "/cook tuesday");
    expect(await h.say("Bob", "/replace tuesday")).toContain("Asked in the canteen's group");
    await settle();
    const ask = consoleChats.in("console:group").find((m) => m.key.startsWith("replacement:"))!;
    expect(ask.text).toContain("Bob can't make it on Tuesday 24 November (Cook) — who takes the place?");
    const out = await h.send("Ann", `/take ${/replacement:(\d+):/.exec(ask.key)![1]}`);
    expect(plainText(out.replies[0]!)).toBe("✅ Done: you take the place on Tuesday 24 November (Cook).");
  });
});
