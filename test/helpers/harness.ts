// Drives the real core on a real (temporary) database with a clock the test moves.
// Replies come back as plain text, the way a person reads them.
import { PLATFORM_CAPABILITIES } from "../../adapters/capabilities.ts";
import { createCore, type Core } from "../../src/kernel/core.ts";
import type { CommandSpec } from "../../src/kernel/commands/registry.ts";
import type { CoreDeps } from "../../src/kernel/context.ts";
import { Ledger, type LedgerTuning } from "../../src/delivery/ledger.ts";
import { authorView, plainText, type IncomingEvent, type Outcome } from "../../src/kernel/model.ts";
import type { Clock, Logger, Store } from "../../src/kernel/ports.ts";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import type { RandomIndex } from "../../src/features/survey/pool.ts";
import { RecordingAdapter } from "./recording-adapter.ts";
import { suiteDatabase, type TestDatabase } from "./databases.ts";
import { FEATURES } from "../../src/app.ts";

/** A clock that stands still until the test moves it. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string | Date): void {
    this.current = new Date(iso);
  }
}

/** A logger that keeps what was logged, so tests can assert on errors. */
export class MemoryLogger implements Logger {
  readonly lines: { level: string; obj: object; msg?: string }[] = [];
  debug(obj: object, msg?: string) {
    this.lines.push({ level: "debug", obj, msg });
  }
  info(obj: object, msg?: string) {
    this.lines.push({ level: "info", obj, msg });
  }
  warn(obj: object, msg?: string) {
    this.lines.push({ level: "warn", obj, msg });
  }
  error(obj: object, msg?: string) {
    this.lines.push({ level: "error", obj, msg });
  }
}

/** Where and how a test message is sent. */
export type SendOptions = Partial<Omit<IncomingEvent, "chat">> & { chat?: string; private?: boolean };

/** One canteen world for a test: core, store, clock, and helpers to talk as someone. */
export interface Harness {
  core: Core;
  store: Store;
  clock: TestClock;
  log: MemoryLogger;
  db: Database;
  /** The real delivery ledger (no adapter attached unless a test attaches one). */
  ledger: Ledger;
  /**
   * Sends `text` as `user` in `chat` (default the group "console:group"; the prefix is the
   * platform, and the user's address is "<platform>:<lowercased name>").
   */
  send(user: string, text: string, opts?: SendOptions): Promise<Outcome>;
  /** Same, returning what the author reads (the answer meant for them alone, else the replies) as plain text joined by blank lines. */
  say(user: string, text: string, opts?: SendOptions): Promise<string>;
  /**
   * Posts the survey of `date` to the canteen's groups as the scheduler would, through a
   * recording platform, so presses in those groups are taken (a test world has no adapter).
   */
  postSurvey(date: string, canteenId?: number): Promise<void>;
  close(): Promise<void>;
}

/** Builds a harness on a fresh database of the suite's provider (or the one given). */
export async function createHarness(
  now = "2026-11-23T08:00:00Z",
  opts: {
    locale?: "fr" | "en";
    database?: TestDatabase;
    ledger?: Partial<LedgerTuning>;
    boardUrl?: string;
    /** The survey pool's random draw (a test replays a batch's composition with it). */
    surveyPick?: RandomIndex;
    extra?: CommandSpec[];
    /** What each platform can do (default: what each adapter declares). */
    capabilities?: CoreDeps["capabilities"];
  } = {},
): Promise<Harness> {
  const database = opts.database ?? (await suiteDatabase());
  await migrate(database.url);
  const db = await openDatabase(database.url);
  const store = createPrismaStore(db, FEATURES);
  const clock = new TestClock(new Date(now));
  const log = new MemoryLogger();
  const ledger = new Ledger(db, store, clock, log, (d) => core.compose(d.canteenId, d.kind, d.subject, d.target), opts.ledger);
  const core: Core = createCore(
    {
      store,
      clock,
      log,
      outbox: ledger,
      defaults: { timezone: "Europe/Paris", locale: opts.locale ?? "fr" },
      capabilities: opts.capabilities ?? PLATFORM_CAPABILITIES,
      ...(opts.boardUrl ? { boardUrl: () => opts.boardUrl! } : {}),
      ...(opts.surveyPick ? { random: opts.surveyPick } : {}),
      features: FEATURES,
    },
    opts.extra,
  );
  // A personal message (a login link) is never copied into a group: the features say which kinds are.
  ledger.personal = (kind) => core.rhythm.personal(kind);
  const send: Harness["send"] = (user, text, o = {}) => {
    const { chat, private: isPrivate, ...rest } = o;
    const address = chat ?? "console:group";
    const platform = address.split(":")[0] as IncomingEvent["platform"];
    return core.handle({
      platform,
      chat: { address, title: address, private: isPrivate ?? false },
      author: { address: `${platform}:${user.toLowerCase()}`, name: user },
      text,
      ...rest,
    });
  };
  return {
    core,
    store,
    clock,
    log,
    db,
    ledger,
    send,
    say: async (user, text, o) =>
      authorView(await send(user, text, o))
        .map(plainText)
        .join("\n\n"),
    async postSurvey(date, canteenId = 1) {
      for (const p of ["console", "telegram", "discord", "slack"] as const) if (!ledger.delivers(p)) ledger.attach(new RecordingAdapter(p));
      await core.rhythm.execute((await store.canteen(canteenId))!, "survey", date, clock.now());
      await ledger.drain();
    },
    async close() {
      await ledger.stop(1000);
      await db.close();
      if (!opts.database) await database.drop();
    },
  };
}
