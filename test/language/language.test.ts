import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";

let h: Harness;
let chats: RecordingAdapter;

/** Bob, whose phone is set to British English (as Telegram, Discord and Slack report it). */
const bob = (extra: { private?: boolean; action?: boolean; refresh?: string; language?: string } = {}) => ({
  author: { address: "console:bob", name: "Bob", language: extra.language ?? "en-GB" },
  ...(extra.private ? { chat: "console:bob", private: true } : {}),
  ...(extra.action ? { action: true } : {}),
  ...(extra.refresh ? { refresh: extra.refresh } : {}),
});

beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // a French canteen, Monday 09:00 in Paris
  chats = new RecordingAdapter("console");
  h.ledger.attach(chats);
  await h.say("Mona", "/setup Cantine de Belleville");
});
afterEach(() => h.close());

describe("each person's language", () => {
  it("until chosen, what only Bob sees follows his app's language; the group keeps the canteen's", async () => {
    expect(await h.say("Bob", "/cuisiner mardi", bob())).toContain("Bob, c'est noté : Cuisine mardi 24 novembre");
    expect(await h.say("Bob", "/slots", bob({ private: true }))).toContain("Sign-up sheet — Cantine de Belleville");
    const press = await h.send("Bob", "/cook 2026-11-25", bob({ action: true, refresh: "/slots" }));
    expect(press.toast).toBe("Signed up");
    expect(plainText(press.update!)).toContain("Planning — Cantine de Belleville");
  });

  it("a language Tablée does not speak falls back to the canteen's", async () => {
    await h.say("Bob", "/creneaux", bob({ language: "de-DE" }));
    expect(await h.say("Bob", "/creneaux", bob({ private: true, language: "de-DE" }))).toContain("Planning — Cantine de Belleville");
  });

  it("/langue en answers in English, then private chats, toasts and errors there are English; the group stays French", async () => {
    expect(await h.say("Alice", "/langue en")).toBe(
      "✅ Done: I'll speak English to you in what only you see. Groups stay in the canteen's language.",
    );
    expect(await h.say("Alice", "/creneaux", { chat: "console:alice", private: true })).toContain("Sign-up sheet");
    expect(await h.say("Alice", "/creneaux")).toContain("Planning — Cantine de Belleville");
    expect((await h.send("Alice", "/cook 2026-11-25", { action: true })).toast).toBe("Signed up");
    expect((await h.send("Alice", "/cook 2026-11-25 nope", { action: true })).toast).toContain("I don't know the role");
    expect(await h.say("Alice", "/language fr", { chat: "console:alice", private: true })).toContain(
      "✅ C'est noté : je te parle désormais en français",
    );
    expect(await h.say("Alice", "/slots", { chat: "console:alice", private: true })).toContain("Planning");
  });

  it("/langue alone shows the current language with a button for each; a bad one is answered with the usage", async () => {
    const out = await h.send("Bob", "/langue", bob());
    expect(plainText(out.replies[0]!)).toContain("I speak English to you");
    expect(plainText(out.replies[0]!)).toContain("From your app's language");
    expect(out.replies[0]!.buttons.flat().map((b) => b.command)).toEqual(["/language fr", "/language en"]);
    expect(await h.say("Alice", "/langue klingon")).toContain("/langue [fr|en|auto]");
    await h.say("Bob", "/language fr", bob());
    expect(await h.say("Bob", "/language auto", bob())).toBe("✅ Done: I follow your app's language again (English for now).");
  });

  it("someone the bot has never seen gets a clear answer in a private chat", async () => {
    expect(await h.say("Nobody", "/language en", { chat: "console:nobody", private: true })).toBe(
      "Je ne te connais pas encore : rejoins d'abord le groupe d'une cantine, puis réessaie.",
    );
  });

  it("reminders, kitchen briefs, managers' alerts and waitlist notices come in each person's language", async () => {
    await h.say("Mona", "/langue en");
    await h.say("Bob", "/cuisiner mardi chef", bob());
    await h.say("Alice", "/cuisiner mardi chef");
    await h.say("Alice", "/eat mardi");
    const c = (await h.store.canteen(1))!;
    h.clock.set("2026-11-23T17:00:00Z");
    await h.core.rhythm.execute(c, "remind", "2026-11-24", h.clock.now());
    await h.core.rhythm.execute(c, "alert", "2026-11-24", h.clock.now());
    h.clock.set("2026-11-24T10:00:00Z");
    await h.core.rhythm.execute(c, "close", "2026-11-24", h.clock.now());
    await h.ledger.drain();
    const dm = (who: string, kind: string) =>
      chats.dms.find((m) => m.chat === `console:${who}` && m.key.startsWith(`${kind}:`))?.text ?? "";
    expect(dm("bob", "reminder")).toContain("Reminder: Tuesday 24 November");
    expect(dm("bob", "summary")).toContain("Kitchen brief");
    expect(dm("mona", "alert")).toContain("Tuesday 24 November");
    expect(dm("mona", "summary")).toContain("Kitchen brief");
    await h.say("Bob", "/annuler mardi", bob());
    await h.say("Alice", "/langue fr");
    await h.ledger.drain();
    expect(chats.dms.find((m) => m.chat === "console:alice" && m.key.startsWith("promoted:"))?.text).toContain("mardi 24 novembre");
    expect(chats.in("console:group").every((m) => !m.text.includes("Tuesday"))).toBe(true);
  });

  it("the close-out reminder, the monthly digests and /tableau come in each manager's language", async () => {
    await h.say("Mona", "/langue en");
    await h.say("Nina", "/cuisiner mardi");
    await h.say("Mona", "/reseau creer Les Petites Cantines", { chat: "console:group" });
    const c = (await h.store.canteen(1))!;
    h.clock.set("2026-11-24T13:30:00Z");
    await h.core.rhythm.execute(c, "closeout", "2026-11-24", h.clock.now());
    // Sent before the service is closed: a reminder composed after the close is not sent at all.
    await h.ledger.drain();
    await h.say("Mona", "/cloturer 24/11 couverts 30 recette 200");
    h.clock.set("2026-12-01T08:00:00Z");
    await h.core.rhythm.execute(c, "digest", "2026-12-01", h.clock.now());
    await h.ledger.drain();
    const toMona = chats.dms.filter((m) => m.chat === "console:mona").map((m) => m.text);
    expect(toMona.find((t) => t.includes("24 November"))).toMatch(/close|Close/);
    expect(toMona.some((t) => t.includes("mardi 24 novembre"))).toBe(false);
    expect(toMona.filter((t) => t.includes("November 2026"))).toHaveLength(2);
    expect(toMona.some((t) => /novembre 2026/.test(t))).toBe(false);
    const board = plainText((await h.send("Mona", "/tableau", { chat: "console:mona", private: true })).replies[0]!);
    expect(board).toContain("web board");
    expect(board).not.toContain("tableau");
  });
});
