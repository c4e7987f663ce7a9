// /calendrier on Telegram end to end, against the fake Bot API: in a group the links go to the
// private chat; someone the bot cannot write to yet gets a button to it, and Start there
// ("/start calendar-<canteen>") answers the links. The group never sees a link.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";

let world: Harness;
let tg: TelegramHarness;
beforeEach(async () => {
  world = await createHarness("2026-12-01T10:00:00Z", { boardUrl: "https://tablee.example.org" });
  tg = await telegramHarness(world);
});
afterEach(async () => {
  await tg.stop();
  await world.close();
});

describe("calendar links on Telegram", () => {
  it("someone who never started the bot gets a button to the private chat and no link; the private chat then answers with the two links", async () => {
    const { mona, alice } = tg.people;
    await tg.userSays(tg.group, tg.user(mona), "/installer Cantine de Belleville");
    await tg.userSays(tg.group, tg.user(alice), "/calendrier");
    const answer = tg.fake.state.botMessages(tg.groupChat.id).at(-1)!;
    expect(answer.text).toContain("je ne peux pas encore t'écrire en privé");
    expect(answer.text).not.toContain("/calendar/");
    const [button] = (answer.reply_markup?.inline_keyboard ?? []).flat() as { text: string; url?: string }[];
    const [canteen] = await world.store.allCanteens();
    expect(button).toEqual({
      text: "Ouvrir la conversation privée",
      url: `https://t.me/${tg.fake.state.bot.username}?start=calendar-${canteen!.id}`,
    });

    // The button opens the private chat, where Telegram's Start sends "/start calendar-<canteen>".
    const dm = tg.fake.state.privateChat(alice);
    await tg.fake.handled(tg.fake.userSays(dm.chat.id, alice, `/start calendar-${canteen!.id}`));
    const links = tg.fake.state.botMessages(dm.chat.id).at(-1)!.text;
    expect(links).toContain("📅 Tes calendriers");
    expect(links.match(/https:\/\/tablee\.example\.org\/calendar\/[A-Za-z0-9_-]{43}\.ics/g)).toHaveLength(2);
    // Telegram is not asked to fetch a preview of the secret links.
    const sent = tg.fake
      .callsOf("sendMessage")
      .filter((c) => String(c.params.chat_id) === String(dm.chat.id))
      .at(-1)!;
    const preview =
      typeof sent.params.link_preview_options === "string"
        ? JSON.parse(sent.params.link_preview_options)
        : sent.params.link_preview_options;
    expect(preview).toEqual({ is_disabled: true });
  });

  it("someone who started the bot gets the links in the private chat at once; the group reads only that they were sent", async () => {
    const { mona, bob } = tg.people;
    await tg.userSays(tg.group, tg.user(mona), "/installer Cantine de Belleville");
    const dm = tg.fake.state.privateChat(bob);
    await tg.userSays(tg.group, tg.user(bob), "/calendrier");
    expect(tg.fake.state.botMessages(tg.groupChat.id).at(-1)!.text).toBe("Bob, je t'ai répondu en privé.");
    expect(
      tg.fake.state
        .botMessages(dm.chat.id)
        .at(-1)!
        .text.match(/\/calendar\/[A-Za-z0-9_-]{43}\.ics/g),
    ).toHaveLength(2);
    for (const m of tg.fake.state.botMessages(tg.groupChat.id)) expect(m.text).not.toContain("/calendar/");
  });
});
