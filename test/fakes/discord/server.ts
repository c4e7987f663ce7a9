// A fake Discord on 127.0.0.1: REST under /api/v10 and the gateway websocket on the same port
// (GET /gateway/bot hands out ws://127.0.0.1:PORT/gateway; READY's resume URL is …/resume).
// Tests build a small world (servers, channels, people), make people use slash commands and
// buttons, and read back what each person sees.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeGateway } from "./gateway.ts";
import { renderMarkdown } from "./markdown.ts";
import { FakeRest } from "./rest.ts";
import { FakeWorld, snowflake, type FakeChannel, type FakeUser, type InteractionRecord, type StoredMessage } from "./state.ts";

/** Options of the fake. */
export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** HELLO's heartbeat interval (Discord: about 41 s). */
  heartbeatIntervalMs?: number;
  /** Time allowed for an interaction's first response (Discord: 3 s). */
  responseWindowMs?: number;
}

/** A typed option value of a slash command, as a user fills it in. */
export type OptionValues = Record<string, string | number | undefined>;

/** The fake Discord. */
export class FakeDiscord {
  readonly token: string;
  readonly world: FakeWorld;
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  private port = 0;

  private constructor(
    private readonly server: Server,
    opts: FakeDiscordOptions,
  ) {
    this.token = opts.token ?? "fake-discord-bot-token-0123456789";
    this.world = new FakeWorld(opts.applicationId ?? snowflake());
    this.rest = new FakeRest(this.world, this.token, () => `ws://127.0.0.1:${this.port}/gateway`, opts.responseWindowMs ?? 3_000);
    this.gateway = new FakeGateway(
      this.world,
      this.token,
      () => ({ gateway: `ws://127.0.0.1:${this.port}/gateway`, resume: `ws://127.0.0.1:${this.port}/resume` }),
      opts.heartbeatIntervalMs ?? 41_250,
    );
  }

  /** Starts a fake on a random loopback port. */
  static async start(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, opts);
    server.on("request", (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const text = Buffer.concat(chunks).toString();
        let body: Record<string, unknown> = {};
        try {
          body = text === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
        } catch {
          body = {};
        }
        const headers = { authorization: req.headers.authorization };
        const reply = fake.rest.handle(req.method ?? "GET", decodeURIComponent(url.pathname), url.searchParams, headers, body);
        if (reply.status === 204) {
          res.writeHead(204, reply.headers).end();
          return;
        }
        res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers }).end(JSON.stringify(reply.body ?? {}));
      });
    });
    server.on("upgrade", (req, socket, head: Buffer) => fake.gateway.upgrade(req, socket, head));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** DISCORD_API_BASE for the adapter. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  // --- People acting ---------------------------------------------------------------------------

  private interaction(
    type: 2 | 3,
    channel: FakeChannel,
    user: FakeUser,
    data: Record<string, unknown>,
    message?: StoredMessage,
  ): InteractionRecord {
    const { world } = this;
    const guild = channel.guildId ? world.guilds.get(channel.guildId) : undefined;
    const id = snowflake();
    const token = Buffer.from(`interaction:${id}:${Math.random().toString(36).slice(2)}`).toString("base64url");
    const payload: Record<string, unknown> = {
      id,
      application_id: world.applicationId,
      type,
      data,
      channel: world.channelJson(channel),
      channel_id: channel.id,
      token,
      version: 1,
      app_permissions: "2248473465835073",
      locale: user.locale ?? "fr",
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...(guild
        ? {
            guild_id: guild.id,
            guild_locale: "fr",
            member: world.memberJson(guild, user.id, true),
            authorizing_integration_owners: { 0: guild.id },
            context: 0,
          }
        : { user: world.userJson(user), authorizing_integration_owners: { 0: "0" }, context: 1 }),
      ...(message ? { message: world.messageJson(message) } : {}),
    };
    const record: InteractionRecord = {
      id,
      token,
      type,
      channelId: channel.id,
      userId: user.id,
      createdAt: Date.now(),
      payload,
      componentMessageId: message?.id,
    };
    world.interactions.set(id, record);
    this.gateway.dispatch("INTERACTION_CREATE", payload);
    return record;
  }

  /** A user runs a slash command (by its canonical name) with typed option values. */
  slash(channelId: string, userId: string, name: string, values: OptionValues = {}): InteractionRecord {
    const channel = this.channel(channelId);
    const command =
      this.world.commandsOf(channel.guildId ?? "global").find((c) => c.name === name) ??
      this.world.commandsOf("global").find((c) => c.name === name);
    if (!command) throw new Error(`/${name} is not registered where ${channelId} can see it`);
    const options = (command.options ?? [])
      .filter((o) => values[String(o.name)] !== undefined && values[String(o.name)] !== "")
      .map((o) => ({ name: o.name, type: o.type, value: o.type === 4 ? Number(values[String(o.name)]) : String(values[String(o.name)]) }));
    for (const o of command.options ?? []) {
      if (o.required && values[String(o.name)] === undefined) throw new Error(`/${name} needs its "${String(o.name)}" option`);
    }
    const data = {
      id: command.id,
      name: command.name,
      type: 1,
      ...(options.length ? { options } : {}),
      ...(channel.guildId ? { guild_id: channel.guildId } : {}),
    };
    return this.interaction(2, channel, this.user(userId), data);
  }

  /** A user presses a button (by its custom_id) on a message. */
  press(messageId: string, userId: string, customId: string): InteractionRecord {
    const message = this.world.messages.get(messageId);
    if (!message || message.deleted) throw new Error(`no message ${messageId}`);
    return this.interaction(3, this.channel(message.channelId), this.user(userId), { custom_id: customId, component_type: 2 }, message);
  }

  /** Sends an interaction's payload again (same id and token), as a replay would. */
  redeliver(interactionId: string): void {
    const record = this.world.interactions.get(interactionId);
    if (!record) throw new Error(`no interaction ${interactionId}`);
    this.gateway.dispatch("INTERACTION_CREATE", record.payload);
  }

  private channel(id: string): FakeChannel {
    const c = this.world.channels.get(id);
    if (!c) throw new Error(`no channel ${id}`);
    return c;
  }

  private user(id: string): FakeUser {
    const u = this.world.users.get(id);
    if (!u) throw new Error(`no user ${id}`);
    return u;
  }

  // --- What people see -------------------------------------------------------------------------

  /** A message's text as people read it: content, then embed descriptions. */
  seen(m: StoredMessage): string {
    if (m.loading) return `${this.world.bot.username} réfléchit…`;
    const nameOf = (id: string) => this.world.displayName(id, m.channelId);
    return [m.content, ...m.embeds.map((e) => e.description ?? "")]
      .filter((t) => t !== "")
      .map((t) => renderMarkdown(t, nameOf))
      .join("\n");
  }

  /** The bot's messages everyone in a channel sees (not ephemeral, not deleted), oldest first. */
  channelMessages(channelId: string): StoredMessage[] {
    return [...this.world.messages.values()]
      .filter((m) => m.channelId === channelId && !m.deleted && !m.ephemeralFor)
      .sort((a, b) => a.createdAt - b.createdAt || (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  /** Messages only this user saw (ephemeral responses and follow-ups), oldest first. */
  ephemeralFor(userId: string): StoredMessage[] {
    return [...this.world.messages.values()]
      .filter((m) => m.ephemeralFor === userId && !m.deleted)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Buttons on a message: label and custom_id. */
  buttons(m: StoredMessage): { label: string; customId: string }[] {
    return m.components.flatMap((r) => r.components).map((b) => ({ label: b.label ?? "", customId: b.custom_id ?? "" }));
  }

  async stop(): Promise<void> {
    this.gateway.stop();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
