// What the board is built with, and what each request carries through its middleware.
import type { Core } from "../kernel/core.ts";
import type { Clock, Locale, Logger, Store } from "../kernel/ports.ts";

/** Services the board needs. The store is only for sessions (src/web/auth); pages go through the core. */
export interface BoardDeps {
  core: Core;
  store: Store;
  clock: Clock;
  log: Logger;
  /** The public address links use (TABLEE_PUBLIC_URL, or http://127.0.0.1:<port>). */
  publicUrl: () => string;
  /** Language of pages that know no canteen yet. */
  defaultLocale: Locale;
  /** The Telegram bot's token, when Telegram is configured: the Mini App's login checks its signature with it. */
  telegramBotToken?: string | null;
  /** Reverse proxies trusted for the client address (TRUST_PROXY, src/web/client.ts); default 0. */
  trustProxy?: number;
}

/** Per-request values set by the session middleware. */
export interface BoardEnv {
  Variables: {
    /** The logged-in person, or null. */
    personId: number | null;
    /** The logged-in person's own language, when they have one (see boardLocale). */
    personLocale: Locale | null;
    /** The request's session id (cookie or Bearer header), or null. Never logged. */
    sessionId: string | null;
    /** What the session's last action answered, not shown yet (src/web/flash.ts), or null. */
    flash: string | null;
  };
}
