// /calendrier on Telegram end to end, against the fake Bot API: in a group the bot gives no link
// away and shows a button to the private chat; Start there ("/start calendar") answers the links.
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
  it("a group gets a button to the private chat and no link; the private chat then answers with the two links", async () => {
    const { mona, alice } = tg.people;
    await tg.userSays(tg.group, tg.user(mona), "/installer Cantine de Belleville");
    await tg.userSays(tg.group, tg.user(alice), "/calendrier");
    const answer = tg.fake.state.botMessages(tg.groupChat.id).at(-1)!;
    expect(answer.text).toBe("📅 Tes liens de calendrier sont personnels : je te les donne en message privé.");
    expect(answer.text).not.toContain("/calendar/");
    const [button] = (answer.reply_markup?.inline_keyboard ?? []).flat() as { text: string; url?: string }[];
    expect(button).toEqual({ text: "📅 Ouvrir le chat privé", url: `https://t.me/${tg.fake.state.bot.username}?start=calendar` });

    // The button opens the private chat, where Telegram's Start sends "/start calendar".
    const dm = tg.fake.state.privateChat(alice);
    await tg.fake.handled(tg.fake.userSays(dm.chat.id, alice, "/start calendar"));
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
});
