// Decoding Slack payloads (slash commands, app mentions, direct messages, button presses) into
// neutral events. Payloads are checked with zod; the people in them are resolved beforehand by
// the caller (users.info) and passed in, so decoding itself stays pure.
import { z } from "zod";
import type { CommandTable } from "../../src/kernel/commands/registry.ts";
import type { IncomingEvent, PersonRef } from "../../src/kernel/model.ts";
import { chatAddress, decodeButtonValue, deliveryIds, isDirectChannel, type ButtonPayload } from "./ids.ts";
import type { Profile } from "./directory.ts";

/** The part of a slash command request we read. */
export const slashCommandSchema = z.object({
  command: z.string().regex(/^\/\S+$/),
  text: z.string().default(""),
  user_id: z.string().min(1),
  user_name: z.string().optional(),
  channel_id: z.string().min(1),
  channel_name: z.string().optional(),
  trigger_id: z.string().min(1),
  response_url: z.string().optional(),
});
export type SlashCommandBody = z.infer<typeof slashCommandSchema>;

/** The part of an app_mention or message event we read. */
export const messageEventSchema = z.object({
  type: z.enum(["app_mention", "message"]),
  user: z.string().min(1),
  text: z.string().default(""),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

/** The part of a block_actions payload we read (one button press). */
export const blockActionSchema = z.object({
  type: z.literal("block_actions"),
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1), username: z.string().optional(), name: z.string().optional() }),
  channel: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  container: z
    .object({ message_ts: z.string().optional(), channel_id: z.string().optional(), is_ephemeral: z.boolean().optional() })
    .partial()
    .optional(),
  message: z.object({ ts: z.string() }).loose().optional(),
  response_url: z.string().optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() }).loose()).min(1),
});
export type BlockActionBody = z.infer<typeof blockActionSchema>;

const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

/** User ids mentioned in message text (`<@U123>` or, in escaped slash commands, `<@U123|name>`). */
export function mentionedIds(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((m) => m[1]!))];
}

/** `<@U123|name>` → `<@U123>`: one token per person, which the core matches by id. */
function normaliseMentions(text: string): string {
  return text.replace(MENTION, "<@$1>");
}

/**
 * Text typed to the bot as a command: "cook tuesday" → "/cook tuesday" when the first word is a
 * command, "/…" kept, nothing → "/help"; other text is left for the core to answer with a hint.
 */
export function asCommand(text: string, table: CommandTable): string {
  const t = text.trim();
  if (t === "") return "/help";
  if (t.startsWith("/")) return t;
  const first = t.split(/\s+/, 1)[0]!;
  return table.find(first) ? `/${t}` : t;
}

/**
 * A slash command's text for the core. `/cook tuesday` reads as itself; any command that is not
 * a core command (the `/tablee` entry point, or whatever name a workspace gave it) takes the
 * command from its text: `/tablee cuisiner mardi` → "/cuisiner mardi".
 */
export function slashCommandText(body: Pick<SlashCommandBody, "command" | "text">, table: CommandTable): string {
  const name = body.command.slice(1);
  const args = body.text.trim();
  if (table.find(name)) return args === "" ? `/${name}` : `/${name} ${args}`;
  return args === "" ? "/help" : `/${args.replace(/^\//, "")}`;
}

function author(p: Profile): IncomingEvent["author"] {
  return { address: p.address, name: p.name, ...(p.language ? { language: p.language } : {}), ...(p.admin ? { platformAdmin: true } : {}) };
}

/** A slash command (`/cook mardi`, `/tablee cook mardi`) as an event. */
export function decodeSlashCommand(body: SlashCommandBody, who: Profile, mentions: PersonRef[], table: CommandTable): IncomingEvent {
  const isPrivate = isDirectChannel(body.channel_id) || body.channel_name === "directmessage";
  return {
    platform: "slack",
    deliveryId: deliveryIds.command(body.trigger_id),
    chat: { address: chatAddress(body.channel_id), title: isPrivate ? undefined : body.channel_name, private: isPrivate },
    author: author(who),
    text: normaliseMentions(slashCommandText(body, table)),
    mentions,
    addressed: true,
    raw: body,
  };
}

/**
 * An app_mention ("@Tablée cook tuesday") or a direct message to the app as an event: the bot's
 * own mention is dropped and the rest read as a command.
 */
export function decodeMessage(
  eventId: string,
  ev: MessageEvent,
  botUserId: string | undefined,
  who: Profile,
  mentions: PersonRef[],
  table: CommandTable,
): IncomingEvent {
  const own = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, "g") : undefined;
  const text = own ? ev.text.replace(own, " ") : ev.text;
  const isPrivate = ev.type === "message" && (ev.channel_type === "im" || isDirectChannel(ev.channel));
  return {
    platform: "slack",
    deliveryId: deliveryIds.event(eventId),
    chat: { address: chatAddress(ev.channel), private: isPrivate },
    author: author(who),
    text: normaliseMentions(asCommand(text.replace(/\s+/g, " "), table)),
    mentions: mentions.filter((m) => !botUserId || m.address !== `slack:${botUserId}`),
    addressed: true,
    raw: ev,
  };
}

/** Where a pressed button lives: its chat and message, for the in-place update. */
export interface PressedButton {
  channel: string;
  messageTs?: string;
  ephemeral: boolean;
  payload: ButtonPayload;
}

/** The Tablée button a block_actions payload presses, or undefined (another app's element). */
export function pressedButton(body: BlockActionBody): PressedButton | undefined {
  const payload = decodeButtonValue(body.actions[0]!.value);
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!payload || !channel) return undefined;
  return {
    channel,
    messageTs: body.container?.message_ts ?? body.message?.ts,
    ephemeral: Boolean(body.container?.is_ephemeral),
    payload,
  };
}

/** A button press as an event: the button's command, with the command refreshing its message. */
export function decodeAction(body: BlockActionBody, pressed: PressedButton, who: Profile): IncomingEvent {
  const isPrivate = isDirectChannel(pressed.channel);
  return {
    platform: "slack",
    deliveryId: deliveryIds.action(body.trigger_id),
    chat: { address: chatAddress(pressed.channel), title: isPrivate ? undefined : body.channel?.name, private: isPrivate },
    author: author(who),
    text: pressed.payload.command,
    action: true,
    refresh: pressed.payload.refresh,
    addressed: true,
    raw: body,
  };
}
