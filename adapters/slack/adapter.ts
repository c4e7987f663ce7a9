// The Slack adapter: a Bolt app in HTTP mode on the shared server (POST /slack/events, every
// request's signature checked by Bolt) or in Socket Mode when SLACK_APP_TOKEN is set. Slash
// commands and buttons are acked at once and handled after the ack; Events API requests once
// handled, so one the database could not take is refused and retried by Slack; post/edit/dm let
// the ledger fan messages out.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import {
  App,
  defaultProcessEventErrorHandler as socketModeErrorHandler,
  HTTPModuleFunctions,
  HTTPReceiver,
  LogLevel,
  SocketModeReceiver,
  type Logger as BoltLogger,
  type Receiver,
  type ReceiverEvent,
} from "@slack/bolt";
import type { Adapter } from "../../src/kernel/adapter.ts";
import type { Core } from "../../src/kernel/core.ts";
import type { Logger } from "../../src/kernel/ports.ts";
import { Pacer } from "../../src/delivery/pacer.ts";
import { retryAtStart, startRetryWindowMs, type StartupRetry } from "../../src/startup/retry.ts";
import type { AdapterDeps } from "../deps.ts";
import { createDirectory } from "./directory.ts";
import { onBlockAction, onMessageEvent, onSlashCommand, type HandlerDeps } from "./handlers.ts";
import { SLACK_CAPABILITIES } from "./capabilities.ts";
import { onAppHomeOpened } from "./home.ts";
import { chatAddress, nativeId } from "./ids.ts";
import { renderMessage } from "./outbound.ts";
import { judgeStartError, SLACK_RATE_POLICY, SlackTransport } from "./transport.ts";

/** The path Slack posts events, slash commands and interactivity to (Request URL in the manifest). */
export const EVENTS_PATH = "/slack/events";

/** The Slack adapter, plus a way to wait until every request taken so far is fully handled. */
export type SlackAdapter = Adapter & {
  /** Resolves when no request is being handled any more (tests, graceful shutdown). */
  idle(): Promise<void>;
};

const LEVELS = [LogLevel.ERROR, LogLevel.WARN, LogLevel.INFO, LogLevel.DEBUG];

function describe(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === "string") return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

/** Bolt's and the Web API client's logs into ours, as one line each, without debug chatter. */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const emit = (l: LogLevel, parts: unknown[]) => {
    if (LEVELS.indexOf(l) > LEVELS.indexOf(level)) return;
    const msg = parts.map(describe).join(" ");
    log[l === LogLevel.ERROR ? "error" : l === LogLevel.WARN ? "warn" : l === LogLevel.INFO ? "info" : "debug"]({ sdk: "slack" }, msg);
  };
  return {
    debug: (...m) => emit(LogLevel.DEBUG, m),
    info: (...m) => emit(LogLevel.INFO, m),
    warn: (...m) => emit(LogLevel.WARN, m),
    error: (...m) => emit(LogLevel.ERROR, m),
    setLevel: (l) => (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * Hands Bolt's receiver an app whose event processing is tracked, so `idle()` and `stop()` know
 * when work continued after an ack has finished. Everything else is the receiver's own.
 */
class TrackingReceiver implements Receiver {
  constructor(
    private readonly inner: Receiver,
    private readonly track: (work: Promise<unknown>) => void,
    private readonly notHandled: WeakSet<object>,
  ) {}
  init(app: App): void {
    const processEvent = (event: ReceiverEvent) => {
      const work = isEventsApi(event.body) ? this.ackedOnceHandled(app, event) : app.processEvent(event);
      this.track(work);
      return work;
    };
    this.inner.init({ processEvent } as unknown as App);
  }
  /**
   * An Events API request is acknowledged once handled (Bolt would ack it first): one the core
   * could not handle (database unavailable) is refused instead, and Slack delivers it again.
   */
  private async ackedOnceHandled(app: App, event: ReceiverEvent): Promise<void> {
    let answer: Parameters<ReceiverEvent["ack"]> | undefined;
    await app.processEvent({ ...event, ack: async (...args: Parameters<ReceiverEvent["ack"]>) => void (answer = args) });
    if (this.notHandled.has(event.body)) throw new EventNotHandled();
    await event.ack(...(answer ?? []));
  }
  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }
  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }
}

/** Options for tests; production uses the defaults. */
export interface SlackAdapterOptions {
  /** How long a Web API call may take (default 10 s). */
  requestTimeoutMs?: number;
  /** After a lost answer, how long Slack gets before its history is read (default 2 s). */
  lookupDelayMs?: number;
}

/** An Events API request the core could not handle: refused, so that Slack retries it. */
class EventNotHandled extends Error {}

/** True for an Events API envelope (not a slash command or an interaction). */
function isEventsApi(body: unknown): body is object {
  return typeof body === "object" && body !== null && (body as { type?: unknown }).type === "event_callback";
}

/** Answers an Events API request the core could not handle with 503 (HTTP) or no ack (Socket Mode); other errors as Bolt does. */
async function refuseNotHandled<A extends { error: Error }>(args: A, otherwise: (args: A) => Promise<boolean>, res?: ServerResponse) {
  if (!(args.error instanceof EventNotHandled)) return otherwise(args);
  if (res && !res.headersSent) res.writeHead(503).end();
  return false;
}

/** Creates the Slack adapter; in HTTP mode its route is added to the shared server here. */
export function createSlackAdapter(deps: AdapterDeps, options: SlackAdapterOptions = {}): SlackAdapter {
  const { config, log } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error("SLACK_BOT_TOKEN is required for the Slack adapter");
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  if (!socketMode && !config.SLACK_SIGNING_SECRET) throw new Error("SLACK_SIGNING_SECRET is required in HTTP mode");

  const work = new Set<Promise<unknown>>();
  // Events API bodies whose command the core could not handle (database unavailable).
  const notHandled = new WeakSet<object>();
  const track = (p: Promise<unknown>) => {
    work.add(p);
    p.catch(() => undefined).finally(() => work.delete(p));
  };
  const logger = boltLogger(log);
  // The ledger needs 429s as errors with their delay, not the client's own silent waits and retries.
  const clientOptions = {
    slackApiUrl: config.SLACK_API_URL,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: options.requestTimeoutMs ?? 10_000,
  };
  let listener: RequestListener | undefined;
  let inner: Receiver;
  if (socketMode) {
    inner = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN!,
      logger,
      installerOptions: { clientOptions },
      processEventErrorHandler: (args) => refuseNotHandled(args, socketModeErrorHandler),
    });
  } else {
    const http = new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET!,
      endpoints: [EVENTS_PATH],
      logger,
      processBeforeResponse: false,
      processEventErrorHandler: (args) => refuseNotHandled(args, HTTPModuleFunctions.defaultProcessEventErrorHandler, args.response),
    });
    listener = http.requestListener;
    inner = http;
  }
  const app = new App({
    token,
    receiver: new TrackingReceiver(inner, track, notHandled),
    clientOptions,
    logger,
    deferInitialization: true,
    convoStore: false,
  });
  const pacer = new Pacer(SLACK_RATE_POLICY);
  const transport = new SlackTransport(app.client, pacer, Date.now, options.lookupDelayMs);
  const directory = createDirectory(app.client, log);
  const dmChannels = new Map<string, string>();
  let core: Core | undefined;
  let accepting = false;

  const handlerDeps = (): HandlerDeps => {
    if (!core) throw new Error("Slack adapter not started");
    return { core, transport, directory, log };
  };
  const safely = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (err) {
      log.error({ err, what }, "Slack request handling failed");
    }
  };

  // Acked first, so Slack gets its answer within 3 s however long the work takes.
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    await ack();
    await safely("slash command", () => onSlashCommand(handlerDeps(), command, respond));
  });
  app.action({ type: "block_actions" }, async ({ body, ack, respond }) => {
    await ack();
    await safely("button", () => onBlockAction(handlerDeps(), body, respond));
  });
  // Events API requests are acknowledged once these have run (TrackingReceiver).
  const onMessage = async (what: string, body: object, event: unknown, botUserId?: string) => {
    await safely(what, async () => {
      if (!(await onMessageEvent(handlerDeps(), body, event, botUserId))) notHandled.add(body);
    });
  };
  app.event("app_mention", async ({ event, body, context }) => onMessage("app_mention", body, event, context.botUserId));
  app.event("app_home_opened", async ({ event }) => {
    await safely("app_home_opened", () => onAppHomeOpened({ core: handlerDeps().core, client: app.client, log }, event));
  });
  app.message(async ({ message, body, context }) => onMessage("message", body, message, context.botUserId));
  app.error(async (err) => {
    log.error({ code: err.code, err: err.message }, "Slack request failed");
  });

  if (listener) {
    const handle = listener;
    deps.http.route(EVENTS_PATH, (req: IncomingMessage, res: ServerResponse) => {
      if (!accepting) {
        res.writeHead(503).end();
        return;
      }
      try {
        handle(req, res);
      } catch {
        // Bolt throws for anything but POST /slack/events.
        if (!res.headersSent) res.writeHead(req.method === "POST" ? 404 : 405).end();
      }
    });
  }

  const idle = async () => {
    while (work.size > 0) await Promise.allSettled([...work]);
  };

  return {
    platform: "slack",
    capabilities: SLACK_CAPABILITIES,
    ratePolicy: SLACK_RATE_POLICY,
    idempotentPosts: false,
    idle,
    async start(c) {
      core = c;
      // The first contacts wait out a Slack not reachable yet; a refused token stops start-up here.
      const retry = (variable: string): StartupRetry => ({
        what: `Slack's Web API at ${config.SLACK_API_URL ?? "https://slack.com/api/"}`,
        hint: config.SLACK_API_URL ? "is this machine online? is SLACK_API_URL right?" : "is this machine online?",
        windowMs: startRetryWindowMs(config),
        log,
        judge: (e) => judgeStartError(e, variable),
      });
      await retryAtStart(() => app.init(), retry("SLACK_BOT_TOKEN")); // auth.test
      if (socketMode) await retryAtStart(() => app.start(), retry("SLACK_APP_TOKEN"));
      accepting = true;
      log.info({ mode: socketMode ? "socket" : "http", path: socketMode ? undefined : EVENTS_PATH }, "Slack adapter ready");
    },
    async stop() {
      accepting = false;
      if (socketMode) await app.stop().catch((err: unknown) => log.warn({ err: (err as Error).message }, "Slack socket close failed"));
      await idle();
    },
    post: (chat, message, o) => transport.post(chat, renderMessage(message), { beforeSend: o?.beforeSend, deliveryKey: o?.deliveryKey }),
    edit: (chat, messageId, message) => transport.update(chat, messageId, renderMessage(message)),
    async dm(person, message, o) {
      const userId = nativeId(person);
      const channel = dmChannels.get(userId) ?? (await transport.openDm(userId));
      dmChannels.set(userId, channel);
      const chat = chatAddress(channel);
      try {
        const sent = await transport.post(chat, renderMessage(message), {
          context: "dm",
          beforeSend: o?.beforeSend,
          deliveryKey: o?.deliveryKey,
        });
        return { chat, messageId: sent };
      } catch (err) {
        dmChannels.delete(userId);
        throw err;
      }
    },
  };
}
