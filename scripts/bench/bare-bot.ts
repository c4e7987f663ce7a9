// The latency benchmark's yardstick: a bare telegraf bot that answers every message at once,
// without a core, a store or a database. It receives and answers as Tablée's Telegram adapter
// does (adapters/telegram/): a webhook at /telegram/hook on src/http.ts's server, checked by
// telegraf's secret token, webhookReply off, one sendMessage through telegraf's client to the
// same fake Bot API, awaited before the webhook answers. What it leaves out is Tablée's own work:
// decoding, the per-chat queue and the pacer, the core, the store, rendering.
// The yardstick must be telegraf itself, outside Tablée's adapter: the one SDK import allowed outside adapters/telegram/.
// eslint-disable-next-line no-restricted-imports
import { Telegraf, type Context } from "telegraf";
import { timeoutSignal } from "../../adapters/telegram/transport.ts";
import { createHttpServer } from "../../src/http.ts";
import type { RemoteFake } from "./remote-fake.ts";
import { silentLog } from "./util.ts";

/** The webhook path, as Tablée's adapter takes it from TELEGRAM_WEBHOOK_URL in the benchmark. */
export const HOOK_PATH = "/telegram/hook";

/** A running bare bot. */
export interface BareBot {
  webhookUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a bare bot on its own loopback HTTP server. `reply` gives the sendMessage parameters
 * (all but chat_id) for a chat: the benchmark passes Tablée's own reply to that person, so both
 * bots send the same shape and size of message.
 */
export async function startBareBot(fake: RemoteFake, secret: string, reply: (chatId: number) => Record<string, unknown>): Promise<BareBot> {
  const bot = new Telegraf<Context>(fake.token, { telegram: { webhookReply: false, apiRoot: fake.apiRoot } });
  bot.botInfo = await bot.telegram.callApi("getMe", {}, timeoutSignal()); // as the adapter's start does
  bot.on("message", async (ctx) => {
    await ctx.telegram.callApi("sendMessage", { ...reply(ctx.chat.id), chat_id: ctx.chat.id } as never, timeoutSignal());
  });
  const http = createHttpServer(0, silentLog);
  const callback = bot.webhookCallback(HOOK_PATH, { secretToken: secret });
  http.route(HOOK_PATH, (req, res) => {
    void callback(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const webhookUrl = `http://127.0.0.1:${await http.listen()}${HOOK_PATH}`;
  return { webhookUrl, stop: () => http.close() };
}
