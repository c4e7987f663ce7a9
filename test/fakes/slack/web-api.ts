// A fake Slack Web API on loopback, speaking the wire protocol the real client uses:
// POST /api/<method> with a bearer token and a form (or JSON) body, answered with
// `{ ok: true, … }` or `{ ok: false, error }`, 429 + Retry-After when told to. It also serves the
// response_url endpoints of slash commands and buttons, and views.publish (the Home tab). Every call is recorded with its time,
// and each channel keeps the messages people would see there, edits applied.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import { renderMessage, type WireBlock } from "./mrkdwn.ts";
import { validateBlocks } from "./blocks.ts";
import { history } from "./history.ts";

/** A person in the fake workspace. */
export interface SlackUser {
  id: string;
  name: string;
  locale?: string;
  admin?: boolean;
}

/** A message in a channel, as Slack stores it. */
export interface StoredMessage {
  ts: string;
  user: string;
  text?: string;
  blocks?: WireBlock[];
  thread_ts?: string;
  /** How it was posted: the Web API, or a response_url. */
  via: "api" | "response_url";
  edits: number;
  /** Message metadata posted with it (event_type, event_payload), as conversations.history returns it. */
  metadata?: unknown;
}

/** A channel or DM. `botMember: false` makes chat.postMessage answer not_in_channel. */
export interface SlackChannel {
  id: string;
  name: string;
  botMember: boolean;
  messages: StoredMessage[];
}

/** One recorded request. */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
  /** What was answered: "ok", an error code, or "429". */
  result: string;
}

/** A message only one person sees. */
export interface EphemeralMessage {
  channel: string;
  user: string;
  text?: string;
  blocks?: WireBlock[];
  at: number;
}

/** How the next matching call fails. */
export type InjectedFailure =
  { kind: "rate-limited"; retryAfterSeconds: number } | { kind: "error"; error: string } | { kind: "http"; status: number };

interface ResponseTarget {
  channel: string;
  user: string;
  messageTs?: string;
  uses: number;
}

/** Slack lets a response_url be used 5 times. */
const RESPONSE_URL_USES = 5;

/** The fake Web API. */
export class FakeSlackApi {
  readonly teamId = "T0TABLEE";
  readonly bot: SlackUser = { id: "U0BOT", name: "Tablée" };
  readonly botId = "B0BOT";
  readonly users = new Map<string, SlackUser>();
  readonly channels = new Map<string, SlackChannel>();
  readonly calls: ApiCall[] = [];
  readonly responseCalls: { id: string; body: Record<string, unknown>; at: number }[] = [];
  readonly ephemerals: EphemeralMessage[] = [];
  /** Home tabs published with views.publish, by user id (the latest one). */
  readonly homeViews = new Map<string, { type: string; blocks: WireBlock[]; at: number }>();
  private readonly failures: { method: string; channel?: string; failure: InjectedFailure }[] = [];
  private readonly holds = new Map<string, Promise<void>>();
  private readonly responseTargets = new Map<string, ResponseTarget>();
  /** Methods called with an app-level token (Socket Mode's apps.connections.open): name → handler. */
  readonly appLevel = new Map<string, { token: string; handle: () => Record<string, unknown> }>();
  /** When set, conversations.history answers this error (an app installed without the *:history scopes: "missing_scope"). */
  historyError: string | undefined;
  private server?: Server;
  private lastTs = 0;
  base = "";

  constructor(readonly token: string) {
    this.users.set(this.bot.id, this.bot);
  }

  /** Web API base URL to give the client (SLACK_API_URL). */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    const addr = this.server.address();
    this.base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  }

  /** The listening server (Socket Mode upgrades connections on it). */
  get httpServer(): Server {
    if (!this.server) throw new Error("fake Slack not started");
    return this.server;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server?.closeAllConnections();
  }

  addUser(u: SlackUser): SlackUser {
    this.users.set(u.id, u);
    return u;
  }

  addChannel(id: string, name: string, opts: { botMember?: boolean } = {}): SlackChannel {
    const c: SlackChannel = { id, name, botMember: opts.botMember ?? true, messages: [] };
    this.channels.set(id, c);
    return c;
  }

  /** A fresh response_url for an interaction of `user` in `channel` (on the pressed message, if any). */
  responseUrl(channel: string, user: string, messageTs?: string): string {
    const id = randomBytes(8).toString("hex");
    this.responseTargets.set(id, { channel, user, messageTs, uses: 0 });
    return `${this.base}/actions/${this.teamId}/${id}`;
  }

  /** Makes the next call of `method` (into `channel`, if given) fail. */
  failNext(method: string, failure: InjectedFailure, channel?: string): void {
    this.failures.push({ method, channel, failure });
  }

  /** Holds every call of `method` until the returned function is called (a slow Slack). */
  hold(method: string): () => void {
    let release!: () => void;
    this.holds.set(method, new Promise<void>((r) => (release = r)));
    return () => {
      this.holds.delete(method);
      release();
    };
  }

  /** Display name, as Slack shows a mention. */
  nameOf = (userId: string): string => this.users.get(userId)?.name ?? userId;

  /** The messages in a channel as people see them, oldest first (threads included, in order). */
  messages(channel: string): string[] {
    return (this.channels.get(channel)?.messages ?? []).map((m) => renderMessage(m, this.nameOf));
  }

  /** Ephemeral messages `user` saw, oldest first. */
  ephemeralTexts(user: string): string[] {
    return this.ephemerals.filter((e) => e.user === user).map((e) => renderMessage(e, this.nameOf));
  }

  /** Recorded calls of one method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private nextTs(): string {
    // Slack ts: seconds.microseconds, unique and increasing within a channel.
    const now = Date.now() * 1000;
    this.lastTs = Math.max(now, this.lastTs + 1);
    return `${Math.floor(this.lastTs / 1e6)}.${String(this.lastTs % 1e6).padStart(6, "0")}`;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.base);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(body));

    const action = /^\/actions\/[^/]+\/([0-9a-f]+)$/.exec(url.pathname);
    if (req.method === "POST" && action) return this.onResponseUrl(action[1]!, raw, send);
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (req.method !== "POST" || !api) return void send(404, { ok: false, error: "not_found" });

    const method = api[1]!;
    const args = parseArgs(raw, req.headers["content-type"]);
    const call: ApiCall = { method, args, at: Date.now(), result: "ok" };
    this.calls.push(call);
    const hold = this.holds.get(method);
    if (hold) await hold;

    const auth = req.headers.authorization ?? (typeof args.token === "string" ? `Bearer ${args.token}` : undefined);
    if (!auth) return this.answer(call, send, { ok: false, error: "not_authed" });
    const appLevel = this.appLevel.get(method);
    if (appLevel)
      return this.answer(call, send, auth === `Bearer ${appLevel.token}` ? appLevel.handle() : { ok: false, error: "invalid_auth" });
    if (auth !== `Bearer ${this.token}`) return this.answer(call, send, { ok: false, error: "invalid_auth" });

    const i = this.failures.findIndex((f) => f.method === method && (!f.channel || f.channel === args.channel));
    if (i >= 0) {
      const { failure } = this.failures.splice(i, 1)[0]!;
      if (failure.kind === "rate-limited") {
        call.result = "429";
        return void send(429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.retryAfterSeconds) });
      }
      if (failure.kind === "http") {
        call.result = String(failure.status);
        return void res.writeHead(failure.status, { "content-type": "text/plain" }).end("upstream failure");
      }
      return this.answer(call, send, { ok: false, error: failure.error });
    }
    this.answer(call, send, this.dispatch(method, args));
  }

  private answer(call: ApiCall, send: (s: number, b: unknown) => void, body: Record<string, unknown>): void {
    call.result = body.ok ? "ok" : String(body.error);
    send(200, body);
  }

  private dispatch(method: string, a: Record<string, unknown>): Record<string, unknown> {
    const str = (k: string) => (typeof a[k] === "string" ? (a[k] as string) : undefined);
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://tablee-test.slack.com/",
          team: "Tablée test",
          user: "tablee",
          team_id: this.teamId,
          user_id: this.bot.id,
          bot_id: this.botId,
        };
      case "users.info": {
        const u = this.users.get(str("user") ?? "");
        if (!u) return { ok: false, error: "user_not_found" };
        const locale = a.include_locale === "true" || a.include_locale === true ? { locale: u.locale ?? "en-US" } : {};
        return {
          ok: true,
          user: {
            id: u.id,
            team_id: this.teamId,
            name: u.name.toLowerCase(),
            real_name: u.name,
            is_admin: Boolean(u.admin),
            is_owner: false,
            is_bot: u === this.bot,
            ...locale,
            profile: { display_name: u.name, real_name: u.name },
          },
        };
      }
      case "conversations.open": {
        const id = str("users") ?? "";
        if (id === this.bot.id) return { ok: false, error: "cannot_dm_bot" };
        if (!this.users.has(id)) return { ok: false, error: "user_not_found" };
        const dm = `D${id.slice(1)}`;
        if (!this.channels.has(dm)) this.addChannel(dm, "directmessage");
        return { ok: true, channel: { id: dm } };
      }
      case "chat.postMessage": {
        const c = this.channels.get(str("channel") ?? "");
        if (!c) return { ok: false, error: "channel_not_found" };
        if (!c.botMember) return { ok: false, error: "not_in_channel" };
        const problem = checkContent(a);
        if (problem) return { ok: false, error: problem };
        const m: StoredMessage = {
          ts: this.nextTs(),
          user: this.bot.id,
          text: str("text"),
          blocks: a.blocks as WireBlock[] | undefined,
          thread_ts: str("thread_ts"),
          via: "api",
          edits: 0,
          ...(a.metadata !== undefined ? { metadata: a.metadata } : {}),
        };
        c.messages.push(m);
        return { ok: true, channel: c.id, ts: m.ts, message: { type: "message", bot_id: this.botId, ...m } };
      }
      case "conversations.history":
        return this.historyError
          ? { ok: false, error: this.historyError }
          : history(this.channels.get(str("channel") ?? ""), a, this.botId);
      case "chat.update": {
        const c = this.channels.get(str("channel") ?? "");
        if (!c) return { ok: false, error: "channel_not_found" };
        const m = c.messages.find((x) => x.ts === str("ts"));
        if (!m) return { ok: false, error: "message_not_found" };
        if (m.user !== this.bot.id) return { ok: false, error: "cant_update_message" };
        const problem = checkContent(a);
        if (problem) return { ok: false, error: problem };
        Object.assign(m, { text: str("text"), blocks: a.blocks as WireBlock[] | undefined, edits: m.edits + 1 });
        return { ok: true, channel: c.id, ts: m.ts, text: m.text };
      }
      case "chat.postEphemeral": {
        const c = this.channels.get(str("channel") ?? "");
        if (!c) return { ok: false, error: "channel_not_found" };
        if (!this.users.has(str("user") ?? "")) return { ok: false, error: "user_not_found" };
        const problem = checkContent(a);
        if (problem) return { ok: false, error: problem };
        this.ephemerals.push({
          channel: c.id,
          user: str("user")!,
          text: str("text"),
          blocks: a.blocks as WireBlock[] | undefined,
          at: Date.now(),
        });
        return { ok: true, message_ts: this.nextTs() };
      }
      case "views.publish": {
        // The Home tab: a "home" view of at most 100 blocks, for a user of the workspace.
        const user = str("user_id") ?? "";
        if (!this.users.has(user)) return { ok: false, error: "user_not_found" };
        const view = a.view as { type?: unknown; blocks?: unknown } | undefined;
        if (!view || typeof view !== "object") return { ok: false, error: "invalid_arguments" };
        if (view.type !== "home") return { ok: false, error: "invalid_arguments" };
        if (validateBlocks(view.blocks, 100)) return { ok: false, error: "invalid_blocks" };
        this.homeViews.set(user, { type: view.type, blocks: view.blocks as WireBlock[], at: Date.now() });
        return { ok: true, view: { id: `V0${user}`, type: "home", blocks: view.blocks } };
      }
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  /** A post to a response_url: a new message, an ephemeral one, or the original replaced. */
  private onResponseUrl(id: string, raw: string, send: (s: number, b: unknown) => void): void {
    const target = this.responseTargets.get(id);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return send(400, { ok: false, error: "invalid_payload" });
    }
    this.responseCalls.push({ id, body, at: Date.now() });
    if (!target) return send(404, { ok: false, error: "expired_url" });
    if (++target.uses > RESPONSE_URL_USES) return send(404, { ok: false, error: "used_url" });
    const problem = checkContent(body);
    if (problem) return send(400, { ok: false, error: problem });
    const content = { text: body.text as string | undefined, blocks: body.blocks as WireBlock[] | undefined };
    const channel = this.channels.get(target.channel);
    if (body.replace_original === true) {
      const m = channel?.messages.find((x) => x.ts === target.messageTs);
      if (m) Object.assign(m, content, { edits: m.edits + 1 });
      else this.ephemerals.push({ channel: target.channel, user: target.user, ...content, at: Date.now() });
    } else if (body.response_type === "in_channel") {
      channel?.messages.push({ ts: this.nextTs(), user: this.bot.id, ...content, via: "response_url", edits: 0 });
    } else {
      this.ephemerals.push({ channel: target.channel, user: target.user, ...content, at: Date.now() });
    }
    send(200, { ok: true });
  }
}

/** Form bodies carry nested values (blocks) as JSON strings, as the real client sends them. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith("application/json")) return JSON.parse(raw || "{}") as Record<string, unknown>;
  const form = parseQuery(raw) as Record<string, string>;
  const out: Record<string, unknown> = { ...form };
  for (const k of ["blocks", "attachments", "metadata", "view"]) {
    if (typeof form[k] === "string") {
      try {
        out[k] = JSON.parse(form[k]);
      } catch {
        out[k] = "invalid";
      }
    }
  }
  return out;
}

/** Slack refuses a message with neither text nor blocks, or with invalid blocks. */
function checkContent(a: Record<string, unknown>): string | undefined {
  const hasText = typeof a.text === "string" && a.text.trim() !== "";
  if (a.blocks === undefined) return hasText ? undefined : "no_text";
  return validateBlocks(a.blocks) ? "invalid_blocks" : undefined;
}
