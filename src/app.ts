// The one place where configuration, database, core, scheduler, delivery ledger and adapters
// are wired together, and the one place that lists the features (each a folder of src/features).
import { PLATFORM_CAPABILITIES } from "../adapters/capabilities.ts";
import type { Adapter } from "./kernel/adapter.ts";
import type { CommandSpec } from "./kernel/commands/registry.ts";
import { createCore, type Core } from "./kernel/core.ts";
import type { Clock, KernelStore, Logger } from "./kernel/ports.ts";
import { type Config, enabledPlatforms } from "./config.ts";
import { Ledger, type LedgerTuning } from "./delivery/ledger.ts";
import { createHttpServer } from "./http.ts";
import { serveBoard } from "./web/serve.ts";
import { Scheduler, type SchedulerTuning } from "./schedule/scheduler.ts";
import { openDatabase, sqlitePath, type Database } from "./store/database.ts";
import { databaseHealth } from "./store/health.ts";
import { createPrismaStore } from "./store/prisma-store.ts";
import { migrateAtStart } from "./startup/database.ts";
import { startRetryWindowMs } from "./startup/retry.ts";
import { createConsoleAdapter, type ConsoleAdapter } from "../adapters/console/adapter.ts";
import { ConsoleClock, tickCommand } from "../adapters/console/tick.ts";
import type { AdapterDeps } from "../adapters/deps.ts";
import type { AppFeature } from "./shells.ts";
import { board, type BoardStore } from "./features/board/index.ts";
import { calendar, type CalendarStore } from "./features/calendar/index.ts";
import { canteen } from "./features/canteen/index.ts";
import { closeout, type CloseoutStore } from "./features/closeout/index.ts";
import { closure, type ClosureStore } from "./features/closure/index.ts";
import { help } from "./features/help/index.ts";
import { home } from "./features/home/index.ts";
import { hygiene, type HygieneStore } from "./features/hygiene/index.ts";
import { impact, type ImpactStore } from "./features/impact/index.ts";
import { language, type LanguageStore } from "./features/language/index.ts";
import { link, type LinkStore } from "./features/link/index.ts";
import { lunch, type LunchStore } from "./features/lunch/index.ts";
import { menu, type MenuStore } from "./features/menu/index.ts";
import { mydata, type MydataStore } from "./features/mydata/index.ts";
import { network, type NetworkStore } from "./features/network/index.ts";
import { poll } from "./features/poll/index.ts";
import { profile } from "./features/profile/index.ts";
import { publicPage, type PublicStore } from "./features/public/index.ts";
import { replace, type ReplaceStore } from "./features/replace/index.ts";
import { sheet, type SheetStore } from "./features/sheet/index.ts";
import { settings } from "./features/settings/index.ts";
import { survey, type SurveyStore } from "./features/survey/index.ts";

/**
 * Every feature Tablée runs, in the order /help lists their commands. Adding a feature is one
 * folder under src/features and one line here (and its store port in Store below, if it has one).
 */
export const FEATURES = [
  sheet,
  poll,
  menu,
  profile,
  link,
  mydata,
  canteen,
  settings,
  closure,
  lunch,
  language,
  replace,
  closeout,
  hygiene,
  survey,
  impact,
  network,
  calendar,
  publicPage,
  board,
  home,
  help,
] as const satisfies readonly AppFeature[];

/** The whole store: the kernel's part and each feature's port (the features' `store` parts implement them). */
export interface Store
  extends
    KernelStore,
    MenuStore,
    LunchStore,
    LanguageStore,
    LinkStore,
    MydataStore,
    ReplaceStore,
    SheetStore,
    CloseoutStore,
    ClosureStore,
    HygieneStore,
    SurveyStore,
    ImpactStore,
    NetworkStore,
    BoardStore,
    CalendarStore,
    PublicStore {}

/** Every feature's `store` part, together (the intersection of what each returns). */
type FeatureParts = UnionToIntersection<ReturnType<Extract<(typeof FEATURES)[number], { store: unknown }>["store"]>>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** Compile-time check: the features' parts implement every feature port of the Store (the kernel's part is the shell's). */
const _featurePortsCovered = (parts: FeatureParts): Omit<Store, keyof KernelStore> => parts;

/** Each platform's adapter, loaded only when configured (an SDK costs memory at load). */
const PLATFORM_ADAPTERS: Record<"telegram" | "discord" | "slack", () => Promise<(deps: AdapterDeps) => Adapter>> = {
  telegram: async () => (await import("../adapters/telegram/adapter.ts")).createTelegramAdapter,
  discord: async () => (await import("../adapters/discord/adapter.ts")).createDiscordAdapter,
  slack: async () => (await import("../adapters/slack/adapter.ts")).createSlackAdapter,
};

/** A running Tablée. */
export interface App {
  core: Core;
  store: Store;
  db: Database;
  ledger: Ledger;
  scheduler: Scheduler;
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
  ledger?: Partial<LedgerTuning>;
  scheduler?: Partial<SchedulerTuning>;
}

const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at `start` and runs `speed` times faster than real time (demos, tests). */
export function acceleratedClock(start: Date, speed: number): Clock {
  const origin = Date.now();
  return { now: () => new Date(start.getTime() + (Date.now() - origin) * speed) };
}

/** How often the features' long-lived parts are swept (the survey pools checked for closed surveys). */
const SWEEP_MS = 60_000;

/** Migrates the database, builds the core and starts the scheduler, the ledger and the adapters. */
export async function startApp(opts: AppOptions): Promise<App> {
  const { config, log } = opts;
  // The first contact: a database not reachable yet is waited for (TABLEE_START_RETRY_SECONDS).
  const applied = await migrateAtStart(config.DATABASE_URL, startRetryWindowMs(config), log);
  if (applied.length > 0) log.info({ applied }, "database migrated");
  const db = await openDatabase(config.DATABASE_URL);
  const store = createPrismaStore(db, FEATURES);

  const platforms = enabledPlatforms(config);
  const withConsole = platforms.length === 0 || Boolean(opts.forceConsole);
  // TABLEE_CLOCK_START / TABLEE_CLOCK_SPEED start the clock elsewhere or run it faster (demos,
  // multi-process tests); in the console, /tick can also move it.
  const start = config.TABLEE_CLOCK_START ? new Date(config.TABLEE_CLOCK_START) : new Date();
  const speed = config.TABLEE_CLOCK_SPEED ?? 1;
  const consoleClock = withConsole && !opts.clock ? new ConsoleClock(start, speed) : undefined;
  const configured = config.TABLEE_CLOCK_START || config.TABLEE_CLOCK_SPEED ? acceleratedClock(start, speed) : undefined;
  const clock = opts.clock ?? consoleClock ?? configured ?? systemClock;

  // The ledger composes messages with the core, which queues them in the ledger: the closure
  // below is only called once both exist.
  const ledger = new Ledger(db, store, clock, log, (d) => core.compose(d.canteenId, d.kind, d.subject, d.target), {
    // The terminal shows each change at once; chat platforms get coalesced edits.
    ...(withConsole && platforms.length === 0 ? { editCoalesceMs: 0 } : {}),
    ...opts.ledger,
  });
  const scheduler = new Scheduler(db, store, () => core.rhythm, clock, log, opts.scheduler);
  const extra: CommandSpec[] = consoleClock
    ? [
        tickCommand(
          consoleClock,
          () => scheduler.plan(consoleClock.now()),
          async () => {
            await scheduler.tick();
            await core.sweep(consoleClock.now());
            await ledger.drain();
          },
          config.TABLEE_TIMEZONE,
        ),
      ]
    : [];
  // The board's address once it listens (null while it does not: /board then says so).
  let boardUrl: string | null = null;
  const core: Core = createCore(
    {
      store,
      clock,
      log,
      outbox: ledger,
      defaults: { timezone: config.TABLEE_TIMEZONE, locale: config.TABLEE_LOCALE },
      boardUrl: () => boardUrl,
      capabilities: PLATFORM_CAPABILITIES,
      features: FEATURES,
    },
    extra,
  );
  // A personal message (a login link) is never copied into a group: the features say which kinds are.
  ledger.personal = (kind) => core.rhythm.personal(kind);

  const http = createHttpServer(config.PORT, log);
  // /healthz writes a heartbeat row: 503 naming the cause when the database cannot be written.
  http.health(databaseHealth(db, db.provider === "sqlite" ? sqlitePath(config.DATABASE_URL) : undefined));
  serveBoard(
    http,
    {
      core,
      store,
      clock,
      log,
      publicUrl: () => boardUrl ?? config.TABLEE_PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`,
      defaultLocale: config.TABLEE_LOCALE,
      trustProxy: config.TRUST_PROXY,
      telegramBotToken: config.TELEGRAM_BOT_TOKEN ?? null,
    },
    FEATURES,
  );
  const adapters: Adapter[] = [];
  if (withConsole) {
    const consoleAdapter: ConsoleAdapter = createConsoleAdapter(opts.console);
    consoleAdapter.beforeExit = () => ledger.drain();
    consoleAdapter.afterEachLine = () => ledger.drain();
    adapters.push(consoleAdapter);
  }
  const fatal =
    opts.onFatal ??
    ((error: Error) => {
      log.error({ err: error }, "unrecoverable adapter failure: exiting");
      process.exit(1);
    });
  for (const p of platforms) adapters.push((await PLATFORM_ADAPTERS[p]())({ config, log, http, fatal, deliveries: ledger }));

  try {
    for (const a of adapters) {
      await a.start(core);
      ledger.attach(a);
    }
    // The board is always served; only when no adapter needs the server is a taken port not fatal.
    const port = await http.listen().catch((e: NodeJS.ErrnoException) => {
      // A taken port comes wrapped as the operator's StartupError, the system error as its cause.
      const code = e.code ?? (e.cause as NodeJS.ErrnoException | undefined)?.code;
      if (http.used || code !== "EADDRINUSE") throw e;
      log.warn({ port: config.PORT }, "port in use: the web board is not served");
      return null;
    });
    if (port !== null) {
      boardUrl = (config.TABLEE_PUBLIC_URL ?? `http://127.0.0.1:${port}`).replace(/\/+$/, "");
      log.info({ port }, "HTTP server listening");
    }
  } catch (e) {
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await http.close();
    await db.close();
    throw e;
  }
  ledger.start();
  scheduler.start();
  // Surveys whose window closed get their last answers counted (src/features/survey/pool.ts).
  const sweeping = setInterval(() => void core.sweep(clock.now()).catch((err) => log.warn({ err }, "feature sweep failed")), SWEEP_MS);
  sweeping.unref();
  log.info({ adapters: adapters.map((a) => a.platform), database: db.provider }, "Tablée started");

  const finished = Promise.all(adapters.map((a) => a.finished ?? new Promise<void>(() => undefined))).then(() => undefined);
  return {
    core,
    store,
    db,
    ledger,
    scheduler,
    adapters,
    finished,
    async stop() {
      clearInterval(sweeping);
      await scheduler.stop();
      await Promise.allSettled(adapters.map((a) => a.stop()));
      // No press comes in any more: the features stop (survey pools of five or more counted, smaller ones dropped).
      await core.stop();
      await ledger.stop();
      await http.close();
      await db.close();
    },
  };
}
