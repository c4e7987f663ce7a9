// The latency benchmark's yardstick: a bare telegraf bot that answers every message at once,
// without a core, a store or a database, in its own process (bare-bot-process.ts). It receives
// and answers as Tablée's Telegram adapter does (adapters/telegram/): a webhook at /telegram/hook
// on src/http.ts's server, checked by telegraf's secret token, webhookReply off, one sendMessage
// through telegraf's client to the same fake Bot API, awaited before the webhook answers. What it
// leaves out is Tablée's own work: decoding, the per-chat queue and the pacer, the core, the
// store, rendering.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BareBotStart } from "./bare-bot-process.ts";
import type { RemoteFake } from "./remote-fake.ts";

/** The webhook path, as Tablée's adapter takes it from TELEGRAM_WEBHOOK_URL in the benchmark. */
export const HOOK_PATH = "/telegram/hook";

/** A running bare bot. */
export interface BareBot {
  webhookUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a bare bot on its own loopback HTTP server. `replies` gives the sendMessage parameters
 * (all but chat_id) for each chat: the benchmark passes Tablée's own reply to that person, so both
 * bots send the same shape and size of message.
 */
export async function startBareBot(fake: RemoteFake, secret: string, replies: Map<number, Record<string, unknown>>): Promise<BareBot> {
  const child = fork(fileURLToPath(new URL("./bare-bot-process.ts", import.meta.url)), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const start: BareBotStart = { token: fake.token, apiRoot: fake.apiRoot, secret, path: HOOK_PATH, replies: [...replies] };
  const webhookUrl = await new Promise<string>((resolve, reject) => {
    child.once("message", (m: { url: string }) => resolve(m.url));
    child.once("exit", (code) => reject(new Error(`bare bot process exited (${code})`)));
    child.send(start);
  });
  return {
    webhookUrl,
    async stop() {
      const exited = new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
      child.disconnect();
      await exited;
    },
  };
}
