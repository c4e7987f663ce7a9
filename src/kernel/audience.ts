// Who sees an answer. A command declares its audience; the kernel routes its answer from that and
// from what the event's platform can do: to the group, or to its author alone — an answer only
// they see where the platform has one, else a private message, the group then getting a short
// neutral line and never the answer itself. No handler decides this, and no platform is named.
import type { Capabilities } from "./adapter.ts";
import type { Answer } from "./context.ts";
import type { Audience, PrivateLines } from "./commands/registry.ts";
import { message, type IncomingEvent, type Message, type Outcome } from "./model.ts";
import type { Translate } from "./i18n/index.ts";
import { startWithCanteen } from "./canteen-token.ts";

/** Where an answer was asked, as routing needs it. */
export interface Asked {
  event: IncomingEvent;
  can: Capabilities;
  /** The group's language, for the lines the group sees. */
  t: Translate;
  lines?: PrivateLines;
  /** The canteen the answer is about, named by the button that opens the private chat. */
  canteenId?: number | null;
}

/** Several messages as one (an ephemeral answer is one message). */
export function joinMessages(messages: Message[]): Message | undefined {
  if (messages.length <= 1) return messages[0];
  return { lines: messages.flatMap((m) => m.lines), buttons: messages.flatMap((m) => m.buttons) };
}

/** True when, in a group, this answer holds something only its author may see. */
export function isRestricted(audience: Audience, answer: Answer): boolean {
  return audience === "person" || (audience === "managers" && answer.shared !== undefined);
}

/**
 * The outcome an adapter gets for a command's answer: in a private chat, all of it; in a group,
 * what the group may see in `replies`, the rest in `personal` (ephemeral) or `direct` (a private
 * message, with the group's line for when it was sent and for when it could not be).
 */
export function routeAnswer(answer: Answer, audience: Audience, asked: Asked): Outcome {
  const { shared, personal, audience: own, ...outcome } = answer;
  audience = own ?? audience;
  if (asked.event.chat.private || !isRestricted(audience, { ...answer, audience })) return personal ? { ...outcome, personal } : outcome;
  const mine = [...outcome.replies, ...(personal ? [personal] : [])];
  const group = shared ?? [];
  if (mine.length === 0) return { ...outcome, replies: group };
  if (asked.can.ephemeral) return { ...outcome, replies: group, personal: joinMessages(mine)! };
  const { t, event } = asked;
  const who = { address: event.author.address, name: event.author.name };
  const sent = message()
    .text(t(asked.lines?.sent ?? "audience.sent", { name: who.name }))
    .build();
  const unreachable = message().text({ mention: who }, " ", t(asked.lines?.unreachable ?? "audience.writeFirst"));
  if (asked.can.privateChatButton)
    unreachable.buttons({
      label: t("audience.openPrivateChat"),
      start: startWithCanteen(asked.lines?.start ?? "", asked.canteenId),
      style: "primary",
    });
  return {
    ...outcome,
    replies: [],
    direct: {
      messages: mine,
      sent: joinMessages([sent, ...group])!,
      unreachable: joinMessages([unreachable.build(), ...group])!,
    },
  };
}
