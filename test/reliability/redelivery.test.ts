// Redelivery on every platform, through the real adapters and their fakes: the same Telegram
// update, Discord interaction or Slack request arriving many times — at once, and again after
// the adapter restarted — has exactly one effect (one sign-up) and gets exactly one reply.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../adapters/slack/adapter.ts";
import { createTelegramAdapter } from "../../adapters/telegram/adapter.ts";
import { loadConfig } from "../../src/config.ts";
import { createHttpServer } from "../../src/http.ts";
import { discordHarness, eventually, type DiscordHarness } from "../fakes/discord/harness.ts";
import { SIGNING_SECRET, slackConfig, startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";
import { SlackRequester, type SlackRequest } from "../fakes/slack/signed-client.ts";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { until } from "./support/app-process.ts";

const TIMES = 20;
/** Not idempotent: each handling adds a guest, so a command handled twice shows. */
const ADD_GUEST = "/manger mardi +guest";
const answers = (texts: string[]) => texts.filter((m) => m.includes("mange mardi")).length;

let world: Harness;
beforeEach(async () => {
  world = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
});
afterEach(() => world.close());

/** Sign-up rows in the database: the effect a repeated button press must have once. */
const signUps = () => world.db.prisma.signUp.count();
/** Guests announced in all poll answers: one per handled "+guest". */
const guests = async () => (await world.db.prisma.attendance.findMany()).reduce((n, a) => n + a.guests, 0);

describe("Telegram redelivers an update", () => {
  let t: TelegramHarness;
  afterEach(() => t.stop());

  it(`in long polling, the same update handed over ${TIMES} times in one batch is handled once`, async () => {
    t = await telegramHarness(world);
    await t.userSays(t.group, t.users[0], "/installer Belleville");
    const id = t.fake.userSaysRepeatedly(t.groupChat.id, t.people.alice, ADD_GUEST, TIMES);
    await until(() => t.fake.allConfirmed(id), "every copy to be confirmed", 20_000, 10);
    expect(t.fake.state.updates.filter((u) => u.update_id === id)).toHaveLength(TIMES);
    expect(await guests()).toBe(1);
    expect(t.messages(t.group)).toHaveLength(2); // the /installer reply, then one answer
    expect(answers(t.messages(t.group))).toBe(1);
  });

  it("in long polling, an update offered again after each of three restarts is handled once", async () => {
    t = await telegramHarness(world);
    await t.userSays(t.group, t.users[0], "/installer Belleville");
    await t.userSays(t.group, t.users[1], ADD_GUEST);
    for (let i = 0; i < 3; i++) await t.redeliverLast();
    expect(await guests()).toBe(1);
    expect(t.messages(t.group)).toHaveLength(2);
  });

  it(`on a webhook, the same update POSTed ${TIMES} times at once, and again after a restart, is handled once`, async () => {
    t = await telegramHarness(world, { webhook: true });
    await t.userSays(t.group, t.users[0], "/installer Belleville");
    await t.userSays(t.group, t.users[1], ADD_GUEST);
    const update = t.fake.update(t.fake.lastUpdateId);
    const statuses = await Promise.all(Array.from({ length: TIMES }, () => t.fake.postToWebhook(update)));
    expect(statuses).toEqual(statuses.map(() => 200));
    // A new process: a new adapter on a new HTTP server, which sets the webhook to itself.
    await t.adapter.stop();
    const http = createHttpServer(0, world.log);
    const url = `http://127.0.0.1:${await http.listen()}/telegram/hook`;
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: t.fake.token, TELEGRAM_API_ROOT: t.fake.apiRoot, TELEGRAM_WEBHOOK_URL: url });
    const restarted = createTelegramAdapter({ config, log: world.log, http, fatal: () => undefined });
    await restarted.start(world.core);
    expect(t.fake.webhook?.url).toBe(url);
    expect(await t.fake.postToWebhook(update)).toBe(200);
    await restarted.stop();
    await http.close();
    expect(await guests()).toBe(1);
    expect(t.messages(t.group)).toHaveLength(2);
  });

  it(`on a webhook, a button press POSTed ${TIMES} times at once signs the presser up once and answers the press once`, async () => {
    t = await telegramHarness(world, { webhook: true });
    await t.userSays(t.group, t.users[0], "/installer Belleville");
    await t.userSays(t.group, t.users[0], "/creneaux");
    await t.press(t.group, t.users[1], /Cuisine mar/);
    const update = t.fake.update(t.fake.lastUpdateId);
    await Promise.all(Array.from({ length: TIMES }, () => t.fake.postToWebhook(update)));
    expect(await signUps()).toBe(1);
    // Every copy's spinner is stopped, but only the first says anything.
    expect(t.fake.callsOf("answerCallbackQuery").filter((c) => c.params.text)).toHaveLength(1);
    expect(t.toasts(t.users[1])).toEqual(["Inscription confirmée"]);
  });
});

describe("Discord redelivers an interaction", () => {
  let d: DiscordHarness;
  let second: DiscordHarness | undefined;
  afterEach(async () => {
    await second?.stop();
    second = undefined;
    await d.stop();
  });

  /** Dispatches the interaction `times` more times at once; resolves when the adapter settled each. */
  const replay = async (h: DiscordHarness, id: string, times: number) => {
    let settledCount = 0;
    const off = h.adapter.onSettled((x) => void (x === id && settledCount++));
    for (let i = 0; i < times; i++) h.fake.redeliver(id);
    await eventually(() => settledCount === times, `${times} replays of interaction ${id} to settle`);
    off();
  };

  it(`the same slash command dispatched ${TIMES} times at once, and again after a restart, is handled once`, async () => {
    d = await discordHarness(world);
    await d.userSays(d.group, d.users[0], "/setup Belleville");
    // Not idempotent either: each handling of /invite creates a new code.
    await d.userSays(d.group, d.users[0], "/invite");
    const first = [...d.fake.world.interactions.values()].at(-1)!;
    await replay(d, first.id, TIMES);
    await d.adapter.stop();
    second = await discordHarness(world, { fake: d.fake });
    await replay(second, first.id, 3);
    expect(await world.db.prisma.invite.count()).toBe(1);
    // The welcome in the channel, and the code once, for its asker alone (ephemeral).
    expect(d.messages(d.group)).toHaveLength(1);
    expect(d.toasts(d.users[0]).filter((t) => t.includes("/setup "))).toHaveLength(1);
    const callbacks = d.fake.rest.callsTo("POST", new RegExp(`^/interactions/${first.id}/`));
    expect(callbacks.filter((c) => c.status < 300)).toHaveLength(1);
  });

  it(`the announcement's "+1 guest" button dispatched ${TIMES} times at once adds one guest and one toast`, async () => {
    d = await discordHarness(world);
    await d.userSays(d.group, d.users[0], "/setup Belleville");
    // Tuesday's announcement, posted by the ledger through the adapter, with its poll buttons.
    world.ledger.attach(d.adapter);
    const { canteen } = (await world.store.findChat(d.group))!;
    world.clock.set("2026-11-24T09:00:00Z");
    await world.core.rhythm.execute(canteen, "announce", "2026-11-24", world.clock.now());
    await world.ledger.drain();
    await d.press(d.group, d.users[1], /1 invité/);
    const press = [...d.fake.world.interactions.values()].at(-1)!;
    await replay(d, press.id, TIMES);
    expect(await guests()).toBe(1);
    expect(d.toasts(d.users[1])).toHaveLength(1);
  });
});

describe("Slack redelivers a request", () => {
  let s: SlackWorld;
  afterEach(() => s.stop());

  /** Sends `req` `times` times at once, as Slack's retries (X-Slack-Retry-Num 1, 2, …). */
  const burst = (req: SlackRequest, times: number) =>
    Promise.all(Array.from({ length: times }, (_, i) => s.deliver(req, { retryNum: i + 1, retryReason: "http_timeout" })));

  it(`over HTTP, a slash command delivered ${TIMES} times at once, and again to a restarted adapter, is handled once`, async () => {
    s = await startSlackWorld(world);
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    const req = s.slack.slashCommand(s.channels.group, s.users.alice, "/eat", "mardi +guest");
    expect((await s.deliver(req)).status).toBe(200);
    expect((await burst(req, TIMES)).map((r) => r.status)).toEqual(Array.from({ length: TIMES }, () => 200));

    // A new process: a new adapter and HTTP server on the same workspace and database.
    await s.adapter.stop();
    const http = createHttpServer(0, world.log);
    const restarted = createSlackAdapter({ config: slackConfig(s.api.apiUrl), log: world.log, http, fatal: () => undefined });
    await restarted.start(world.core);
    const again = new SlackRequester({
      url: `http://127.0.0.1:${await http.listen()}/slack/events`,
      signingSecret: SIGNING_SECRET,
      api: s.api,
    });
    expect((await again.send(req, { retryNum: 3 })).status).toBe(200);
    await restarted.idle();
    await restarted.stop();
    await http.close();

    expect(await guests()).toBe(1);
    expect(s.api.messages(s.channels.group)).toHaveLength(2);
    expect(answers(s.api.messages(s.channels.group))).toBe(1);
  });

  it.each([
    ["over HTTP, an app mention", false],
    ["in Socket Mode, an event envelope", true],
  ] as const)(`%s redelivered ${TIMES} times at once is handled once`, async (_how, socketMode) => {
    s = await startSlackWorld(world, { socketMode });
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    const req = s.slack.mention(s.channels.group, s.users.alice, "<@U0BOT> eat mardi +guest");
    await burst(req, TIMES);
    expect(await guests()).toBe(1);
    expect(s.api.messages(s.channels.group)).toHaveLength(2);
    expect(answers(s.api.messages(s.channels.group))).toBe(1);
  });

  it(`a button press delivered ${TIMES} times at once signs the presser up once`, async () => {
    s = await startSlackWorld(world);
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    await s.says(s.channels.group, s.users.mona, "/slots");
    const sheet = s.api.channels.get(s.channels.group)!.messages.at(-1)!;
    const button = sheet
      .blocks!.flatMap((b) => b.elements ?? [])
      .find((e) => typeof e.text === "object" && /Cuisine mar/.test(e.text.text ?? ""))!;
    const req = s.slack.blockAction(s.channels.group, s.users.alice, sheet, button.action_id!);
    await burst(req, TIMES);
    expect(await signUps()).toBe(1);
    expect(s.api.ephemeralTexts(s.users.alice.id)).toEqual(["Inscription confirmée"]);
  });
});
