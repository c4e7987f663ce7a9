// The bare bot of bare-bot.ts, in a process of its own: Tablée's work in the benchmark's process
// must not hold up its event loop, since both bots answer at the same time. The parent sends
// { token, apiRoot, secret, replies } once, gets { url } back, and disconnects to end it.
// The yardstick must be telegraf itself, outside Tablée's adapter: the one SDK import allowed outside adapters/telegram/.
// eslint-disable-next-line no-restricted-imports
import { Telegraf, type Context } from "telegraf";
import { timeoutSignal } from "../../adapters/telegram/transport.ts";
import { createHttpServer } from "../../src/http.ts";
import { silentLog } from "./util.ts";

/** What the parent sends to start the bot: `replies` are the sendMessage parameters (all but chat_id) per chat. */
export interface BareBotStart {
  token: string;
  apiRoot: string;
  secret: string;
  path: string;
  replies: [number, Record<string, unknown>][];
}

process.once("message", (m: BareBotStart) => {
  void (async () => {
    const replies = new Map(m.replies);
    const bot = new Telegraf<Context>(m.token, { telegram: { webhookReply: false, apiRoot: m.apiRoot } });
    bot.botInfo = await bot.telegram.callApi("getMe", {}, timeoutSignal()); // as the adapter's start does
    bot.on("message", async (ctx) => {
      const reply = replies.get(ctx.chat.id) ?? { text: "ok" };
      await ctx.telegram.callApi("sendMessage", { ...reply, chat_id: ctx.chat.id } as never, timeoutSignal());
    });
    const http = createHttpServer(0, silentLog);
    const callback = bot.webhookCallback(m.path, { secretToken: m.secret });
    http.route(m.path, (req, res) => {
      void callback(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    process.send!({ url: `http://127.0.0.1:${await http.listen()}${m.path}` });
  })().catch((e: unknown) => {
    console.error("bare bot failed:", e);
    process.exit(1);
  });
});
process.on("disconnect", () => process.exit(0));
