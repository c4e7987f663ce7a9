// The Telegram Mini App entry point: with an https board, the adapter sets the private chats'
// menu button to open the board as a web app; with a plain http board it leaves the menu alone.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";

let world: Harness;
let tg: TelegramHarness | undefined;
beforeEach(async () => {
  world = await createHarness("2026-12-01T10:00:00Z");
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
    expect(tg.fake.state.menuButtons.get("default")).toEqual({ type: "web_app", text: "Tablée", web_app: { url: "https://tablee.example.org/telegram/app" } });
  });

  it("is left as the command list when the board is only served over http (Telegram requires https)", async () => {
    tg = await telegramHarness(world, { env: { TABLEE_PUBLIC_URL: "http://127.0.0.1:3000" } });
    expect(tg.fake.callsOf("setChatMenuButton")).toEqual([]);
    expect(tg.fake.state.menuButtons.size).toBe(0);
  });
});
