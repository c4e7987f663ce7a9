// The real Telegram adapter (telegraf inside) against the fake Bot API of test/fakes/telegram
// (in its own process), wired to a benchmark world, with Telegram's limits optionally run faster.
import { createTelegramAdapter, TELEGRAM_RATE_POLICY } from "../../adapters/telegram/adapter.ts";
import type { Adapter, RatePolicy } from "../../src/kernel/adapter.ts";
import { DEFAULT_ROLES } from "../../src/kernel/roles.ts";
import { loadConfig } from "../../src/config.ts";
import { createHttpServer, type HttpServer } from "../../src/http.ts";
import type { TgUser } from "../../test/fakes/telegram/state.ts";
import { RemoteFake } from "./remote-fake.ts";
import { silentLog } from "./util.ts";
import { scaledPolicy } from "./windows.ts";
import type { BenchWorld } from "./world.ts";

/** A running adapter and its fake. */
export interface TelegramRig {
  fake: RemoteFake;
  adapter: Adapter;
  http: HttpServer;
  /** The limits the adapter paces to (Telegram's, `speed` times faster). */
  policy: RatePolicy;
  /** The webhook URL, in webhook mode. */
  webhookUrl?: string;
  stop(): Promise<void>;
}

/** Starts the fake and the adapter (long polling, or a webhook on a loopback HTTP server). */
export async function startTelegram(
  world: BenchWorld,
  opts: { speed?: number; webhook?: boolean; policy?: RatePolicy } = {},
): Promise<TelegramRig> {
  const fake = await RemoteFake.start();
  const policy = opts.policy ?? scaledPolicy(TELEGRAM_RATE_POLICY, opts.speed ?? 1);
  const env: Record<string, string> = { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, TABLEE_LOCALE: "fr" };
  const http = createHttpServer(0, silentLog);
  let webhookUrl: string | undefined;
  if (opts.webhook) {
    webhookUrl = `http://127.0.0.1:${await http.listen()}/telegram/hook`;
    env.TELEGRAM_WEBHOOK_URL = webhookUrl;
    env.TELEGRAM_WEBHOOK_SECRET = "bench-secret";
  }
  const adapter = createTelegramAdapter(
    { config: loadConfig(env), log: silentLog, http, fatal: (e) => console.error("telegram adapter failed:", e) },
    { ratePolicy: policy },
  );
  await adapter.start(world.core);
  world.ledger.attach(adapter);
  return {
    fake,
    adapter,
    http,
    policy,
    webhookUrl,
    async stop() {
      await adapter.stop();
      await http.close();
      await fake.close();
    },
  };
}

/** Creates the benchmark canteen linked to `chat`, founded by `founder`; returns its id. */
export async function benchCanteen(world: BenchWorld, chat: number, founder: TgUser): Promise<number> {
  const res = await world.store.setupCanteen({
    name: "Cantine du banc d'essai",
    slug: "cantine du banc d'essai",
    timezone: "Europe/Paris",
    locale: "fr",
    roles: DEFAULT_ROLES,
    chat: { address: `telegram:${chat}`, platform: "telegram", title: "Cantine du banc d'essai" },
    founder: { address: `telegram:${founder.id}`, name: founder.first_name, platform: "telegram" },
  });
  return res.canteen.id;
}
