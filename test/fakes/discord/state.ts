// The fake Discord's world: users, servers, channels, messages, slash commands and interactions,
// and the JSON shapes Discord's API and gateway use for them. No SDK here: plain wire objects.

/** Discord's epoch (2015-01-01), for snowflakes. */
const EPOCH = 1420070400000n;
let counter = 0n;

/** A new, increasing snowflake id. */
export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return (((BigInt(Date.now()) - EPOCH) << 22n) | (1n << 17n) | counter).toString();
}

/** Permission bits the fake uses. */
export const PERMISSIONS = {
  administrator: 0x8n,
  manageGuild: 0x20n,
  viewChannel: 0x400n,
  sendMessages: 0x800n,
  useApplicationCommands: 0x80000000n,
} as const;

/** What an ordinary member may do in a channel. */
export const MEMBER_PERMISSIONS = PERMISSIONS.viewChannel | PERMISSIONS.sendMessages | PERMISSIONS.useApplicationCommands;

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  bot?: boolean;
  /** The language of the person's Discord client, sent as each interaction's `locale` ("fr" when unset). */
  locale?: string;
}

export interface FakeMember {
  userId: string;
  nick: string | null;
  permissions: bigint;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  members: Map<string, FakeMember>;
}

export interface FakeChannel {
  id: string;
  /** 0: server text channel, 1: DM. */
  type: 0 | 1;
  guildId?: string;
  name?: string;
  recipientId?: string;
  /** The bot was removed / lost access: posts answer 403 Missing Access. */
  forbidden?: boolean;
}

export interface StoredMessage {
  id: string;
  channelId: string;
  content: string;
  embeds: { description?: string; title?: string }[];
  components: { type: number; components: { type: number; style: number; label?: string; custom_id?: string }[] }[];
  flags: number;
  nonce?: string | number;
  createdAt: number;
  editedAt?: number;
  deleted: boolean;
  /** Shown to this user only (flags 64). */
  ephemeralFor?: string;
  /** Created as the response to (or a follow-up of) this interaction. */
  interactionId?: string;
  /** A deferred "thinking…" placeholder not yet edited. */
  loading: boolean;
  allowedUsers: string[];
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: 2 | 3;
  channelId: string;
  userId: string;
  createdAt: number;
  payload: Record<string, unknown>;
  /** The first response's type (4, 5, 6, 7) and when it came. */
  response?: { type: number; at: number };
  /** The message the response created (types 4/5). */
  originalMessageId?: string;
  /** For a button press: the message the button was on. */
  componentMessageId?: string;
}

/** A slash command as registered (what GET returns with localisations). */
export type RegisteredCommand = Record<string, unknown> & { id: string; name: string; options?: Record<string, unknown>[] };

/** The whole fake world. */
export class FakeWorld {
  readonly users = new Map<string, FakeUser>();
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  /** Commands by scope: "global" or a guild id. */
  readonly commands = new Map<string, RegisteredCommand[]>();
  /** Users whose DMs are closed to the bot (50007). */
  readonly dmsClosed = new Set<string>();
  readonly bot: FakeUser;

  constructor(readonly applicationId: string) {
    this.bot = this.addUser("Tablée", { username: "tablee", bot: true });
  }

  addUser(displayName: string, opts: { username?: string; bot?: boolean; locale?: string } = {}): FakeUser {
    const user: FakeUser = {
      id: snowflake(),
      username: opts.username ?? displayName.toLowerCase().replace(/\W+/g, ""),
      global_name: opts.bot ? null : displayName,
    };
    if (opts.bot) user.bot = true;
    if (opts.locale) user.locale = opts.locale;
    this.users.set(user.id, user);
    return user;
  }

  addGuild(name: string, owner: FakeUser): FakeGuild {
    const guild: FakeGuild = { id: snowflake(), name, ownerId: owner.id, members: new Map() };
    this.guilds.set(guild.id, guild);
    this.addMember(guild, owner, { permissions: PERMISSIONS.administrator | MEMBER_PERMISSIONS });
    this.addMember(guild, this.bot, { permissions: MEMBER_PERMISSIONS });
    return guild;
  }

  addMember(guild: FakeGuild, user: FakeUser, opts: { nick?: string; permissions?: bigint } = {}): FakeMember {
    const member = { userId: user.id, nick: opts.nick ?? null, permissions: opts.permissions ?? MEMBER_PERMISSIONS };
    guild.members.set(user.id, member);
    return member;
  }

  addChannel(guild: FakeGuild, name: string): FakeChannel {
    const channel: FakeChannel = { id: snowflake(), type: 0, guildId: guild.id, name };
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** The DM channel between the bot and a user (one per user, as on Discord). */
  dmChannel(user: FakeUser): FakeChannel {
    for (const c of this.channels.values()) if (c.type === 1 && c.recipientId === user.id) return c;
    const channel: FakeChannel = { id: snowflake(), type: 1, recipientId: user.id };
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** Permissions of a member in a guild: the owner and administrators have them all. */
  permissionsOf(guild: FakeGuild, userId: string): bigint {
    const member = guild.members.get(userId);
    if (guild.ownerId === userId || (member && member.permissions & PERMISSIONS.administrator)) return (1n << 50n) - 1n;
    return member?.permissions ?? 0n;
  }

  /** The name a user shows in a channel: server nickname, global name, username. */
  displayName(userId: string, channelId?: string): string {
    const user = this.users.get(userId);
    const guildId = channelId ? this.channels.get(channelId)?.guildId : undefined;
    const nick = guildId ? this.guilds.get(guildId)?.members.get(userId)?.nick : null;
    return nick ?? user?.global_name ?? user?.username ?? `unknown-${userId}`;
  }

  commandsOf(scope: string): RegisteredCommand[] {
    return this.commands.get(scope) ?? [];
  }

  // --- Wire shapes -------------------------------------------------------------------------

  userJson(u: FakeUser): Record<string, unknown> {
    return {
      id: u.id,
      username: u.username,
      global_name: u.global_name,
      discriminator: "0",
      avatar: null,
      bot: u.bot ?? false,
      public_flags: 0,
    };
  }

  memberJson(guild: FakeGuild, userId: string, withPermissions = false): Record<string, unknown> {
    const m = guild.members.get(userId);
    return {
      user: this.userJson(this.users.get(userId)!),
      nick: m?.nick ?? null,
      avatar: null,
      roles: [],
      joined_at: "2026-01-05T10:00:00.000000+00:00",
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      ...(withPermissions ? { permissions: this.permissionsOf(guild, userId).toString() } : {}),
    };
  }

  channelJson(c: FakeChannel): Record<string, unknown> {
    if (c.type === 1) {
      return { id: c.id, type: 1, last_message_id: null, flags: 0, recipients: [this.userJson(this.users.get(c.recipientId!)!)] };
    }
    return {
      id: c.id,
      type: 0,
      guild_id: c.guildId,
      name: c.name,
      position: 0,
      permission_overwrites: [],
      topic: null,
      nsfw: false,
      parent_id: null,
      rate_limit_per_user: 0,
      last_message_id: null,
      flags: 0,
    };
  }

  /** The GUILD_CREATE payload: the server with its channels, roles and the bot's membership. */
  guildJson(g: FakeGuild): Record<string, unknown> {
    const channels = [...this.channels.values()].filter((c) => c.guildId === g.id).map((c) => this.channelJson(c));
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: g.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: "fr",
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      max_members: 500000,
      max_video_channel_users: 25,
      features: [],
      roles: [
        {
          id: g.id,
          name: "@everyone",
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: MEMBER_PERMISSIONS.toString(),
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      joined_at: "2026-01-05T10:00:00.000000+00:00",
      large: false,
      unavailable: false,
      member_count: g.members.size,
      voice_states: [],
      members: [this.memberJson(g, this.bot.id)],
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  messageJson(m: StoredMessage): Record<string, unknown> {
    const interaction = m.interactionId ? this.interactions.get(m.interactionId) : undefined;
    return {
      id: m.id,
      type: interaction ? (interaction.type === 2 ? 20 : 19) : 0,
      channel_id: m.channelId,
      author: this.userJson(this.bot),
      content: m.content,
      timestamp: new Date(m.createdAt).toISOString(),
      edited_timestamp: m.editedAt ? new Date(m.editedAt).toISOString() : null,
      tts: false,
      mention_everyone: false,
      mentions: m.allowedUsers.filter((id) => this.users.has(id)).map((id) => this.userJson(this.users.get(id)!)),
      mention_roles: [],
      attachments: [],
      embeds: m.embeds.map((e) => ({ type: "rich", ...e })),
      pinned: false,
      flags: m.flags,
      components: m.components,
      ...(m.nonce !== undefined ? { nonce: m.nonce } : {}),
      ...(interaction
        ? {
            webhook_id: this.applicationId,
            application_id: this.applicationId,
            interaction_metadata: {
              id: interaction.id,
              type: interaction.type,
              user: this.userJson(this.users.get(interaction.userId)!),
              authorizing_integration_owners: {},
            },
          }
        : {}),
    };
  }
}
