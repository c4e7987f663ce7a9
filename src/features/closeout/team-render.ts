// The team block of a close-out, for whoever closes alone (a no-show is never named in a group):
// each person of the sheet with a came / didn't come toggle, the helpers, the hours they gave.
import type { CanteenView } from "../../kernel/context.ts";
import { message, type Button, type Message } from "../../kernel/model.ts";
import { roleLabel } from "../sheet/index.ts";
import { hoursText, teamMinutes } from "./hours.ts";
import type { TeamPerson } from "./ports.ts";

/** Buttons per row: short names fit three abreast on every platform. */
const PER_ROW = 3;

/** How a button names a person in its command: their id when known, else the helper's name. */
const ref = (p: TeamPerson) => (p.personId !== null ? `#${p.personId}` : p.name);

/**
 * The team's lines and one toggle per person; `closed`: the hours count (the covers are recorded).
 * `hideNoShows`: who did not come is counted, never named — in a message that may reach a group
 * (the reminder falls back to one when a person cannot be written to), and for a closer who is
 * not a manager (the day's head cook): a no-show is for managers and the person alone.
 */
export function teamPart(
  v: CanteenView,
  date: string,
  whole: readonly TeamPerson[],
  closed: boolean,
  opts: { hideNoShows?: "group" | "not-manager" } = {},
): Message {
  const m = message().text({ bold: v.t(opts.hideNoShows ? "closeout.team.titleShared" : "closeout.team.title") });
  const team = opts.hideNoShows ? whole.filter((p) => p.came) : whole;
  if (whole.length === 0) m.note(v.t("closeout.team.empty"));
  for (const p of team) {
    const state = v.t(p.came ? "closeout.team.came" : "closeout.team.noShow");
    m.item(`${p.came ? "✅" : "❌"} ${p.name} (${roleLabel(v, p.role)}${p.helper ? `, ${v.t("closeout.team.helper")}` : ""}) — ${state}`);
  }
  const hidden = whole.length - team.length;
  if (hidden > 0)
    m.note(v.t(opts.hideNoShows === "group" ? "closeout.team.noShowsHidden" : "closeout.team.noShowsManagers", { count: hidden }));
  const minutes = teamMinutes(v.canteen, whole);
  m.text(
    closed
      ? v.t("closeout.team.hours", { hours: hoursText(minutes, v.locale) })
      : v.t("closeout.team.hoursOpen", { hours: hoursText(minutes, v.locale) }),
  );
  m.note(v.t("closeout.team.how", { date }));
  const buttons: Button[] = team.map((p) => ({
    label: `${p.came ? "✅" : "❌"} ${p.name}`,
    command: `/close ${date} ${p.came ? "absent" : "present"} ${ref(p)}`,
    ...(p.came ? {} : { style: "danger" as const }),
  }));
  for (let i = 0; i < buttons.length; i += PER_ROW) m.buttons(...buttons.slice(i, i + PER_ROW));
  return m.build();
}

/** A message with the team part after it (lines, then the team's toggles under its own buttons). */
export function withTeam(base: Message, part: Message): Message {
  return { ...base, lines: [...base.lines, ...part.lines], buttons: [...base.buttons, ...part.buttons] };
}
