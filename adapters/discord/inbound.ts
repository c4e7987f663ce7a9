// Decoding Discord interactions into neutral events: a slash command becomes the text command it
// stands for, a button press becomes its command (with the refresh of the message it was on).
import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction, type CommandInteractionOption } from "discord.js";
import type { IncomingEvent, PersonRef } from "../../src/kernel/model.ts";
import type { SlashCommands } from "./commands.ts";
import { chatAddress, decodeCustomId, interactionDeliveryId, personAddress } from "./ids.ts";

/** Looks a mentioned user up (server member, else user), for `<@id>` typed into a text option. */
export type MentionLookup = (userId: string, guildId: string | null) => Promise<PersonRef | undefined>;

type AnyInteraction = ChatInputCommandInteraction | ButtonInteraction;

/** The name people see: server nickname, else global display name, else username. */
export function displayName(i: AnyInteraction): string {
  const member = i.member;
  const nick = member ? ("nickname" in member ? member.nickname : member.nick) : null;
  return nick ?? i.user.globalName ?? i.user.username;
}

/** Manage Server (or Administrator, which implies it) makes someone a manager without a step. */
export function isServerManager(i: AnyInteraction): boolean {
  return Boolean(i.inGuild() && i.memberPermissions?.has(PermissionFlagsBits.ManageGuild, true));
}

function channelTitle(i: AnyInteraction): string | undefined {
  const channel = i.channel;
  if (!channel || channel.isDMBased()) return undefined;
  return "name" in channel && channel.name ? `#${channel.name}` : undefined;
}

/** What every interaction shares: chat, author, delivery id; the bot is always addressed. */
function base(i: AnyInteraction): Omit<IncomingEvent, "text"> {
  return {
    platform: "discord",
    deliveryId: interactionDeliveryId(i.id),
    chat: { address: chatAddress(i.channelId ?? i.user.id), title: channelTitle(i), private: !i.inGuild() },
    author: {
      address: personAddress(i.user.id),
      name: displayName(i),
      platformAdmin: isServerManager(i),
      language: i.locale,
    },
    addressed: true,
  };
}

/** `<@123>` and `<@!123>` in option text. */
const MENTION = /<@!?(\d{1,25})>/g;

async function mentionsIn(texts: string[], guildId: string | null, lookup: MentionLookup): Promise<PersonRef[]> {
  const ids = new Set(texts.flatMap((t) => [...t.matchAll(MENTION)].map((m) => m[1]!)));
  const found = await Promise.all([...ids].map((id) => lookup(id, guildId).catch(() => undefined)));
  return found.filter((p): p is PersonRef => p !== undefined);
}

/** A slash command as an event, or undefined when the command is not one of ours. */
export async function decodeSlashCommand(
  i: ChatInputCommandInteraction,
  commands: SlashCommands,
  lookup: MentionLookup,
): Promise<IncomingEvent | undefined> {
  const options: readonly CommandInteractionOption[] = i.options.data;
  const text = commands.textOf(i.commandName, options);
  if (text === undefined) return undefined;
  const texts = options.map((o) => o.value).filter((v): v is string => typeof v === "string");
  const mentions = await mentionsIn(texts, i.guildId, lookup);
  return {
    ...base(i),
    text,
    ...(mentions.length > 0 ? { mentions } : {}),
    raw: { interaction: i.id, command: i.commandName, options: options.map((o) => ({ name: o.name, value: o.value })) },
  };
}

/** A button press as an event, or undefined when the button is not one of ours. */
export function decodeButtonPress(i: ButtonInteraction): IncomingEvent | undefined {
  const payload = decodeCustomId(i.customId);
  if (!payload) return undefined;
  return {
    ...base(i),
    text: payload.command,
    action: true,
    refresh: payload.refresh,
    raw: { interaction: i.id, customId: i.customId, message: i.message.id },
  };
}
