// The delivery ledger driving the real Telegram adapter against the fake Bot API: an
// announcement fanned out to many groups, a group that removed the bot, and reminders that go
// privately when Telegram allows it and as a group mention otherwise.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { message } from "../../src/kernel/model.ts";
import type { OutgoingItem } from "../../src/kernel/ports.ts";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { maxInWindow } from "../helpers/recording-adapter.ts";

/**
 * Arrivals at the fake lag the pacer's slots by each request's latency, here including the
 * ledger's fence (a database write) before each send; limits are checked on windows this much shorter.
 */
const JITTER_MS = 50;

/** Waits until `check` holds (polling), failing after a generous timeout. */
async function eventually(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("the delivery ledger on Telegram", () => {
  let world: Harness;
  let t: TelegramHarness;
  beforeEach(async () => {
    world = await createHarness("2026-11-23T08:00:00Z");
    t = await telegramHarness(world);
    world.ledger.attach(t.adapter);
  });
  afterEach(async () => {
    await t.stop();
    await world.close();
  });

  const announcement = (chat: string, canteenId: number | null = null): OutgoingItem => ({
    key: `announce:2026-11-24:${chat}`,
    canteenId,
    kind: "announcement",
    subject: { date: "2026-11-24" },
    target: { kind: "chat", address: chat },
    payload: message().title("Mardi 24 novembre").text("Dahl de lentilles, riz").build(),
  });

  it("sends an announcement to 45 groups once each, at no more than 30 messages a second", async () => {
    const groups = Array.from({ length: 45 }, (_, i) => `telegram:${t.fake.state.addGroup(`Groupe ${i}`).id}`);
    await world.ledger.enqueue(groups.map((g) => announcement(g)));
    await world.ledger.drain();
    const sends = t.fake.callsOf("sendMessage");
    expect(sends.map((c) => `telegram:${c.params.chat_id}`).sort()).toEqual([...groups].sort());
    expect(
      maxInWindow(
        sends.map((c) => c.at),
        1000 - JITTER_MS,
      ),
    ).toBeLessThanOrEqual(30);
    for (const g of groups) expect(t.messages(g)).toEqual(["Mardi 24 novembre\nDahl de lentilles, riz"]);
  });

  it("marks a group that removed the bot inactive and does not try it again", async () => {
    await t.userSays(t.group, t.users[0], "/setup Belleville");
    const { canteen } = (await world.store.findChat(t.group))!;
    t.fake.state.chat(t.groupChat.id)!.botMember = false;
    await world.ledger.enqueue([announcement(t.group, canteen.id)]);
    await world.ledger.drain();
    expect((await world.store.findChat(t.group))?.group.active).toBe(false);
    const tries = t.fake.callsOf("sendMessage").filter((c) => Number(c.params.chat_id) === t.groupChat.id);
    expect(tries.map((c) => c.status)).toEqual([200, 403]); // the /setup reply, then the refused announcement
    await world.ledger.drain();
    expect(t.fake.callsOf("sendMessage").filter((c) => Number(c.params.chat_id) === t.groupChat.id)).toHaveLength(2);
  });

  it("reminds people privately when they started the bot, and mentions the others in the group", async () => {
    const { alice, bob } = t.people;
    await t.userSays(t.group, t.users[0], "/setup Belleville");
    await t.userSays(t.group, t.users[1], "/cook mardi");
    await t.userSays(t.group, t.users[2], "/cook mardi plonge");
    const dm = t.fake.state.privateChat(bob).chat.id;
    const { canteen } = (await world.store.findChat(t.group))!;
    const reminder = (who: typeof alice): OutgoingItem => ({
      key: `reminder:2026-11-24:${who.id}`,
      canteenId: canteen.id,
      kind: "reminder",
      subject: { date: "2026-11-24" },
      target: { kind: "person", address: `telegram:${who.id}` },
      payload: message().text("Rappel : tu cuisines demain à 9 h.").build(),
      fallback: [t.group],
    });
    const before = t.messages(t.group).length;
    await world.ledger.enqueue([reminder(alice), reminder(bob)]);
    await world.ledger.drain();
    expect(t.fake.messages(dm)).toEqual(["Rappel : tu cuisines demain à 9 h."]);
    // The group mention is queued by the ledger when the private message is refused.
    await eventually(() => t.messages(t.group).length > before);
    const mention = t.fake.state.botMessages(t.groupChat.id).at(-1)!;
    expect(mention.text).toBe("Alice Martin\nRappel : tu cuisines demain à 9 h.");
    expect(mention.links).toEqual([{ href: `tg://user?id=${alice.id}`, text: "Alice Martin" }]);
  });
});
