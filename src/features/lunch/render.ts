// The lunch messages: a table's announcement (people mentioned, icebreaker, confirm/drop
// buttons), the "not enough people" notice, the drop-out notice, the programme's summary.
// Pure rendering from data, in the canteen's language.
import type { CanteenView } from "../../kernel/context.ts";
import { atLocal, formatDate, localNow, weekdayNames } from "../../kernel/days.ts";
import { message, samePlatform, type Message, type Span } from "../../kernel/model.ts";
import { icebreaker } from "./icebreakers.ts";
import type { LunchProgram, LunchRound, LunchSeat, LunchTable, SeatMove } from "./ports.ts";
import { nextLunch } from "./schedule.ts";

/** A person as a mention on the programme's platform, or their name in bold when they have no account there. */
export function personSpan(p: LunchProgram, who: { name: string; addresses: string[] }): Span {
  const address = who.addresses.find((a) => samePlatform(a, p.groupAddress));
  return address ? { mention: { address, name: who.name } } : { bold: who.name };
}

/** Spans listing people: "@A, @B and @C" kept simple as "@A, @B, @C". */
export function peopleSpans(p: LunchProgram, people: { name: string; addresses: string[] }[]): Span[] {
  return people.flatMap((who, i) => (i === 0 ? [personSpan(p, who)] : [", ", personSpan(p, who)]));
}

/** Seats still taken at a table. */
export function seated(t: LunchTable): LunchSeat[] {
  return t.seats.filter((s) => s.status !== "dropped");
}

/** True once the lunch of `date` has started: no more confirming or dropping out. */
export function lunchStarted(v: CanteenView, date: string): boolean {
  return localNow(v.now, v.canteen.timezone) >= atLocal(date, v.canteen.lunchTime, v.canteen.timezone);
}

/** The command that re-renders a table's message (the buttons carry it). */
export const tableRefresh = (tableId: number) => `/lunch table ${tableId}`;

/** A table's announcement in the programme's group, kept current through its buttons' refresh. */
export function renderTable(v: CanteenView, p: LunchProgram, round: LunchRound, table: LunchTable): Message {
  const title = v.t("lunch.table.title", {
    number: table.number,
    date: formatDate(round.date, v.locale, v.now),
    time: v.canteen.lunchTime,
    canteen: v.canteen.name,
  });
  const m = message().title(title);
  const people = seated(table);
  if (people.length === 0) return { ...m.text(v.t("lunch.table.merged")).build(), refresh: tableRefresh(table.id) };
  m.text(v.t("lunch.table.intro"));
  for (const s of people) {
    const spans: Span[] = [personSpan(p, s)];
    if (s.team) spans.push(` · ${s.team}`);
    if (s.status === "confirmed") spans.push(" ✅");
    m.item(...spans);
  }
  m.text(`💬 ${v.t("lunch.table.icebreaker", { question: icebreaker(table.icebreaker, v.locale) })}`);
  if (lunchStarted(v, round.date)) return { ...m.build(), refresh: tableRefresh(table.id) };
  m.note(v.t("lunch.table.note"));
  m.buttons(
    { label: v.t("lunch.buttons.confirm"), command: `/lunch confirm ${table.id}`, style: "primary" },
    { label: v.t("lunch.buttons.drop"), command: `/lunch drop ${table.id}`, style: "danger" },
  );
  return { ...m.build(), refresh: tableRefresh(table.id) };
}

/** A round that did not happen: fewer than 3 people signed up. */
export function renderSkipped(v: CanteenView, p: LunchProgram, date: string, people: { name: string; addresses: string[] }[]): Message {
  const m = message().text(v.t("lunch.round.skipped", { date: formatDate(date, v.locale, v.now), count: people.length }));
  if (people.length > 0) m.text(...peopleSpans(p, people));
  return m.note(v.t("lunch.round.invite")).build();
}

/** Tells the people concerned that someone dropped out, and how the tables changed. */
export function renderDropNotice(
  v: CanteenView,
  p: LunchProgram,
  round: LunchRound,
  dropped: LunchSeat,
  from: number,
  moves: SeatMove[],
): Message {
  const table = (id: number) => round.tables.find((t) => t.id === id)!;
  const m = message().text(
    v.t("lunch.drop.notice", { name: dropped.name, number: table(from).number, date: formatDate(round.date, v.locale, v.now) }),
  );
  const everyone = round.tables.flatMap((t) => t.seats);
  for (const move of moves) {
    const who = everyone.find((s) => s.personId === move.personId)!;
    m.text("➡️ ", personSpan(p, who), v.t("lunch.drop.moved", { from: table(move.from).number, to: table(move.to).number }));
  }
  const affected = [...new Set([from, ...moves.flatMap((x) => [x.from, x.to])])].map(table).sort((a, b) => a.number - b.number);
  for (const t of affected) {
    const people = seated(t);
    if (people.length === 0) continue;
    m.item(v.t("lunch.drop.lineup", { number: t.number }), ...peopleSpans(p, people));
  }
  if (moves.length === 0 && seated(table(from)).length < 3) m.note(v.t("lunch.drop.small"));
  return m.build();
}

/** The programme in one paragraph: when, where, table size, when sign-up closes. */
export function programLines(v: CanteenView, p: LunchProgram, m = message()) {
  const day = weekdayNames([p.weekday], v.locale)[0]!;
  const eve = weekdayNames([((p.weekday + 5) % 7) + 1], v.locale)[0]!;
  m.text(v.t("lunch.program.when", { day, time: v.canteen.lunchTime, canteen: v.canteen.name, size: p.tableSize }));
  m.text(v.t("lunch.program.close", { eve, time: p.closeTime, rounds: p.avoidRounds }));
  if (!p.active) m.text({ bold: v.t("lunch.program.stopped") });
  else {
    const next = nextLunch(p, v.canteen, v.now);
    if (next) m.note(v.t("lunch.program.next", { date: formatDate(next.date, v.locale, v.now) }));
  }
  return m;
}
