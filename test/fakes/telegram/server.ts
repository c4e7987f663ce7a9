// A fake Telegram Bot API on loopback, speaking the real wire protocol with node:http:
// `POST /bot<token>/<method>` with JSON, form or multipart bodies (or a query string), answers
// `{ ok, result }` or `{ ok: false, error_code, description, parameters }` with that status.
// getUpdates long-polls with offset confirmation; with a webhook set, updates are POSTed to it
// with X-Telegram-Bot-Api-Secret-Token and retried until answered 2xx. Every call is recorded
// with its time; the next calls can be made to fail (429/403/5xx/network) on demand.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiError, intParam, jsonParam, METHODS, type Params } from "./methods.ts";
import { TelegramState, type QueuedUpdate, type TgUser } from "./state.ts";

/** One recorded Bot API call. */
export interface RecordedCall {
  method: string;
  params: Params;
  /** When the request arrived (ms since epoch). */
  at: number;
  /** HTTP status answered. */
  status: number;
}

/** Which calls a planned failure applies to. */
export interface CallMatch {
  method: string | string[];
  chatId?: number;
}

/** How a planned failure answers: a Bot API error, a bare 5xx, a dropped connection, or never (the client times out). */
export type PlannedFailure =
  | { code: number; description: string; parameters?: { retry_after?: number; migrate_to_chat_id?: number } }
  | { status: 500 | 502 | 503 | 504 }
  | { network: true }
  | { hang: true };

/** A Telegram 429 as the Bot API sends it. */
export function tooManyRequests(retryAfter: number): PlannedFailure {
  return { code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } };
}

interface Poller {
  res: ServerResponse;
  offset: number;
  limit: number;
  allowed: string[];
  timer: NodeJS.Timeout;
}

/** The fake Bot API server and its world. */
export class FakeTelegram {
  readonly state: TelegramState;
  readonly calls: RecordedCall[] = [];
  /** Webhook deliveries: which update, the status answered, when. */
  readonly deliveries: { update_id: number; status: number; at: number }[] = [];
  webhook: { url: string; secret?: string; allowed: string[] } | undefined;
  /** Pause between two webhook delivery attempts of one update. */
  webhookRetryMs = 50;
  private readonly failures: { match: CallMatch; failure: PlannedFailure }[] = [];
  private readonly confirmedWaiters = new Map<number, (() => void)[]>();
  private poller: Poller | undefined;
  private delivering = false;
  private closed = false;
  private readonly server: Server;
  private constructor(
    readonly token: string,
    botUsername: string,
  ) {
    this.state = new TelegramState(botUsername);
    this.server = createServer((req, res) => void this.onRequest(req, res));
  }

  /** Starts a fake on 127.0.0.1 with a random port. */
  static async start(opts: { token?: string; botUsername?: string } = {}): Promise<FakeTelegram> {
    const fake = new FakeTelegram(opts.token ?? "123456789:TEST-token_abc", opts.botUsername ?? "TableeBot");
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  /** The base URL to give the SDK as apiRoot. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next `times` calls matching `match` fail as described. */
  failNext(match: CallMatch, failure: PlannedFailure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push({ match, failure });
  }

  /** Calls of some methods, in arrival order. */
  callsOf(...methods: string[]): RecordedCall[] {
    return this.calls.filter((c) => methods.includes(c.method));
  }

  /** A user types `text` in a chat; returns the update_id queued for the bot. */
  userSays(chatId: number, user: TgUser, text: string): number {
    const id = this.state.userMessage(chatId, user, text);
    this.flush();
    return id;
  }

  /**
   * A user types `text` once, but Telegram hands the update over `times` times in one go (as
   * after losing track of what the bot confirmed); returns the update_id they all share.
   */
  userSaysRepeatedly(chatId: number, user: TgUser, text: string, times: number): number {
    const id = this.state.userMessage(chatId, user, text);
    const { payload } = this.state.updates.at(-1)!;
    for (let i = 1; i < times; i++) this.state.updates.push({ update_id: id, payload, confirmed: false });
    this.flush();
    return id;
  }

  /** True once every copy of an update has been confirmed by the bot. */
  allConfirmed(updateId: number): boolean {
    return this.state.updates.filter((u) => u.update_id === updateId).every((u) => u.confirmed);
  }

  /** A user presses the first button whose label matches, on the newest bot message that has one. */
  press(chatId: number, user: TgUser, label: RegExp): number {
    for (const m of [...this.state.botMessages(chatId)].reverse()) {
      const button = m.reply_markup?.inline_keyboard.flat().find((b) => label.test(b.text));
      if (button?.callback_data) {
        const id = this.state.press(m, user, button.callback_data);
        this.flush();
        return id;
      }
    }
    throw new Error(`no button matching ${label} in chat ${chatId}`);
  }

  /** The group becomes a supergroup; returns the supergroup's id. */
  migrate(groupId: number, by: TgUser): number {
    const id = this.state.migrate(groupId, by);
    this.flush();
    return id;
  }

  /** The bot's messages in a chat as people see them (edits applied), oldest first. */
  messages(chatId: number): string[] {
    return this.state.botMessages(chatId).map((m) => m.text);
  }

  /** Toasts a user saw after pressing buttons. */
  toasts(userId: number): string[] {
    return this.state.toasts.get(userId) ?? [];
  }

  /** The update_id of the newest update. */
  get lastUpdateId(): number {
    const u = this.state.updates.at(-1);
    if (!u) throw new Error("no update yet");
    return u.update_id;
  }

  /** Resolves once the bot has confirmed an update (polling offset past it, or webhook 2xx). */
  handled(updateId: number, timeoutMs = 20_000): Promise<void> {
    const u = this.state.updates.find((x) => x.update_id === updateId);
    if (u?.confirmed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`update ${updateId} not handled within ${timeoutMs} ms`)), timeoutMs);
      const list = this.confirmedWaiters.get(updateId) ?? [];
      list.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.confirmedWaiters.set(updateId, list);
    });
  }

  /** Wakes a waiting getUpdates or the webhook delivery after the state queued updates. */
  flush(): void {
    if (this.poller) this.answerPoller();
    void this.deliver();
  }

  /** Offers an already handled update again, as after a crash before it was confirmed. */
  unconfirm(updateId: number): void {
    const u = this.state.updates.find((x) => x.update_id === updateId);
    if (!u) throw new Error(`no update ${updateId}`);
    u.confirmed = false;
    this.flush();
  }

  /** POSTs an update to the webhook once, with the right secret unless told otherwise; returns the status. */
  async postToWebhook(update: Record<string, unknown>, secret: string | null | undefined = this.webhook?.secret): Promise<number> {
    if (!this.webhook) throw new Error("no webhook set");
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (secret) headers["x-telegram-bot-api-secret-token"] = secret;
    const res = await fetch(this.webhook.url, { method: "POST", headers, body: JSON.stringify(update) });
    await res.arrayBuffer();
    return res.status;
  }

  /** The payload of a queued update. */
  update(updateId: number): Record<string, unknown> {
    const u = this.state.updates.find((x) => x.update_id === updateId);
    if (!u) throw new Error(`no update ${updateId}`);
    return u.payload;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.poller) {
      clearTimeout(this.poller.timer);
      this.poller = undefined;
    }
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const at = Date.now();
    let params: Params = {};
    try {
      params = { ...Object.fromEntries(url.searchParams), ...(await readBody(req)) };
    } catch {
      return this.reply(res, { method: m?.[2] ?? "?", params, at }, new ApiError(400, "Bad Request: can't parse request body"));
    }
    const call = { method: m?.[2] ?? url.pathname, params, at };
    if (!m) return this.reply(res, call, new ApiError(404, "Not Found"));
    if (m[1] !== this.token) return this.reply(res, call, new ApiError(401, "Unauthorized"));
    const planned = this.plannedFailure(call.method, params);
    if (planned) {
      if ("network" in planned) {
        this.calls.push({ ...call, status: 0 });
        req.socket.destroy();
        return;
      }
      if ("hang" in planned) {
        // Telegram never answers: the request is not processed, and the client gives up on its own.
        this.calls.push({ ...call, status: 0 });
        return;
      }
      if ("status" in planned) {
        this.calls.push({ ...call, status: planned.status });
        res.writeHead(planned.status, { "content-type": "text/html" }).end("<html><body>Bad Gateway</body></html>");
        return;
      }
      return this.reply(res, call, new ApiError(planned.code, planned.description, planned.parameters));
    }
    try {
      if (call.method === "getUpdates") return this.getUpdates(res, call, params);
      this.reply(res, call, this.invoke(call.method, params));
    } catch (e) {
      this.reply(res, call, e instanceof ApiError ? e : new ApiError(500, `Internal Server Error: ${(e as Error).message}`));
    }
  }

  private invoke(method: string, p: Params): unknown {
    switch (method) {
      case "getMe":
        return { ...this.state.bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
      case "setWebhook": {
        const url = typeof p.url === "string" ? p.url : "";
        if (url === "") return this.deleteWebhook(p);
        if (!/^https?:\/\//.test(url)) throw new ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        const secret = p.secret_token === undefined ? undefined : String(p.secret_token);
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret))
          throw new ApiError(400, "Bad Request: secret token contains unallowed characters");
        if (this.poller) this.endPoller(new ApiError(409, "Conflict: terminated by setWebhook request"));
        if (p.drop_pending_updates === true || p.drop_pending_updates === "true") this.dropPending();
        this.webhook = { url, allowed: jsonParam<string[]>(p.allowed_updates) ?? [], ...(secret ? { secret } : {}) };
        setImmediate(() => void this.deliver());
        return true;
      }
      case "deleteWebhook":
        return this.deleteWebhook(p);
      case "getWebhookInfo":
        return {
          url: this.webhook?.url ?? "",
          has_custom_certificate: false,
          pending_update_count: this.state.updates.filter((u) => !u.confirmed).length,
          ...(this.webhook?.allowed.length ? { allowed_updates: this.webhook.allowed } : {}),
        };
    }
    const impl = METHODS[method];
    if (!impl) throw new ApiError(404, "Not Found: method not found");
    return impl(this.state, p);
  }

  private deleteWebhook(p: Params): true {
    this.webhook = undefined;
    if (p.drop_pending_updates === true || p.drop_pending_updates === "true") this.dropPending();
    return true;
  }

  private dropPending(): void {
    for (const u of this.state.updates) if (!u.confirmed) this.confirm(u);
  }

  private plannedFailure(method: string, p: Params): PlannedFailure | undefined {
    const chatId = intParam(p.chat_id);
    const i = this.failures.findIndex(
      ({ match }) => ([] as string[]).concat(match.method).includes(method) && (match.chatId === undefined || match.chatId === chatId),
    );
    return i < 0 ? undefined : this.failures.splice(i, 1)[0]!.failure;
  }

  private reply(res: ServerResponse, call: Omit<RecordedCall, "status">, result: unknown): void {
    const status = result instanceof ApiError ? result.code : 200;
    this.calls.push({ ...call, status });
    const body =
      result instanceof ApiError
        ? {
            ok: false,
            error_code: result.code,
            description: result.description,
            ...(result.parameters ? { parameters: result.parameters } : {}),
          }
        : { ok: true, result };
    if (!res.writableEnded) res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  }

  private confirm(u: QueuedUpdate): void {
    if (u.confirmed) return;
    u.confirmed = true;
    for (const w of this.confirmedWaiters.get(u.update_id) ?? []) w();
    this.confirmedWaiters.delete(u.update_id);
  }

  private pending(offset: number, allowed: string[]): QueuedUpdate[] {
    return this.state.updates.filter(
      (u) => !u.confirmed && u.update_id >= offset && (allowed.length === 0 || allowed.some((k) => k in u.payload)),
    );
  }

  private getUpdates(res: ServerResponse, call: Omit<RecordedCall, "status">, p: Params): void {
    if (this.webhook) {
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    let offset = intParam(p.offset) ?? 0;
    if (offset < 0) offset = this.state.updates.at(offset)?.update_id ?? 0;
    // An offset confirms every update before it.
    for (const u of this.state.updates) if (u.update_id < offset) this.confirm(u);
    const limit = Math.min(100, Math.max(1, intParam(p.limit) ?? 100));
    const allowed = jsonParam<string[]>(p.allowed_updates) ?? [];
    const timeout = intParam(p.timeout) ?? 0;
    if (this.poller)
      this.endPoller(
        new ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"),
      );
    this.calls.push({ ...call, status: 200 });
    const timer = setTimeout(() => this.answerPoller(true), timeout * 1000);
    this.poller = { res, offset, limit, allowed, timer };
    res.on("close", () => {
      if (this.poller?.res === res) {
        clearTimeout(timer);
        this.poller = undefined;
      }
    });
    this.answerPoller();
  }

  /** Answers the waiting getUpdates if there is something to give it (or its timeout ran out). */
  private answerPoller(timedOut = false): void {
    const p = this.poller;
    if (!p) return;
    const updates = this.pending(p.offset, p.allowed).slice(0, p.limit);
    if (updates.length === 0 && !timedOut) return;
    clearTimeout(p.timer);
    this.poller = undefined;
    if (!p.res.writableEnded) {
      p.res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result: updates.map((u) => u.payload) }));
    }
  }

  private endPoller(error: ApiError): void {
    const p = this.poller!;
    clearTimeout(p.timer);
    this.poller = undefined;
    const body = { ok: false, error_code: error.code, description: error.description };
    if (!p.res.writableEnded) p.res.writeHead(error.code, { "content-type": "application/json" }).end(JSON.stringify(body));
  }

  /** Delivers pending updates to the webhook one by one, in order, retrying each until 2xx. */
  private async deliver(): Promise<void> {
    if (this.delivering) return;
    this.delivering = true;
    try {
      while (this.webhook && !this.closed) {
        const next = this.pending(0, this.webhook.allowed)[0];
        if (!next) break;
        const status = await this.postToWebhook(next.payload).catch(() => 0);
        this.deliveries.push({ update_id: next.update_id, status, at: Date.now() });
        if (status >= 200 && status < 300) this.confirm(next);
        else await new Promise((r) => setTimeout(r, this.webhookRetryMs));
      }
    } finally {
      this.delivering = false;
    }
  }
}

/** Reads a JSON, urlencoded or multipart body into parameters. */
async function readBody(req: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (raw === "") return {};
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("application/json")) return JSON.parse(raw) as Params;
  if (type.startsWith("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(raw));
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  if (type.startsWith("multipart/form-data") && boundary) {
    const out: Params = {};
    for (const part of raw.split(`--${boundary[1] ?? boundary[2]}`)) {
      const name = /content-disposition:[^\r\n]*name="([^"]+)"/i.exec(part)?.[1];
      const start = part.indexOf("\r\n\r\n");
      if (name && start >= 0) out[name] = part.slice(start + 4).replace(/\r\n$/, "");
    }
    return out;
  }
  throw new Error("unsupported content type");
}
