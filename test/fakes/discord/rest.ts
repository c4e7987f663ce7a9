// The fake's REST API under /api/v10: the routes the adapter and discord.js use, bot-token auth,
// Discord's rate limits (5 messages per 5 s per channel, 50 requests per second per bot, with
// X-RateLimit-* headers and 429 bodies carrying a float `retry_after`), failures on demand, and
// a record of every call with its time.
import type { FakeWorld, RegisteredCommand } from "./state.ts";
import { snowflake } from "./state.ts";
import { applyBody, createMessage, InteractionRoutes, type Reply } from "./interaction-routes.ts";
import { commandProblems, invalidForm, messageProblems, type ApiError } from "./validate.ts";

/** One request the fake received. */
export interface RecordedCall {
  method: string;
  /** Path under /api/v10, e.g. "/channels/123/messages". */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** Arrival time (ms since epoch). */
  at: number;
}

/** A failure to answer instead of the real thing, `times` times. */
interface Failure {
  method?: string;
  path: string | RegExp;
  reply: ApiError;
  times: number;
}

/** Ready-made failures, as Discord answers them. */
export const failures = {
  rateLimited: (retryAfterSeconds: number, global = false): ApiError => ({
    status: 429,
    body: { message: "You are being rate limited.", retry_after: retryAfterSeconds, global, code: global ? 0 : 20028 },
    headers: {
      "retry-after": String(Math.ceil(retryAfterSeconds)),
      "x-ratelimit-scope": global ? "global" : "user",
      ...(global ? { "x-ratelimit-global": "true" } : {}),
    },
  }),
  missingAccess: (): ApiError => ({ status: 403, body: { code: 50001, message: "Missing Access" } }),
  unknownChannel: (): ApiError => ({ status: 404, body: { code: 10003, message: "Unknown Channel" } }),
  serverError: (): ApiError => ({ status: 502, body: { code: 0, message: "502: Bad Gateway" } }),
};

/** Discord's per-channel message bucket and global limit. */
export const LIMITS = { perChannel: 5, perChannelWindowMs: 5_000, global: 50, globalWindowMs: 1_000 } as const;

type Body = Record<string, unknown>;
type Handler = (params: string[], body: Body, query: URLSearchParams) => Reply;

/** The REST half of the fake. */
export class FakeRest {
  readonly calls: RecordedCall[] = [];
  private readonly failures: Failure[] = [];
  private readonly buckets = new Map<string, { start: number; count: number }>();
  private globalWindow = { start: 0, count: 0 };
  private readonly nonces = new Map<string, { messageId: string; at: number }>();
  private readonly interactions: InteractionRoutes;
  private readonly routes: [string, RegExp, Handler][];

  constructor(
    private readonly world: FakeWorld,
    private readonly token: string,
    private readonly gatewayUrl: () => string,
    responseWindowMs: number,
  ) {
    this.interactions = new InteractionRoutes(world, responseWindowMs);
    const app = world.applicationId;
    this.routes = [
      [
        "GET",
        /^\/gateway\/bot$/,
        () =>
          this.ok({
            url: this.gatewayUrl(),
            shards: 1,
            session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
          }),
      ],
      ["GET", /^\/users\/@me$/, () => this.ok(world.userJson(world.bot))],
      [
        "GET",
        /^\/users\/(\d+)$/,
        ([id]) => (world.users.has(id!) ? this.ok(world.userJson(world.users.get(id!)!)) : err(404, 10013, "Unknown User")),
      ],
      ["POST", /^\/users\/@me\/channels$/, (_, body) => this.openDm(body)],
      ["GET", /^\/guilds\/(\d+)\/members\/(\d+)$/, ([g, u]) => this.member(g!, u!)],
      ["GET", new RegExp(`^/applications/${app}/commands$`), (_, __, q) => this.listCommands("global", q)],
      ["PUT", new RegExp(`^/applications/${app}/commands$`), (_, body) => this.putCommands("global", body)],
      ["GET", new RegExp(`^/applications/${app}/guilds/(\\d+)/commands$`), ([g], __, q) => this.listCommands(g!, q)],
      ["PUT", new RegExp(`^/applications/${app}/guilds/(\\d+)/commands$`), ([g], body) => this.putCommands(g!, body)],
      ["POST", /^\/channels\/(\d+)\/messages$/, ([c], body) => this.postMessage(c!, body)],
      ["PATCH", /^\/channels\/(\d+)\/messages\/(\d+)$/, ([c, m], body) => this.editMessage(c!, m!, body)],
      ["GET", /^\/channels\/(\d+)\/messages\/(\d+)$/, ([c, m]) => this.getMessage(c!, m!)],
    ];
  }

  /** Answers the next `times` matching requests with `reply` instead. */
  failNext(match: { method?: string; path: string | RegExp }, reply: ApiError, times = 1): void {
    this.failures.push({ ...match, reply, times });
  }

  /** Requests on one path, oldest first. */
  callsTo(method: string, path: string | RegExp): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && (typeof path === "string" ? c.path === path : path.test(c.path)));
  }

  /** Answers one request. */
  handle(method: string, fullPath: string, query: URLSearchParams, headers: Record<string, string | undefined>, body: Body): Reply {
    const at = Date.now();
    const path = fullPath.replace(/^\/api\/v10(?=\/)/, "");
    const reply = this.answer(method, fullPath, path, query, headers, body);
    this.calls.push({ method, path, query: Object.fromEntries(query), body, status: reply.status, at });
    return reply;
  }

  private answer(
    method: string,
    fullPath: string,
    path: string,
    query: URLSearchParams,
    headers: Record<string, string | undefined>,
    body: Body,
  ): Reply {
    if (!fullPath.startsWith("/api/v10/")) return err(404, 0, "404: Not Found");
    const injected = this.injected(method, path);
    if (injected) return injected;
    const viaInteraction = this.interactions.route(method, path, query, body);
    if (viaInteraction) return viaInteraction;
    if (headers.authorization !== `Bot ${this.token}`) return err(401, 0, "401: Unauthorized");
    const global = this.globalLimit();
    if (global) return global;
    for (const [m, re, handler] of this.routes) {
      const match = re.exec(path);
      if (match && m === method) return handler(match.slice(1), body, query);
    }
    return err(404, 0, "404: Not Found");
  }

  private injected(method: string, path: string): Reply | undefined {
    const f = this.failures.find(
      (x) => (!x.method || x.method === method) && (typeof x.path === "string" ? x.path === path : x.path.test(path)),
    );
    if (!f) return undefined;
    if (--f.times <= 0) this.failures.splice(this.failures.indexOf(f), 1);
    return f.reply;
  }

  /** 50 requests per second per bot (a window opened by the first request); beyond, a global 429. */
  private globalLimit(): Reply | undefined {
    const now = Date.now();
    if (now - this.globalWindow.start >= LIMITS.globalWindowMs) this.globalWindow = { start: now, count: 0 };
    if (this.globalWindow.count >= LIMITS.global) {
      return failures.rateLimited((this.globalWindow.start + LIMITS.globalWindowMs - now) / 1000, true);
    }
    this.globalWindow.count++;
    return undefined;
  }

  /** A route's bucket (5 per 5 s from its first request); headers, or a 429 when it is spent. */
  private bucket(key: string): { headers: Record<string, string> } | Reply {
    const now = Date.now();
    let b = this.buckets.get(key);
    if (!b || now - b.start >= LIMITS.perChannelWindowMs) this.buckets.set(key, (b = { start: now, count: 0 }));
    const resetAfter = (b.start + LIMITS.perChannelWindowMs - now) / 1000;
    if (b.count >= LIMITS.perChannel) {
      const limited = failures.rateLimited(resetAfter);
      return {
        ...limited,
        headers: {
          ...limited.headers,
          "x-ratelimit-limit": "5",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset-after": resetAfter.toFixed(3),
          "x-ratelimit-bucket": key.split(":")[0]!,
        },
      };
    }
    b.count++;
    return {
      headers: {
        "x-ratelimit-limit": String(LIMITS.perChannel),
        "x-ratelimit-remaining": String(LIMITS.perChannel - b.count),
        "x-ratelimit-reset": ((b.start + LIMITS.perChannelWindowMs) / 1000).toFixed(3),
        "x-ratelimit-reset-after": resetAfter.toFixed(3),
        "x-ratelimit-bucket": key.split(":")[0]!,
      },
    };
  }

  private ok(body: unknown, headers?: Record<string, string>): Reply {
    return { status: 200, body, headers };
  }

  private member(guildId: string, userId: string): Reply {
    const guild = this.world.guilds.get(guildId);
    if (!guild) return err(404, 10004, "Unknown Guild");
    if (!guild.members.has(userId)) return err(404, 10007, "Unknown Member");
    return this.ok(this.world.memberJson(guild, userId));
  }

  private openDm(body: Body): Reply {
    const user = this.world.users.get(String(body.recipient_id));
    if (!user || user.bot) return err(400, 50033, "Invalid Recipient(s)");
    return this.ok(this.world.channelJson(this.world.dmChannel(user)));
  }

  private listCommands(scope: string, query: URLSearchParams): Reply {
    const withLocalizations = query.get("with_localizations") === "true";
    const strip = (c: Record<string, unknown>): Record<string, unknown> => {
      if (withLocalizations) return c;
      const { name_localizations: _n, description_localizations: _d, ...rest } = c;
      return { ...rest, ...(Array.isArray(c.options) ? { options: (c.options as Record<string, unknown>[]).map(strip) } : {}) };
    };
    return this.ok(this.world.commandsOf(scope).map(strip));
  }

  private putCommands(scope: string, body: unknown): Reply {
    const problems = commandProblems(body);
    if (problems.length > 0) return invalidForm(problems);
    const previous = this.world.commandsOf(scope);
    const stored: RegisteredCommand[] = (body as Record<string, unknown>[]).map((c) => ({
      id: previous.find((p) => p.name === c.name)?.id ?? snowflake(),
      application_id: this.world.applicationId,
      version: snowflake(),
      default_member_permissions: null,
      type: 1,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      ...(scope === "global" ? {} : { guild_id: scope }),
      ...c,
      name: String(c.name),
      options: ((c.options ?? []) as Record<string, unknown>[]).map((o) => ({ ...o, required: Boolean(o.required) })),
    }));
    this.world.commands.set(scope, stored);
    return this.ok(stored);
  }

  private postMessage(channelId: string, body: Body): Reply {
    const channel = this.world.channels.get(channelId);
    if (!channel) return err(404, 10003, "Unknown Channel");
    if (channel.forbidden) return err(403, 50001, "Missing Access");
    if (channel.type === 1 && this.world.dmsClosed.has(channel.recipientId!)) return err(403, 50007, "Cannot send messages to this user");
    const problems = messageProblems(body, true);
    if (problems.length > 0) return invalidForm(problems);
    const key = body.nonce !== undefined ? `${channelId}:${String(body.nonce)}` : undefined;
    const earlier = key ? this.nonces.get(key) : undefined;
    if (body.enforce_nonce === true && earlier && Date.now() - earlier.at < 5 * 60_000) {
      return this.ok(this.world.messageJson(this.world.messages.get(earlier.messageId)!));
    }
    const limit = this.bucket(`channel-messages:${channelId}`);
    if ("status" in limit) return limit;
    const m = createMessage(this.world, channelId, body, { nonce: body.nonce as string | undefined });
    if (key) this.nonces.set(key, { messageId: m.id, at: Date.now() });
    return this.ok(this.world.messageJson(m), limit.headers);
  }

  private editMessage(channelId: string, messageId: string, body: Body): Reply {
    const channel = this.world.channels.get(channelId);
    if (!channel) return err(404, 10003, "Unknown Channel");
    if (channel.forbidden) return err(403, 50001, "Missing Access");
    const m = this.world.messages.get(messageId);
    if (!m || m.deleted || m.channelId !== channelId) return err(404, 10008, "Unknown Message");
    const problems = messageProblems(body, false);
    if (problems.length > 0) return invalidForm(problems);
    const limit = this.bucket(`channel-message-edits:${channelId}`);
    if ("status" in limit) return limit;
    applyBody(m, body);
    m.editedAt = Date.now();
    return this.ok(this.world.messageJson(m), limit.headers);
  }

  private getMessage(channelId: string, messageId: string): Reply {
    const m = this.world.messages.get(messageId);
    if (!m || m.deleted || m.channelId !== channelId || m.ephemeralFor) return err(404, 10008, "Unknown Message");
    return this.ok(this.world.messageJson(m));
  }
}

function err(status: number, code: number, message: string): ApiError {
  return { status, body: { code, message } };
}
