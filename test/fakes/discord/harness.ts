// The Discord PlatformHarness: a fake Discord with two servers (#cantine in "Belleville", #cuisine
// in "Vaise") and three people, the real Discord adapter (discord.js inside) started against it
// and wired to the test's core. People type "/cuisiner mardi" as text; the harness turns it into
// the slash command the Discord client would send, filling the options in order.
import { createDiscordAdapter, type DiscordAdapter, type DiscordOptions } from "../../../adapters/discord/adapter.ts";
import type { Core } from "../../../src/kernel/core.ts";
import { loadConfig } from "../../../src/config.ts";
import { fold, tokenize } from "../../../src/kernel/text.ts";
import type { FakeUser as ContractUser, PlatformHarness } from "../../contract/adapter-contract.ts";
import type { Harness } from "../../helpers/harness.ts";
import { failures } from "./rest.ts";
import { FakeDiscord, type FakeDiscordOptions, type OptionValues } from "./server.ts";
import type { FakeChannel, FakeGuild, InteractionRecord } from "./state.ts";

/** Options of a Discord test world. */
export interface DiscordHarnessOptions {
  /** Reuse a running fake (a second adapter against the same Discord). */
  fake?: FakeDiscord;
  fakeOptions?: FakeDiscordOptions;
  adapter?: DiscordOptions;
  /** Register the commands on the Belleville server only (DISCORD_GUILD_ID). */
  guildCommands?: boolean;
  /** The core the adapter talks to (default the world's). */
  core?: Core;
  /** Rewrites the fake's REST address the adapter is given (a proxy in front of it). */
  through?: (apiBase: string) => string;
}

/** The harness plus Discord-specific handles for the Discord tests. */
export interface DiscordHarness extends PlatformHarness {
  adapter: DiscordAdapter;
  fake: FakeDiscord;
  belleville: FakeGuild;
  vaise: FakeGuild;
  /** Errors the adapter reported as fatal. */
  fatal: Error[];
  /** A user runs a slash command with typed options; resolves once the bot has answered. */
  slash(chat: string, user: ContractUser, name: string, values?: OptionValues): Promise<InteractionRecord>;
  /** Resolves once the adapter has fully answered the interaction `start()` dispatches. */
  answered(start: () => InteractionRecord): Promise<InteractionRecord>;
  /** The channel id of a "discord:<id>" address. */
  channelOf(chat: string): string;
}

/** How long a test waits for the bot before failing with a clear message. */
const ANSWER_TIMEOUT_MS = 20_000;

/** Sets up the fake world and starts the adapter against it. */
export async function discordHarness(world: Harness, opts: DiscordHarnessOptions = {}): Promise<DiscordHarness> {
  const fake = opts.fake ?? (await FakeDiscord.start(opts.fakeOptions));
  const w = fake.world;
  let belleville = [...w.guilds.values()].find((g) => g.name === "Belleville");
  let vaise = [...w.guilds.values()].find((g) => g.name === "Vaise");
  if (!belleville || !vaise) {
    const owner = w.addUser("Owner");
    belleville = w.addGuild("Belleville", owner);
    vaise = w.addGuild("Vaise", owner);
    w.addChannel(belleville, "cantine");
    w.addChannel(vaise, "cuisine");
    // As on the other fakes, Bob's app is in English.
    for (const name of ["Mona", "Alice", "Bob"]) {
      const u = w.addUser(name, name === "Bob" ? { locale: "en-GB" } : {});
      w.addMember(belleville, u);
      w.addMember(vaise, u);
    }
  }
  const channelIn = (g: FakeGuild): FakeChannel => [...w.channels.values()].find((c) => c.guildId === g.id)!;
  const people = ["Mona", "Alice", "Bob"].map((n) => [...w.users.values()].find((u) => u.global_name === n)!);
  const users = people.map((u) => ({ id: u.id, name: u.global_name!, address: `discord:${u.id}` })) as [
    ContractUser,
    ContractUser,
    ContractUser,
  ];

  const fatal: Error[] = [];
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_BASE: opts.through ? opts.through(fake.apiBase) : fake.apiBase,
    ...(opts.guildCommands ? { DISCORD_GUILD_ID: belleville.id } : {}),
  });
  const adapter = createDiscordAdapter(
    {
      config,
      log: world.log,
      http: { route: () => undefined },
      fatal: (e) => {
        fatal.push(e);
        // A process exits here. discord.js, destroyed mid-recovery, may still open one more
        // socket with no error listener: from now on the fake answers it normally, so that
        // attempt cannot become an uncaught exception in the test process (see stop()).
        fake.gateway.refuse = false;
        fake.gateway.identifyAnswer = "ready";
      },
    },
    opts.adapter,
  );
  await adapter.start(opts.core ?? world.core);

  const channelOf = (chat: string): string => {
    const id = chat.replace(/^discord:/, "");
    if (!w.channels.has(id)) throw new Error(`${chat} is not a channel of the fake`);
    return id;
  };

  let last: InteractionRecord | undefined;
  const answered = (start: () => InteractionRecord): Promise<InteractionRecord> =>
    new Promise((resolve, reject) => {
      let record: InteractionRecord | undefined;
      const timer = setTimeout(() => {
        off();
        reject(new Error(`the bot did not finish answering interaction ${record?.id ?? "?"} within ${ANSWER_TIMEOUT_MS} ms`));
      }, ANSWER_TIMEOUT_MS);
      const off = adapter.onSettled((id) => {
        if (id !== record?.id) return;
        clearTimeout(timer);
        off();
        resolve(record);
      });
      try {
        record = start();
        last = record;
      } catch (e) {
        clearTimeout(timer);
        off();
        reject(e as Error);
      }
    });

  const slash: DiscordHarness["slash"] = (chat, user, name, values = {}) =>
    answered(() => fake.slash(channelOf(chat), user.id, name, values));

  /** "/cuisiner mardi plonge" → /cook with day "mardi", role "plonge" (the last option takes the rest). */
  const userSays: PlatformHarness["userSays"] = async (chat, user, text) => {
    const m = /^\/(\S+)\s*([\s\S]*)$/.exec(text.trim());
    if (!m) throw new Error(`Discord bots without the MessageContent intent only see slash commands, not "${text}"`);
    const typed = fold(m[1]!);
    const guildId = w.channels.get(channelOf(chat))?.guildId;
    const commands = [...(guildId ? w.commandsOf(guildId) : []), ...w.commandsOf("global")];
    const command = commands.find(
      (c) => c.name === typed || fold(String((c.name_localizations as Record<string, string> | undefined)?.fr ?? "")) === typed,
    );
    if (!command) throw new Error(`no slash command /${typed} is registered`);
    const options = command.options ?? [];
    const rest = m[2]!.trim();
    const words = tokenize(rest);
    const values: OptionValues = {};
    options.forEach((o, i) => {
      if (words.length === 0) return;
      const lastOption = i === options.length - 1;
      values[String(o.name)] = lastOption ? (options.length === 1 ? rest : words.splice(0).join(" ")) : words.shift();
    });
    await slash(chat, user, command.name, values);
  };

  return {
    adapter,
    fake,
    belleville,
    vaise,
    fatal,
    group: `discord:${channelIn(belleville).id}`,
    otherGroup: `discord:${channelIn(vaise).id}`,
    users,
    slash,
    answered,
    channelOf,
    userSays,
    async press(chat, user, label) {
      const withButton = fake.channelMessages(channelOf(chat)).filter((msg) => fake.buttons(msg).some((b) => label.test(b.label)));
      const target = withButton.at(-1);
      if (!target) throw new Error(`no bot message in ${chat} has a button matching ${label}`);
      const button = fake.buttons(target).find((b) => label.test(b.label))!;
      await answered(() => fake.press(target.id, user.id, button.customId));
    },
    messages: (chat) => fake.channelMessages(channelOf(chat)).map((msg) => fake.seen(msg)),
    toasts: (user) => fake.ephemeralFor(user.id).map((msg) => fake.seen(msg)),
    async redeliverLast() {
      if (!last) throw new Error("nothing was delivered yet");
      const record = last;
      await answered(() => {
        fake.redeliver(record.id);
        return record;
      });
    },
    failNextPost(chat, failure, retryAfterSeconds = 5) {
      const reply = failure === "rate-limited" ? failures.rateLimited(retryAfterSeconds) : failures.missingAccess();
      fake.rest.failNext({ method: "POST", path: `/channels/${channelOf(chat)}/messages` }, reply);
    },
    async stop() {
      // After a fatal report (a process would exit here) discord.js may still be reconnecting,
      // and a shard destroyed mid-recovery opens one more socket 500 ms later with no error
      // listener: a refused or reset connection then becomes an uncaught exception. So the
      // fake answers normally again, and that last attempt gets time to land on it.
      const settle = fatal.length > 0;
      if (settle) {
        fake.gateway.refuse = false;
        fake.gateway.identifyAnswer = "ready";
      }
      await adapter.stop();
      if (settle) await new Promise((r) => setTimeout(r, 1_000));
      if (!opts.fake) await fake.stop();
    },
  };
}

/** Polls `condition` until it holds (no fixed sleeps in tests); fails with `what` after `timeoutMs`. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
