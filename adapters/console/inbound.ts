// Decoding a typed console line into a neutral event: "@alice: /cook tuesday" is alice speaking,
// a bare line is the default user, a bare number presses that button of the last reply.
import type { IncomingEvent } from "../../src/kernel/model.ts";
import { CONSOLE_GROUP, DEFAULT_USER, userAddress } from "./ids.ts";

const SPEAKER = /^@([\p{L}\p{N}_.-]{1,32}):\s?([\s\S]*)$/u;

/** A button shown to the console user: its command, and the command re-rendering its message. */
export interface Choice {
  command: string;
  refresh?: string;
}

/** Buttons of the most recent reply, by the number shown next to them. */
export type ButtonChoices = ReadonlyMap<number, Choice>;

/** Turns one input line into an event (with the button's command when a number is typed). */
export function decodeLine(line: string, choices: ButtonChoices): IncomingEvent {
  const m = SPEAKER.exec(line);
  const name = m?.[1] ?? DEFAULT_USER;
  const text = (m ? m[2]! : line).replace(/\r$/, "");
  const pressed = /^\s*(\d{1,2})\s*$/.exec(text);
  const choice = pressed ? choices.get(Number(pressed[1])) : undefined;
  return {
    platform: "console",
    chat: { address: CONSOLE_GROUP, title: "Console", private: false },
    author: { address: userAddress(name), name },
    text: choice?.command ?? text,
    action: choice !== undefined,
    refresh: choice?.refresh,
    addressed: true,
    raw: line,
  };
}
