// Every button carries its canteen: a message for one canteen sent to a private chat has each
// button's command end with "canteen:<id>" ("/uncook 2026-12-10 canteen:12"), so someone in
// several canteens who presses it acts on the canteen it was made for. The kernel reads the
// token back and checks the presser belongs to that canteen: it is never trusted blindly.
import type { Button, Message, Outcome } from "./model.ts";
import type { OutgoingItem, Outbox } from "./ports.ts";

/** The token at the end of a command's arguments. */
const TOKEN = /(?:^|\s+)canteen:(\d{1,12})\s*$/u;

/** A command naming its canteen (unchanged when it already names one). */
export function withCanteen(command: string, canteenId: number): string {
  return TOKEN.test(command) ? command : `${command} canteen:${canteenId}`;
}

/** The arguments without their canteen token, and the canteen it names (null: none). */
export function readCanteenToken(args: string): { args: string; canteenId: number | null } {
  const m = TOKEN.exec(args);
  if (!m) return { args, canteenId: null };
  return { args: args.slice(0, m.index), canteenId: Number(m[1]) };
}

/**
 * A deep-link payload naming its canteen ("calendar-12"): Telegram allows letters, digits, "_"
 * and "-" there. The Telegram adapter turns it back into "/calendar canteen:12".
 */
export function startWithCanteen(payload: string, canteenId: number | null | undefined): string {
  return canteenId === null || canteenId === undefined || payload === "" ? payload : `${payload}-${canteenId}`;
}

function stampButton(b: Button, canteenId: number): Button {
  return b.command !== undefined ? { ...b, command: withCanteen(b.command, canteenId) } : b;
}

/** A message whose buttons (and refresh command) name the canteen. */
export function stampMessage(m: Message, canteenId: number): Message {
  return {
    ...m,
    buttons: m.buttons.map((row) => row.map((b) => stampButton(b, canteenId))),
    ...(m.refresh !== undefined ? { refresh: withCanteen(m.refresh, canteenId) } : {}),
  };
}

/**
 * An outcome whose messages bound for a private chat name the canteen: all of them when the
 * event came from one, else only the answer sent privately (`direct`).
 */
export function stampOutcome(o: Outcome, canteenId: number, privateChat: boolean): Outcome {
  const stamp = (m: Message) => stampMessage(m, canteenId);
  const direct = o.direct ? { ...o.direct, messages: o.direct.messages.map(stamp) } : undefined;
  if (!privateChat) return direct ? { ...o, direct } : o;
  return {
    ...o,
    replies: o.replies.map(stamp),
    ...(o.personal ? { personal: stamp(o.personal) } : {}),
    ...(o.update ? { update: stamp(o.update) } : {}),
    ...(direct ? { direct } : {}),
  };
}

/** The outbox the kernel hands on: a fixed private message's buttons name its canteen (composed ones are stamped when composed). */
export function stampingOutbox(outbox: Outbox): Outbox {
  const stamp = (i: OutgoingItem): OutgoingItem =>
    i.payload && i.target.kind === "person" && i.canteenId !== null ? { ...i, payload: stampMessage(i.payload, i.canteenId) } : i;
  return { enqueue: (items) => outbox.enqueue(items.map(stamp)), touch: (...a) => outbox.touch(...a) };
}
