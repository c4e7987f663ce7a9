// The Telegram adapter (telegraf): long polling by default, a webhook on the shared HTTP server
// when TELEGRAM_WEBHOOK_URL is set. Updates of one chat are handled in order; an error in one
// is logged and answered, never ends the bot. Replies, edits, ledger posts and DMs all go
// through one Pacer set to Telegram's limits.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { Telegraf, type Context } from "telegraf";
import type { Update } from "telegraf/types";
import { DeliveryError, type Adapter, type RatePolicy } from "../../src/kernel/adapter.ts";
import { commandMenu } from "../../src/kernel/commands/platform-menu.ts";
import type { Core } from "../../src/kernel/core.ts";
import { plainText, type IncomingEvent, type Message } from "../../src/kernel/model.ts";
import type { Locale } from "../../src/kernel/ports.ts";
import { StoreUnavailable } from "../../src/kernel/store-failure.ts";
import { Pacer } from "../../src/delivery/pacer.ts";
import { translator } from "../../src/kernel/i18n/index.ts";
import { retryAtStart, startRetryWindowMs, type StartupRetry } from "../../src/startup/retry.ts";
import { miniAppUrl } from "../../src/features/board/telegram/paths.ts";
import type { AdapterDeps } from "../deps.ts";
import { TELEGRAM_CAPABILITIES } from "./capabilities.ts";
import { chatAddress, nativeId, personAddress } from "./ids.ts";
import { decodeUpdate, updateChat, type BotIdentity, type ReplyTarget } from "./inbound.ts";
import { escapeHtml, renderCommandMenu, renderSingle, renderToast, type RenderedMessage } from "./outbound.ts";
import { Polling } from "./polling.ts";
import { replies } from "./reply.ts";
import { describeError, judgeStartError, REQUEST_TIMEOUT_MS, timeoutSignal, Transport } from "./transport.ts";

/** Telegram's limits (Bot FAQ): ~30 messages/s overall; per chat 1/s and at most 20/min into a group. */
export const TELEGRAM_RATE_POLICY: RatePolicy = {
  global: [{ limit: 30, windowMs: 1_000 }],
  perChat: [
    { limit: 1, windowMs: 1_000 },
    { limit: 20, windowMs: 60_000 },
  ],
};

/**
 * How long the pacer waits for Telegram's answer before counting a request from its start plus
 * this: as long as a request may take (then it was abandoned), so arrivals never bunch.
 */
export const TELEGRAM_ANSWER_WAIT_MS = REQUEST_TIMEOUT_MS;

/** Update kinds Tablée asks Telegram for. */
const ALLOWED_UPDATES = ["message", "callback_query"];

/** Options for tests and benchmarks; production uses the defaults. */
export interface TelegramAdapterOptions {
  /** Replaces Telegram's limits (tests scale them down). */
  ratePolicy?: RatePolicy;
  /** Long-poll timeout asked of getUpdates, in seconds (default 50). */
  pollTimeoutSeconds?: number;
  /** How long a Bot API request may take before it counts as lost (default 30 s; tests shorten it). */
  requestTimeoutMs?: number;
}

/** Runs tasks of one key one after another, tasks of different keys side by side. */
class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();
  run(key: string, task: () => Promise<void>): Promise<void> {
    const next = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}

/**
 * Set while one update is handled: told when the core could not handle it (the database was
 * unavailable), so the webhook answers 503 and long polling offers the update again.
 */
const notHandled = new AsyncLocalStorage<() => void>();

function localeOf(language: string | undefined, fallback: Locale): Locale {
  const l = language?.slice(0, 2).toLowerCase();
  return l === "fr" || l === "en" ? l : fallback;
}

/** Creates the Telegram adapter (the app calls it when TELEGRAM_BOT_TOKEN is set). */
export function createTelegramAdapter(deps: AdapterDeps, options: TelegramAdapterOptions = {}): Adapter {
  const { config, log } = deps;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error("TELEGRAM_BOT_TOKEN is required for the Telegram adapter");
  const ratePolicy = options.ratePolicy ?? TELEGRAM_RATE_POLICY;
  // Windows count from Telegram's answers: a request held up on its way (a busy process, a slow
  // network) cannot then reach Telegram within a second of the one 30 requests later.
  const requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const pacer = new Pacer(ratePolicy, Date.now, undefined, { answerWaitMs: options.requestTimeoutMs ?? TELEGRAM_ANSWER_WAIT_MS });
  const bot = new Telegraf<Context>(token, {
    // webhookReply off: every call is a real request whose result and errors we see.
    telegram: { webhookReply: false, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) },
    // Pacing can hold a reply for up to a minute in a busy group; the default 90 s is too tight.
    handlerTimeout: 5 * 60_000,
  });
  let core: Core | undefined;
  let me: BotIdentity | undefined;
  let polling: Polling | undefined;
  let stopped = false;
  const inFlight = new Set<Promise<unknown>>();
  const chats = new KeyedQueue();
  const transport = new Transport({
    telegram: bot.telegram,
    pacer,
    log,
    timeoutMs: requestTimeoutMs,
    onMoved: (from, to) => core?.chatMoved(from, to) ?? Promise.resolve(),
  });

  const { deliver, answerPress } = replies({ transport, log, username: () => me?.username });

  /**
   * A press tells us a message of the bot exists: if an unconfirmed delivery (its send's answer
   * was lost) may have posted it, the ledger adopts it — the pressed button is one of its buttons
   * and its first line reads the same — so the message gets its edits again.
   */
  async function adoptPressed(event: IncomingEvent, target: ReplyTarget): Promise<void> {
    const press = target.callback;
    if (!deps.deliveries || press?.messageId === undefined || press.text === undefined) return;
    const firstLine = press.text.split("\n")[0]!.trim();
    const matches = (m: Message) =>
      m.buttons.some((row) => row.some((b) => b.command === event.text)) && plainText(m).split("\n")[0]!.trim() === firstLine;
    try {
      await deps.deliveries.adopt({ platform: "telegram", chat: event.chat.address, messageId: String(press.messageId), matches });
    } catch (e) {
      log.warn({ error: describeError(e) }, "telegram: pressed message not checked against unconfirmed deliveries");
    }
  }

  async function onUpdate(update: Update): Promise<void> {
    if (!core || !me) return;
    const inbound = decodeUpdate(update, me);
    switch (inbound.kind) {
      case "moved":
        transport.noteMoved(inbound.from, inbound.to);
        await core.chatMoved(inbound.from, inbound.to);
        return;
      case "ignored":
        log.debug({ updateId: update.update_id, reason: inbound.reason }, "telegram update ignored");
        if (inbound.callbackId) await answerPress(inbound.callbackId, undefined);
        return;
      case "event": {
        await adoptPressed(inbound.event, inbound.target);
        const outcome = await core.handle(inbound.event);
        // Telegram delivers it again (webhook 503, polling offset held back): answered once, then.
        if (outcome.notHandled) return notHandled.getStore()?.();
        await deliver(inbound.event, inbound.target, outcome);
      }
    }
  }

  bot.use(async (ctx) => {
    await chats.run(String(updateChat(ctx.update) ?? "none"), () => onUpdate(ctx.update));
  });

  // telegraf's default handler rethrows, which would end polling: log and answer instead.
  bot.catch(async (err, ctx) => {
    if (err instanceof StoreUnavailable) {
      log.warn({ database: err.kind, updateId: ctx.update.update_id }, "telegram update not handled: the database is unavailable");
      return notHandled.getStore()?.();
    }
    log.error({ error: describeError(err), updateId: ctx.update.update_id }, "telegram update failed");
    const text = translator(localeOf(ctx.from?.language_code, config.TABLEE_LOCALE))("errors.internal");
    try {
      if (ctx.callbackQuery) await transport.answer(ctx.callbackQuery.id, renderToast(text));
      else if (ctx.chat && ctx.message && "text" in ctx.message)
        await transport.send(chatAddress(ctx.chat.id), { text: escapeHtml(text) }, "chat");
    } catch (e) {
      log.warn({ error: describeError(e) }, "telegram error answer not delivered");
    }
  });

  function track<T>(p: Promise<T>): Promise<T> {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => undefined);
    return p;
  }

  /** Handles a batch of long-polled updates; returns the ids of those to be offered again. */
  async function handleBatch(updates: Update[]): Promise<number[]> {
    const again: number[] = [];
    await Promise.all(
      updates.map((u) =>
        notHandled
          .run(
            () => again.push(u.update_id),
            () => bot.handleUpdate(u),
          )
          .catch((e: unknown) => log.error({ error: describeError(e), updateId: u.update_id }, "telegram update failed")),
      ),
    );
    return again;
  }

  async function publishCommands(c: Core): Promise<void> {
    const menu = commandMenu(c.commands);
    const lists: [string | undefined, Locale][] = [
      [undefined, config.TABLEE_LOCALE],
      ["fr", "fr"],
      ["en", "en"],
    ];
    for (const [language, locale] of lists) {
      try {
        await bot.telegram.callApi(
          "setMyCommands",
          { commands: renderCommandMenu(menu, locale), ...(language ? { language_code: language } : {}) },
          timeoutSignal(),
        );
      } catch (e) {
        log.warn({ language: language ?? "default", error: describeError(e) }, "telegram command menu not published");
      }
    }
  }

  /**
   * With an https board, the menu button of private chats opens it as a Mini App (web_app
   * buttons need https; groups get a t.me/<bot>?startapp link instead). Otherwise the default
   * command list stays.
   */
  async function publishMenuButton(): Promise<void> {
    const url = miniAppUrl(config.TABLEE_PUBLIC_URL);
    if (!url) return;
    try {
      await bot.telegram.callApi(
        "setChatMenuButton",
        { menu_button: { type: "web_app", text: "Tablée", web_app: { url } } },
        timeoutSignal(),
      );
    } catch (e) {
      log.warn({ error: describeError(e) }, "telegram menu button not set");
    }
  }

  async function startWebhook(publicUrl: string): Promise<void> {
    const url = new URL(publicUrl);
    const secret = config.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(32).toString("base64url");
    // telegraf checks the method, the exact path and X-Telegram-Bot-Api-Secret-Token; anything else gets 403.
    const callback = bot.webhookCallback(url.pathname + url.search, { secretToken: secret });
    deps.http.route(url.pathname, (req, res) => {
      if (stopped) {
        res.writeHead(503).end(); // Telegram retries later
        return;
      }
      // An update the core could not handle is answered 503: Telegram delivers it again later.
      const unhandled = () => {
        if (!res.headersSent) res.statusCode = 503;
      };
      void track(
        notHandled
          .run(unhandled, () => callback(req, res))
          .catch((e: unknown) => {
            log.error({ error: describeError(e) }, "telegram webhook request failed");
            if (!res.headersSent) res.writeHead(500).end();
          }),
      );
    });
    await retryAtStart(
      () =>
        bot.telegram.callApi(
          "setWebhook",
          { url: url.href, secret_token: secret, allowed_updates: ALLOWED_UPDATES as never },
          timeoutSignal(),
        ),
      startRetry,
    );
  }

  /** The first contacts (getMe, setWebhook/deleteWebhook) wait out a Bot API not reachable yet. */
  const startRetry: StartupRetry = {
    what: `Telegram's Bot API at ${config.TELEGRAM_API_ROOT ?? "https://api.telegram.org"}`,
    hint: config.TELEGRAM_API_ROOT ? "is this machine online? is TELEGRAM_API_ROOT right?" : "is this machine online?",
    windowMs: startRetryWindowMs(config),
    log,
    judge: judgeStartError,
  };

  return {
    platform: "telegram",
    capabilities: TELEGRAM_CAPABILITIES,
    ratePolicy,
    idempotentPosts: false,

    async start(c) {
      core = c;
      const info = await retryAtStart(() => bot.telegram.callApi("getMe", {}, timeoutSignal()), startRetry);
      bot.botInfo = info;
      me = { id: info.id, username: info.username };
      await publishCommands(c);
      await publishMenuButton();
      if (config.TELEGRAM_WEBHOOK_URL) {
        await startWebhook(config.TELEGRAM_WEBHOOK_URL);
      } else {
        await retryAtStart(() => bot.telegram.callApi("deleteWebhook", { drop_pending_updates: false }, timeoutSignal()), startRetry);
        polling = new Polling({
          telegram: bot.telegram,
          allowedUpdates: ALLOWED_UPDATES,
          log,
          handle: handleBatch,
          fatal: deps.fatal,
          timeoutSeconds: options.pollTimeoutSeconds,
        });
        polling.start();
      }
      log.info({ bot: info.username, mode: config.TELEGRAM_WEBHOOK_URL ? "webhook" : "polling" }, "telegram adapter started");
    },

    async stop() {
      stopped = true;
      await polling?.stop();
      await Promise.allSettled([...inFlight]);
    },

    async post(chat, message, options) {
      if (nativeId(chat) === undefined) throw new DeliveryError("rejected", `not a Telegram chat: ${chat}`);
      return String(await transport.send(chat, renderSingle(message, log, me?.username), "chat", { beforeSend: options?.beforeSend }));
    },

    async edit(chat, messageId, message) {
      const id = Number(messageId);
      if (nativeId(chat) === undefined || !Number.isSafeInteger(id))
        throw new DeliveryError("rejected", `not a Telegram message: ${chat} ${messageId}`);
      await transport.edit(chat, id, renderSingle(message, log, me?.username));
    },

    async dm(person, message, options) {
      const id = nativeId(person);
      if (id === undefined || id <= 0) throw new DeliveryError("unreachable", `not a Telegram person: ${person}`);
      const chat = personAddress(id);
      const rendered: RenderedMessage = renderSingle(message, log, me?.username);
      return { chat, messageId: String(await transport.send(chat, rendered, "person", { beforeSend: options?.beforeSend })) };
    },
  };
}
