// The close-out and survey in the daily rhythm, on a fake clock: the free-price line in the
// morning, the forecast in the kitchen brief, the survey in every group after lunch, and the
// managers' and head cook's close-out reminder — not sent for a service already closed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorld, type World } from "../rhythm/world.ts";

let w: World;
const TG = "telegram:-100";
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

beforeAll(async () => {
  // Monday 23 November 2026, 7:00 in Paris.
  w = await createWorld("2026-11-23T06:00:00Z");
  await w.say("Mona", "/setup Belleville");
  const code = /\/setup ([A-Z0-9]{8})/.exec(await w.say("Mona", "/invite"))![1];
  await w.say("Tom", `/setup ${code}`, { chat: TG });
  await w.say("Mona", "/reglages prix-ingredients 3,50");
  await w.say("Mona", "/reglages prix-fonctionnement 9");
  await w.say("Alice", "/cuisiner mardi chef");
  // Three past Tuesdays, closed, with the poll's covers kept: walk-ins 6, 8 and 3.
  for (const [date, poll, covers] of [
    ["2026-11-03", 30, 36],
    ["2026-11-10", 32, 40],
    ["2026-11-17", 28, 31],
  ] as const) {
    await w.store.keepForecast(1, date, poll, null);
    await w.store.recordClose({
      canteenId: 1,
      date,
      values: { covers },
      currency: "EUR",
      actor: { personId: 1, name: "Mona" },
      at: new Date("2026-11-20T10:00:00Z"),
    });
  }
  await w.runUntil("2026-11-24T08:30:00Z");
  await w.say("Bob", "/manger +1");
  await w.say("Zoe", "/eat", { chat: TG });
  // Tuesday: poll closes at 11:00, survey at 14:00, close-out reminder at 14:30.
  await w.runUntil("2026-11-24T14:00:00Z");
  // Wednesday's service is closed before its reminder is due.
  await w.runUntil("2026-11-25T12:00:00Z");
  await w.say("Mona", "/cloturer couverts 20");
  await w.runUntil("2026-11-25T20:00:00Z");
}, 240_000);
afterAll(() => w.close());

describe("close-out in the daily rhythm", () => {
  it("the morning announcement shows what a meal costs and that everyone gives what they can", () => {
    const a = w.all().find((m) => m.chat === TG && m.text.includes("menu du mardi 24 novembre"))!;
    expect(plain(a.text)).toContain(
      "Prix libre — un repas coûte 12,50 € : 3,50 € d'ingrédients + 9 € de fonctionnement. Chacun·e donne ce qu'il ou elle peut.",
    );
  });

  it("the kitchen brief forecasts poll covers + the median walk-ins of past Tuesdays, with the range, as an estimate", async () => {
    const brief = w.all().find((m) => m.text.includes("Brief cuisine — mardi 24 novembre"))!;
    expect(brief.text).toContain("🔮 Prévision (estimation) : 9 couverts, entre 6 et 11");
    const record = await w.store.closeRecord(1, "2026-11-24");
    expect(record).toMatchObject({ pollCovers: 3, forecast: 9, covers: null });
    // Monday had no closed Monday before it: no forecast, said plainly.
    const monday = await w.store.closeRecord(1, "2026-11-23");
    expect(monday.forecast).toBeNull();
  });

  it("each group gets the survey once after lunch, with the three questions in order and a word on anonymity", () => {
    const surveys = w.all().filter((m) => m.text.includes("comment c'était, le mardi 24 novembre"));
    expect(surveys.map((m) => m.chat).sort()).toEqual(["console:group", TG].sort());
    const t = surveys[0]!.text;
    const order = [
      "1. Tu t'es senti·e accueilli·e comme tu es, sans avoir à jouer un rôle ?",
      "2. Te sens-tu en confiance avec les autres convives, y compris celles et ceux que tu ne connaissais pas ?",
      "3. C'était ton premier repas ici ?",
    ];
    expect(order.map((q) => t.indexOf(q))).toEqual([...order.map((q) => t.indexOf(q))].sort((a, b) => a - b));
    for (const q of order) expect(t).toContain(q);
    expect(t).toContain("Les réponses sont anonymes");
    expect(new Date(surveys[0]!.at).toISOString()).toBe("2026-11-24T13:00:00.000Z");
  });

  it("the survey buttons keep the answer orders: Oui, Plutôt oui, Plutôt non, Non — and Oui, Non", async () => {
    const m = (await w.core.compose(1, "survey", { date: "2026-11-24" }))!;
    expect(m.buttons.map((row) => row.map((b) => b.label))).toEqual([
      ["1. Oui", "1. Plutôt oui", "1. Plutôt non", "1. Non"],
      ["2. Oui", "2. Plutôt oui", "2. Plutôt non", "2. Non"],
      ["3. Oui", "3. Non"],
    ]);
  });

  it("after lunch the managers and the day's head cook get a private close-out reminder with a one-press close", async () => {
    const dms = w.all().filter((m) => m.text.includes("clôturer le service du mardi 24 novembre"));
    expect(dms.map((m) => m.chat).sort()).toEqual(["console:alice", "console:mona", "telegram:tom"]);
    expect(dms[0]!.text).toContain("Le sondage comptait 3 couverts");
    expect(dms[0]!.text).toContain("Prévision (estimation) : 9 couverts");
    expect(new Date(dms[0]!.at).toISOString()).toBe("2026-11-24T13:30:00.000Z");
    const m = (await w.core.compose(1, "closeout", { date: "2026-11-24", personId: 1 }))!;
    const button = m.buttons[0]![0]!;
    expect(button.command).toBe("/close 2026-11-24 covers 9");
    // Alice presses it in her private chat.
    const out = await w.send("Alice", button.command!, { chat: "console:alice", private: true, action: true });
    expect(out.replies.map((r) => r.lines.map((l) => l.spans.join("")).join("\n")).join("")).toContain("Couverts : 9");
    expect((await w.store.closeRecord(1, "2026-11-24")).covers).toBe(9);
    // A correction typed later is never overwritten by a stray press of the reminder's button.
    await w.say("Mona", "/cloturer 2026-11-24 couverts 12");
    const stray = await w.send("Alice", button.command!, { chat: "console:alice", private: true, action: true });
    expect(stray.toast).toContain("Le service du mardi 24 novembre est déjà clôturé avec 12 couverts : rien n'a été changé.");
    expect((await w.store.closeRecord(1, "2026-11-24")).covers).toBe(12);
  });

  it("no reminder is sent for a service already closed", () => {
    expect(w.all().filter((m) => m.text.includes("clôturer le service du mercredi 25 novembre"))).toEqual([]);
  });

  it("nothing was delivered twice", () => {
    const keys = w.all().map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
