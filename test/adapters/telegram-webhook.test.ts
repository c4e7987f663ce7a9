// The Telegram adapter in webhook mode: updates arrive as POSTs on the shared HTTP server, only
// with Telegram's secret token header; retried deliveries are handled once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adapterContract } from "../contract/adapter-contract.ts";
import { telegramHarness, type TelegramHarness, type TelegramHarnessOptions } from "../fakes/telegram/harness.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

adapterContract("telegram (webhook)", (world) => telegramHarness(world, { webhook: true }));

describe("the Telegram adapter in webhook mode", () => {
  let world: Harness;
  let t: TelegramHarness;
  const start = async (opts: TelegramHarnessOptions = { webhook: true }) => {
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

  /** An update the fake has not queued: only the test sends it. */
  let nextId = 900_000_001;
  const setupUpdate = (text = "/setup Belleville") => ({
    update_id: nextId++,
    message: {
      message_id: nextId,
      from: t.people.mona,
      chat: t.groupChat,
      date: 1_795_000_000,
      text,
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  });

  it("registers its URL with a secret token at start and never polls", async () => {
    await start();
    expect(t.fake.webhook?.url).toBe(t.webhookUrl);
    expect(t.fake.webhook?.secret).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
    expect(t.fake.webhook?.allowed).toEqual(["message", "callback_query"]);
    expect(t.fake.callsOf("getUpdates", "deleteWebhook")).toEqual([]);
  });

  it("uses the configured secret when there is one", async () => {
    await start({ webhook: { secret: "cantine_secret-42" } });
    expect(t.fake.webhook?.secret).toBe("cantine_secret-42");
  });

  it("refuses a request without the right secret with 403 and does not process it", async () => {
    await start();
    expect(await t.fake.postToWebhook(setupUpdate(), "not-the-secret")).toBe(403);
    expect(await t.fake.postToWebhook(setupUpdate(), null)).toBe(403);
    expect(t.messages(t.group)).toEqual([]);
    expect(await world.store.findChat(t.group)).toBeNull();
    expect(await t.fake.postToWebhook(setupUpdate())).toBe(200);
    expect(t.messages(t.group).at(-1)).toContain("« Belleville » est créée");
    const logs = JSON.stringify(world.log.lines);
    expect(logs).not.toContain(t.fake.webhook!.secret!);
    expect(logs).not.toContain(t.fake.token.split(":")[1]!);
  });

  it("handles a delivery Telegram retries only once", async () => {
    await start();
    const update = setupUpdate();
    expect(await t.fake.postToWebhook(update)).toBe(200);
    expect(await t.fake.postToWebhook(update)).toBe(200);
    expect(t.messages(t.group)).toHaveLength(1);
  });

  it("answers a webhook after the update is handled, so a reply is out before Telegram moves on", async () => {
    await start();
    await t.userSays(t.group, t.users[0], "/setup Belleville");
    const delivery = t.fake.deliveries.at(-1)!;
    const reply = t.fake.callsOf("sendMessage").at(-1)!;
    expect(delivery.status).toBe(200);
    expect(reply.at).toBeLessThanOrEqual(delivery.at);
  });

  it("answers 503 once stopped, so Telegram keeps the update for later", async () => {
    await start();
    await t.adapter.stop();
    expect(await t.fake.postToWebhook(setupUpdate())).toBe(503);
    expect(t.messages(t.group)).toEqual([]);
  });
});
