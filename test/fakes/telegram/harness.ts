// The Telegram PlatformHarness: a fake Bot API on loopback, the real adapter (telegraf inside)
// pointed at it through TELEGRAM_API_ROOT, wired to the test's real core. Long polling by
// default; `webhook: true` runs the adapter's webhook on a real shared HTTP server instead.
import { createTelegramAdapter, type TelegramAdapterOptions } from "../../../adapters/telegram/adapter.ts";
import type { Adapter } from "../../../src/kernel/adapter.ts";
import type { Core } from "../../../src/kernel/core.ts";
import { loadConfig } from "../../../src/config.ts";
import { createHttpServer, type HttpServer } from "../../../src/http.ts";
import type { FakeUser, PlatformHarness } from "../../contract/adapter-contract.ts";
import type { Harness } from "../../helpers/harness.ts";
import { FakeTelegram } from "./server.ts";
import type { TgChat, TgUser } from "./state.ts";

/** How to run the adapter under test. */
export interface TelegramHarnessOptions extends TelegramAdapterOptions {
  /** Webhook mode (with this secret, or a generated one when `true`). */
  webhook?: boolean | { secret: string };
  /** The core the adapter talks to (default: the world's). */
  core?: Core;
  /** More environment variables for the adapter's configuration (TABLEE_PUBLIC_URL…). */
  env?: Record<string, string>;
  /** Rewrites the fake's Bot API address the adapter is given (a proxy in front of it). */
  through?: (apiRoot: string) => string;
}

/** The contract's harness plus the fake and its people, for Telegram-specific tests. */
export interface TelegramHarness extends PlatformHarness {
  fake: FakeTelegram;
  people: { mona: TgUser; alice: TgUser; bob: TgUser };
  groupChat: TgChat;
  otherGroupChat: TgChat;
  /** Errors the adapter reported as fatal. */
  fatals: Error[];
  /** The public webhook URL given to the adapter (webhook mode). */
  webhookUrl?: string;
  /** Stops the adapter and starts a fresh one (a process restart), on the same fake and database. */
  restart(): Promise<void>;
  /** A user of the fake as the contract sees them. */
  user(u: TgUser): FakeUser;
}

/** Starts the fake and the adapter. */
export async function telegramHarness(world: Harness, opts: TelegramHarnessOptions = {}): Promise<TelegramHarness> {
  const fake = await FakeTelegram.start();
  const s = fake.state;
  const people = {
    mona: s.addUser({ first_name: "Mona", username: "mona_b", language_code: "fr" }),
    alice: s.addUser({ first_name: "Alice", last_name: "Martin", language_code: "fr" }),
    bob: s.addUser({ first_name: "Bob", username: "bob_cooks", language_code: "en" }),
  };
  const groupChat = s.addGroup("Cantine de Belleville");
  const otherGroupChat = s.addGroup("Cantine de Vaise", "supergroup");
  const fatals: Error[] = [];
  const core = opts.core ?? world.core;

  let webhookUrl: string | undefined;
  const apiRoot = opts.through ? opts.through(fake.apiRoot) : fake.apiRoot;
  const env: Record<string, string> = { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: apiRoot, TABLEE_LOCALE: "fr", ...opts.env };
  const http: HttpServer = createHttpServer(0, world.log);
  if (opts.webhook) {
    const port = await http.listen();
    webhookUrl = `http://127.0.0.1:${port}/telegram/hook`;
    env.TELEGRAM_WEBHOOK_URL = webhookUrl;
    if (typeof opts.webhook === "object") env.TELEGRAM_WEBHOOK_SECRET = opts.webhook.secret;
  }
  const config = loadConfig(env);
  const make = (): Adapter =>
    createTelegramAdapter({ config, log: world.log, http, fatal: (e) => fatals.push(e), deliveries: world.ledger }, opts);
  let adapter = make();
  await adapter.start(core);

  const tgUser = (u: FakeUser): TgUser => s.users.get(Number(u.id))!;
  const chatId = (address: string): number => Number(address.replace(/^telegram:/, ""));
  const user = (u: TgUser): FakeUser => ({
    id: String(u.id),
    name: [u.first_name, u.last_name].filter(Boolean).join(" "),
    address: `telegram:${u.id}`,
  });

  const h: TelegramHarness = {
    get adapter() {
      return adapter;
    },
    group: `telegram:${groupChat.id}`,
    otherGroup: `telegram:${otherGroupChat.id}`,
    users: [user(people.mona), user(people.alice), user(people.bob)],
    fake,
    people,
    groupChat,
    otherGroupChat,
    fatals,
    webhookUrl,
    user,
    async userSays(chat, u, text) {
      await fake.handled(fake.userSays(chatId(chat), tgUser(u), text));
    },
    async press(chat, u, label) {
      await fake.handled(fake.press(chatId(chat), tgUser(u), label));
    },
    messages: (chat) => fake.messages(chatId(chat)),
    toasts: (u) => fake.toasts(Number(u.id)),
    async redeliverLast() {
      const last = fake.lastUpdateId;
      if (opts.webhook) {
        // Telegram retries a webhook delivery whose answer it did not get.
        const status = await fake.postToWebhook(fake.update(last));
        if (status !== 200) throw new Error(`webhook redelivery answered ${status}`);
        return;
      }
      // Polling: the bot restarts after handling the update but before confirming it.
      await adapter.stop();
      fake.unconfirm(last);
      adapter = make();
      await adapter.start(core);
      await fake.handled(last);
    },
    failNextPost(chat, failure, retryAfterSeconds = 5) {
      fake.failNext(
        { method: "sendMessage", chatId: chatId(chat) },
        failure === "rate-limited"
          ? {
              code: 429,
              description: `Too Many Requests: retry after ${retryAfterSeconds}`,
              parameters: { retry_after: retryAfterSeconds },
            }
          : { code: 403, description: "Forbidden: bot was kicked from the group chat" },
      );
    },
    async restart() {
      await adapter.stop();
      adapter = make();
      await adapter.start(core);
    },
    async stop() {
      await adapter.stop();
      await http.close();
      await fake.close();
    },
  };
  return h;
}
