// A board action is a chat command: the web form's choice becomes the text the person would
// have typed, handled by the core as if sent from their canteen's chat, so every rule, the
// sheet, announcements and the waitlist behave exactly as from the chat.
import type { CoreDeps } from "../../kernel/context.ts";
import { authorView, plainText, samePlatform, type IncomingEvent, type Outcome } from "../../kernel/model.ts";
import { latestIdentity } from "./view.ts";

/** What the page shows after an action: what the chat would have answered. */
export interface ActionResult {
  text: string;
  /** False when the core refused (a mistake the person can fix, said in `text`). */
  ok: boolean;
}

/**
 * Runs `command` ("/cook 2026-12-01 dishes") for a person in one of their canteens. `nonce`
 * (from the form) makes a double-submitted form count once, as a redelivered chat event does.
 * Null when the person has no account or the canteen no chat to act in.
 */
export async function boardAct(
  deps: CoreDeps,
  handle: (e: IncomingEvent) => Promise<Outcome>,
  input: { personId: number; canteenId: number; command: string; nonce?: string },
): Promise<ActionResult | null> {
  const identity = await latestIdentity(deps, input.personId);
  if (!identity) return null;
  const groups = await deps.store.groupsOf(input.canteenId);
  const group = groups.find((g) => samePlatform(g.address, identity.address)) ?? groups[0];
  if (!group) return null;
  const member = await deps.store.boardMember(input.canteenId, input.personId);
  if (!member) return null;
  const name = member.name;
  const outcome = await handle({
    platform: group.platform,
    ...(input.nonce ? { deliveryId: `board:${input.personId}:${input.nonce}` } : {}),
    chat: { address: group.address, private: false, ...(group.title ? { title: group.title } : {}) },
    author: { address: identity.address, name },
    text: input.command,
    addressed: true,
  });
  // The page is the person's own: it shows what was meant for them, private parts included.
  const mine = authorView(outcome);
  const texts = [...mine.map((r) => plainText(r)), ...(mine.length === 0 && outcome.toast ? [outcome.toast] : [])];
  return { text: texts.join("\n").trim(), ok: !outcome.refused };
}
