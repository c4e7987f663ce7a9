// The one place where configuration, database, core and adapters are wired together.
import type { Adapter } from "./core/adapter.ts";
import { createCore, type Core } from "./core/core.ts";
import type { Clock, Logger, Store } from "./core/ports.ts";
import { type Config, enabledPlatforms } from "./config.ts";
import { openDatabase, type Database } from "./store/database.ts";
import { migrate } from "./store/migrate.ts";
import { createPrismaStore } from "./store/prisma-store.ts";
import { createConsoleAdapter } from "../adapters/console/adapter.ts";
import type { AdapterDeps } from "../adapters/deps.ts";
import { createDiscordAdapter } from "../adapters/discord/adapter.ts";
import { createSlackAdapter } from "../adapters/slack/adapter.ts";
import { createTelegramAdapter } from "../adapters/telegram/adapter.ts";
import { createHttpServer } from "./http.ts";

const PLATFORM_ADAPTERS: Record<"telegram" | "discord" | "slack", (deps: AdapterDeps) => Adapter> = {
  telegram: createTelegramAdapter,
  discord: createDiscordAdapter,
  slack: createSlackAdapter,
};

/** A running Tablée. */
export interface App {
  core: Core;
  store: Store;
  db: Database;
  adapters: Adapter[];
  /** Resolves when every adapter has finished on its own (console end of input). */
  finished: Promise<void>;
  stop(): Promise<void>;
}

/** Options tests and the CLI pass in. */
export interface AppOptions {
  config: Config;
  log: Logger;
  clock?: Clock;
  /** Console streams (tests); the process's own by default. */
  console?: Parameters<typeof createConsoleAdapter>[0];
  /** Force the console even when platform tokens are configured. */
  forceConsole?: boolean;
  /** Called when an adapter cannot recover; main.ts exits non-zero. Default: log and exit(1). */
  onFatal?: (error: Error) => void;
}

const systemClock: Clock = { now: () => new Date() };

/** Migrates the database, builds the core and starts the adapters the configuration enables. */
export async function startApp(opts: AppOptions): Promise<App> {
  const { config, log } = opts;
  const applied = await migrate(config.DATABASE_URL);
  if (applied.length > 0) log.info({ applied }, "database migrated");
  const db = await openDatabase(config.DATABASE_URL);
  const store = createPrismaStore(db);
  const core = createCore({
    store,
    clock: opts.clock ?? systemClock,
    log,
    defaults: { timezone: config.TABLEE_TIMEZONE, locale: config.TABLEE_LOCALE },
  });

  const http = createHttpServer(config.PORT, log);
  const adapters: Adapter[] = [];
  const platforms = enabledPlatforms(config);
  if (platforms.length === 0 || opts.forceConsole) adapters.push(createConsoleAdapter(opts.console));
  const fatal =
    opts.onFatal ??
    ((error: Error) => {
      log.error({ err: error }, "unrecoverable adapter failure: exiting");
      process.exit(1);
    });
  for (const p of platforms) adapters.push(PLATFORM_ADAPTERS[p]({ config, log, http, fatal }));

  try {
    for (const a of adapters) await a.start(core);
    if (http.used) log.info({ port: await http.listen() }, "HTTP server listening");
  } catch (e) {
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await http.close();
    await db.close();
    throw e;
  }
  log.info({ adapters: adapters.map((a) => a.platform), database: db.provider }, "Tablée started");

  const finished = Promise.all(adapters.map((a) => a.finished ?? new Promise<void>(() => undefined))).then(() => undefined);
  return {
    core,
    store,
    db,
    adapters,
    finished,
    async stop() {
      await Promise.allSettled(adapters.map((a) => a.stop()));
      await http.close();
      await db.close();
    },
  };
}
