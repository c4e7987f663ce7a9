// The Telegram adapter end to end over long polling: the real adapter (telegraf inside) against
// a fake Bot API on loopback, wired to the real core on a real database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../src/kernel/core.ts";
import { adapterContract } from "../contract/adapter-contract.ts";
import { telegramHarness, type TelegramHarness, type TelegramHarnessOptions } from "../fakes/telegram/harness.ts";
import { tooManyRequests } from "../fakes/telegram/server.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

adapterContract("telegram", (world) => telegramHarness(world));

describe("the Telegram adapter over long polling", () => {
  let world: Harness;
  let t: TelegramHarness;
  const start = async (opts: TelegramHarnessOptions = {}) => {
    t = await telegramHarness(world, opts);
    return t;
  };
  beforeEach(async () => {
    world = await createHarness("2026-11-23T08:00:00Z");
  });
  afterEach(async () => {
    await t?.stop();
    await world.close();
  });
  const last = (chat: string) => t.messages(chat).at(-1) ?? "";
  const said = (chat: number, user: keyof TelegramHarness["people"], text: string) =>
    t.fake.handled(t.fake.userSays(chat, t.people[user], text));

  it("publishes the command menu at start, by default and in French and English", async () => {
    await start();
    const menus = t.fake.state.commands;
    expect(menus.get("default:fr")?.map((c) => c.command)).toContain("cuisiner");
    expect(menus.get("default:en")?.map((c) => c.command)).toContain("cook");
    expect(menus.get("default:")?.map((c) => c.command)).toContain("creneaux");
    expect(menus.get("default:en")?.find((c) => c.command === "cook")?.description).toMatch(/sign up to cook/);
  });

  it("answers commands addressed to it as /cook@TableeBot, and ignores those for another bot", async () => {
    await start();
    const g = t.groupChat.id;
    await said(g, "mona", "/setup@TableeBot Belleville");
    expect(last(t.group)).toContain("« Belleville » est créée");
    const before = t.messages(t.group).length;
    await said(g, "alice", "/cook@OtherBot mardi");
    expect(t.messages(t.group)).toHaveLength(before);
    await said(g, "alice", "/cook@tableebot mardi");
    expect(last(t.group)).toContain("Alice Martin, c'est noté : Cuisine mardi 24 novembre (1/3)");
  });

  it("replies to the command it answers in a group, and escapes HTML in what people typed", async () => {
    await start();
    await said(t.groupChat.id, "mona", "/setup Chez <Zoé> & Cie");
    const reply = t.fake.state.botMessages(t.groupChat.id).at(-1)!;
    expect(reply.text).toContain("« Chez <Zoé> & Cie » est créée");
    expect(reply.html).toContain("Chez &lt;Zoé&gt; &amp; Cie");
    const command = t.fake.state.messages.find((m) => !m.fromBot && m.text.startsWith("/setup"))!;
    expect(reply.replyTo).toBe(command.message_id);
  });

  it("stays quiet on group chatter, and hints when the bot is mentioned without a command", async () => {
    await start();
    await said(t.groupChat.id, "alice", "on mange quoi mardi ?");
    expect(t.messages(t.group)).toHaveLength(0);
    await said(t.groupChat.id, "alice", "@TableeBot bonjour");
    expect(last(t.group)).toContain("Je comprends les commandes");
  });

  it("works in a private chat: /start shows the help, personal commands find the person's canteen", async () => {
    await start();
    await said(t.groupChat.id, "mona", "/setup Belleville");
    await said(t.groupChat.id, "alice", "/cook mardi");
    const dm = t.fake.state.privateChat(t.people.alice).chat.id;
    const before = t.fake.messages(dm).length;
    await said(dm, "alice", "/start");
    // The whole help, in as many messages as Telegram's 4,096 characters need.
    expect(t.fake.messages(dm).slice(before).join("\n")).toMatch(/\/cuisiner[\s\S]*\/aide/);
    await said(dm, "alice", "/creneaux");
    expect(t.fake.messages(dm).at(-1)).toContain("Cuisine 1/3 : Alice Martin");
    await said(dm, "alice", "bonjour");
    expect(t.fake.messages(dm).at(-1)).toContain("Je comprends les commandes");
  });

  it("answers every button press and edits the pressed sheet in place", async () => {
    await start();
    await said(t.groupChat.id, "mona", "/setup Belleville");
    await said(t.groupChat.id, "mona", "/slots");
    const sheet = t.fake.state.botMessages(t.groupChat.id).at(-1)!;
    await t.fake.handled(t.fake.press(t.groupChat.id, t.people.bob, /Cuisine mar/));
    // Bob's Telegram is in English (language_code "en"): his toast is English, the group's sheet French.
    expect(t.fake.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe("Signed up");
    expect(t.fake.callsOf("editMessageText").at(-1)?.params.message_id).toBe(sheet.message_id);
    expect(sheet.text).toContain("Cuisine 1/3 : Bob");
    expect(sheet.reply_markup?.inline_keyboard.flat().length).toBeGreaterThan(0);
    expect([...t.fake.state.callbacks.values()].every((q) => q.answered)).toBe(true);
  });

  it("mentions Telegram members as tg://user links in what it posts", async () => {
    await start();
    const g = t.groupChat.id;
    await said(g, "mona", "/setup Belleville");
    await said(g, "mona", "/cook mardi chef");
    await said(g, "alice", "/cook mardi chef");
    await said(g, "mona", "/uncook mardi");
    const promoted = t.fake.state.botMessages(g).at(-1)!;
    expect(promoted.text).toContain("Alice Martin passe de la liste d'attente");
    expect(promoted.links).toContainEqual({ href: `tg://user?id=${t.people.alice.id}`, text: "Alice Martin" });
  });

  it("keeps the canteen link when the group becomes a supergroup", async () => {
    await start();
    await said(t.groupChat.id, "mona", "/setup Belleville");
    await said(t.groupChat.id, "alice", "/cook mardi");
    const supergroup = t.fake.migrate(t.groupChat.id, t.people.mona);
    await t.fake.handled(t.fake.lastUpdateId);
    await said(supergroup, "bob", "/slots");
    expect(t.fake.messages(supergroup).at(-1)).toContain("Cuisine 1/3 : Alice Martin");
    expect((await world.store.findChat(`telegram:${supergroup}`))?.canteen.name).toBe("Belleville");
  });

  it("answers an error in one update politely and goes on polling", async () => {
    const failing: Core = {
      ...world.core,
      commands: world.core.commands,
      handle: (e) => (e.text.startsWith("/boom") ? Promise.reject(new Error("database went away")) : world.core.handle(e)),
    };
    await start({ core: failing });
    await said(t.groupChat.id, "mona", "/boom");
    expect(last(t.group)).toContain("Quelque chose s'est mal passé");
    expect(world.log.lines.some((l) => l.level === "error" && l.msg === "telegram update failed")).toBe(true);
    await said(t.groupChat.id, "mona", "/setup Belleville");
    expect(last(t.group)).toContain("« Belleville » est créée");
  });

  it("keeps polling through Bot API outages and dropped connections", async () => {
    await start();
    t.fake.failNext({ method: "getUpdates" }, { status: 502 });
    t.fake.failNext({ method: "getUpdates" }, { network: true });
    await said(t.groupChat.id, "mona", "/setup Belleville");
    expect(last(t.group)).toContain("« Belleville » est créée");
    expect(t.fake.callsOf("getUpdates").map((c) => c.status)).toEqual(expect.arrayContaining([502, 0]));
    expect(t.fatals).toEqual([]);
    expect(JSON.stringify(world.log.lines)).not.toContain(t.fake.token.split(":")[1]!);
  });

  it("waits out a 429 on a reply: the reply arrives after retry_after, not before", async () => {
    await start();
    // 2 s: longer than the 1 s the pacer keeps between two messages to one chat anyway.
    t.fake.failNext({ method: "sendMessage", chatId: t.groupChat.id }, tooManyRequests(2));
    await said(t.groupChat.id, "mona", "/setup Belleville");
    const sends = t.fake.callsOf("sendMessage");
    expect(sends.map((c) => c.status)).toEqual([429, 200]);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(last(t.group)).toContain("« Belleville » est créée");
  });

  it("drops a reply Telegram asks to hold for longer than 30 s, and keeps serving", async () => {
    await start();
    t.fake.failNext({ method: "sendMessage", chatId: t.groupChat.id }, tooManyRequests(3600));
    await said(t.groupChat.id, "mona", "/setup Belleville");
    expect(t.messages(t.group)).toHaveLength(0);
    await said(t.otherGroupChat.id, "bob", "/setup Vaise");
    expect(t.messages(t.otherGroup).at(-1)).toContain("« Vaise » est créée");
  });

  it("handles an update offered again after a restart only once", async () => {
    await start();
    await said(t.groupChat.id, "mona", "/setup Belleville");
    const id = t.fake.userSays(t.groupChat.id, t.people.alice, "/cook mardi");
    await t.fake.handled(id);
    const count = t.messages(t.group).length;
    await t.adapter.stop();
    t.fake.unconfirm(id);
    await t.restart();
    await t.fake.handled(id);
    expect(t.messages(t.group)).toHaveLength(count);
    const canteen = (await world.store.findChat(t.group))!.canteen;
    expect(await world.store.sheet(canteen.id, ["2026-11-24"])).toHaveLength(1);
  });

  // Telegram holds the long poll for 50 s: stopping within this test's timeout means it was cut short.
  it("ends its long poll at once on stop, confirming what it handled", { timeout: 15_000 }, async () => {
    await start();
    const id = t.fake.userSays(t.groupChat.id, t.people.mona, "/help");
    await t.fake.handled(id);
    await t.adapter.stop();
    const polls = t.fake.callsOf("getUpdates");
    expect(Number(polls.at(-1)?.params.offset)).toBe(id + 1);
    expect(t.fake.state.updates.every((u) => u.confirmed)).toBe(true);
  });
});
