// conversations.history of the fake Slack: a channel's messages newest first, from `oldest`
// (inclusive or not), at most `limit` (has_more beyond), with their metadata only when asked
// with include_all_metadata — as Slack answers it.
import type { SlackChannel } from "./web-api.ts";

/** The answer to conversations.history for a channel (undefined: channel_not_found). */
export function history(channel: SlackChannel | undefined, a: Record<string, unknown>, botId: string): Record<string, unknown> {
  if (!channel) return { ok: false, error: "channel_not_found" };
  const flag = (v: unknown) => v === true || v === "true" || v === "1";
  const oldest = Number(a.oldest ?? 0);
  const limit = Math.min(999, Math.max(1, Number(a.limit ?? 100)));
  const inclusive = flag(a.inclusive);
  const withMetadata = flag(a.include_all_metadata);
  const since = channel.messages.filter((m) => (inclusive ? Number(m.ts) >= oldest : Number(m.ts) > oldest)).reverse();
  const page = since.slice(0, limit).map((m) => ({
    type: "message",
    ts: m.ts,
    user: m.user,
    bot_id: botId,
    text: m.text,
    ...(withMetadata && m.metadata !== undefined ? { metadata: m.metadata } : {}),
  }));
  return { ok: true, messages: page, has_more: since.length > limit };
}
