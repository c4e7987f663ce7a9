// The Discord adapter: a discord.js Client on the gateway (Guilds intent only — slash commands and
// buttons need no privileged intent), slash commands registered at start when they changed,
// interactions answered within 3 s, and paced posts/edits/DMs for the delivery ledger.
import { EventEmitter, once } from "node:events";
import { Client, Events, GatewayIntentBits, type RateLimitData } from "discord.js";
import type { Adapter, RatePolicy } from "../../src/kernel/adapter.ts";
import type { Core } from "../../src/kernel/core.ts";
import type { PersonRef } from "../../src/kernel/model.ts";
import { Pacer } from "../../src/delivery/pacer.ts";
import { StartupError } from "../../src/startup/failure.ts";
import { retryAtStart, startRetryWindowMs } from "../../src/startup/retry.ts";
import type { AdapterDeps } from "../deps.ts";
import { DISCORD_CAPABILITIES } from "./capabilities.ts";
import { SlashCommands, syncCommands } from "./commands.ts";
import { DEFAULT_RECONNECT_DEADLINE_MS, watchGateway } from "./gateway.ts";
import { personAddress } from "./ids.ts";
import { DEFAULT_DEFER_AFTER_MS, onInteraction, type InteractionDeps } from "./interactions.ts";
import { DiscordTransport, describeError, judgeStartError } from "./transport.ts";

/**
 * Discord's limits: 50 requests per second for the whole bot, and 5 messages per 5 seconds into
 * one channel (the usual message bucket). Interaction responses are not paced.
 */
export const DISCORD_RATE_POLICY: RatePolicy = {
  global: [{ limit: 50, windowMs: 1_000 }],
  perChat: [{ limit: 5, windowMs: 5_000 }],
};

/**
 * discord.js's own waits — its bucket bookkeeping, a few ms off the Pacer's, and its 50/s global
 * window — last about a second at most: it waits those out. A 429 asking for longer, or any longer
 * wait, is rejected at once, so the caller sees a rate-limited DeliveryError (and the Pacer is
 * paused) instead of a request hanging for as long as Discord says (hours have been seen).
 */
const SDK_WAIT_LIMIT_MS = 2_000;

/**
 * How long Discord keeps a post's nonce (with enforce_nonce): its documentation says "the past
 * few minutes". Three minutes is our careful reading: a post repeated later than that after its
 * first attempt is not made (the delivery becomes "unconfirmed").
 */
export const DISCORD_NONCE_WINDOW_MS = 3 * 60_000;

/** Tuning knobs, for tests and operators; the defaults suit Discord. */
export interface DiscordOptions {
  /** The core may take this long before an interaction is deferred (default 1 s). */
  deferAfterMs?: number;
  /** A shard disconnected this long is fatal (default 3 minutes). */
  reconnectDeadlineMs?: number;
  /** start() fails if the gateway is not ready within this time (default 60 s). */
  startTimeoutMs?: number;
  /** How long one REST request may take before discord.js gives up on it (default 15 s; tests shorten it). */
  restTimeoutMs?: number;
}

/** The Discord adapter, with its delivery capabilities always present. */
export interface DiscordAdapter extends Adapter {
  post: NonNullable<Adapter["post"]>;
  edit: NonNullable<Adapter["edit"]>;
  dm: NonNullable<Adapter["dm"]>;
  readonly ratePolicy: RatePolicy;
  /** Calls `listener` with each interaction id once it has been fully answered (tests, metrics). */
  onSettled(listener: (interactionId: string) => void): () => void;
}

async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** DISCORD_API_BASE as discord.js wants it: ".../api", without the version it adds itself. */
export function apiBase(url: string): string {
  return url.replace(/\/+$/, "").replace(/\/v\d+$/, "");
}

/** Creates the Discord adapter (DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_BASE). */
export function createDiscordAdapter(deps: AdapterDeps, options: DiscordOptions = {}): DiscordAdapter {
  const { config, log } = deps;
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!token || !applicationId) throw new Error("Discord needs DISCORD_TOKEN and DISCORD_APPLICATION_ID");

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      ...(config.DISCORD_API_BASE ? { api: apiBase(config.DISCORD_API_BASE) } : {}),
      rejectOnRateLimit: (d: RateLimitData) => Math.max(d.retryAfter, d.timeToReset) >= SDK_WAIT_LIMIT_MS,
      ...(options.restTimeoutMs ? { timeout: options.restTimeoutMs } : {}),
    },
  });
  const pacer = new Pacer(DISCORD_RATE_POLICY);
  const transport = new DiscordTransport(client.rest, pacer, log);
  const settled = new EventEmitter();
  const inflight = new Set<Promise<void>>();
  let unwatch: (() => void) | undefined;

  const lookup = async (userId: string, guildId: string | null): Promise<PersonRef | undefined> => {
    const guild = guildId ? client.guilds.cache.get(guildId) : undefined;
    const member = guild ? await guild.members.fetch(userId).catch(() => undefined) : undefined;
    if (member) return { address: personAddress(userId), name: member.displayName };
    const user = await client.users.fetch(userId);
    return { address: personAddress(userId), name: user.globalName ?? user.username };
  };

  function listen(core: Core): void {
    const handler: InteractionDeps = {
      core,
      commands: new SlashCommands(core.commands),
      transport,
      log,
      lookup,
      deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    };
    client.on(Events.InteractionCreate, (interaction) => {
      if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
      const id = interaction.id;
      const work = onInteraction(handler, interaction).finally(() => {
        inflight.delete(work);
        settled.emit("settled", id);
      });
      inflight.add(work);
    });
  }

  return {
    platform: "discord",
    capabilities: DISCORD_CAPABILITIES,
    ratePolicy: DISCORD_RATE_POLICY,
    idempotentPosts: true,
    idempotencyWindowMs: DISCORD_NONCE_WINDOW_MS,

    async start(core) {
      unwatch = watchGateway(client, {
        log,
        fatal: deps.fatal,
        reconnectDeadlineMs: options.reconnectDeadlineMs ?? DEFAULT_RECONNECT_DEADLINE_MS,
      });
      listen(core);
      try {
        client.rest.setToken(token);
        // The first contact: a Discord not reachable yet is waited for; a refused token is said as such.
        await retryAtStart(
          () => syncCommands(client.rest, { applicationId, guildId: config.DISCORD_GUILD_ID, table: core.commands, log }),
          {
            what: `Discord's API at ${config.DISCORD_API_BASE ?? "https://discord.com/api"}`,
            hint: config.DISCORD_API_BASE ? "is this machine online? is DISCORD_API_BASE right?" : "is this machine online?",
            windowMs: startRetryWindowMs(config),
            log,
            judge: judgeStartError,
          },
        );
        const ready = once(client, Events.ClientReady);
        await withDeadline(
          Promise.all([client.login(token), ready]),
          options.startTimeoutMs ?? 60_000,
          "the Discord gateway did not become ready in time",
        ).catch((e: unknown) => {
          const verdict = judgeStartError(e);
          throw verdict?.kind === "final" ? verdict.error : e;
        });
      } catch (e) {
        unwatch();
        await client.destroy();
        if (!(e instanceof StartupError)) log.error({ err: describeError(e) }, "Discord adapter could not start");
        throw e;
      }
      log.info({ bot: client.user?.id, servers: client.guilds.cache.size }, "Discord connected");
    },

    async stop() {
      unwatch?.();
      await Promise.allSettled([...inflight]);
      await client.destroy();
    },

    post: (chat, message, opts) => transport.post(chat, message, opts),
    edit: (chat, messageId, message) => transport.edit(chat, messageId, message),
    dm: (person, message, opts) => transport.dm(person, message, opts),

    onSettled(listener) {
      settled.on("settled", listener);
      return () => settled.off("settled", listener);
    },
  };
}
