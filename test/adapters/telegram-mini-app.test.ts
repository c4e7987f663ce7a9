// The Telegram Mini App entry point: with an https board, the adapter sets the private chats'
// menu button to open the board as a web app; with a plain http board it leaves the menu alone.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";

let world: Harness;
let tg: TelegramHarness | undefined;
beforeEach(async () => {
  world = await createHarness("2026-12-01T10:00:00Z", { boardUrl: "https://tablee.example.org" });
});
afterEach(async () => {
  await tg?.stop();
  tg = undefined;
  await world.close();
});

describe("the Telegram menu button", () => {
  it("opens the board's Mini App page when the public URL is https", async () => {
    tg = await telegramHarness(world, { env: { TABLEE_PUBLIC_URL: "https://tablee.example.org/" } });
    expect(tg.fake.callsOf("setChatMenuButton")).toHaveLength(1);
    expect(tg.fake.state.menuButtons.get("default")).toEqual({
      type: "web_app",
      text: "Tablée",
      web_app: { url: "https://tablee.example.org/telegram/app" },
    });
  });

  it("is left as the command list when the board is only served over http (Telegram requires https)", async () => {
    tg = await telegramHarness(world, { env: { TABLEE_PUBLIC_URL: "http://127.0.0.1:3000" } });
    expect(tg.fake.callsOf("setChatMenuButton")).toEqual([]);
    expect(tg.fake.state.menuButtons.size).toBe(0);
  });
});

describe("the way into the Mini App from a group", () => {
  it("/tableau in a group, with an https board, carries a t.me/<bot>?startapp button (a web_app button is not allowed there)", async () => {
    tg = await telegramHarness(world, { env: { TABLEE_PUBLIC_URL: "https://tablee.example.org" } });
    const { mona } = tg.people;
    await tg.userSays(tg.group, tg.user(mona), "/installer Cantine de Belleville");
    await tg.userSays(tg.group, tg.user(mona), "/tableau");
    const answer = tg.fake.state.botMessages(tg.groupChat.id).at(-1)!;
    const buttons = (answer.reply_markup?.inline_keyboard ?? []).flat() as { text: string; url?: string }[];
    // Mona never started the bot: the same message also opens the private chat, where the link comes.
    expect(buttons).toEqual([
      { text: "Ouvrir la conversation privée", url: `https://t.me/${tg.fake.state.bot.username}?start=board` },
      { text: "📋 Ouvrir le tableau dans Telegram", url: `https://t.me/${tg.fake.state.bot.username}?startapp=board` },
    ]);
  });
});
