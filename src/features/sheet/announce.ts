// The daily messages: the menu announcement with its live headcount poll, the kitchen summary,
// volunteers' reminders, the managers' alert and the help-needed call. Pure rendering from data.
import type { CanteenView } from "../../kernel/context.ts";
import { atLocal, formatDate, formatShortDate, localNow } from "../../kernel/days.ts";
import { ALLERGENS, DIETS, type Allergen } from "../../kernel/food.ts";
import { message, type Button, type Message } from "../../kernel/model.ts";
import type { Answer, ServiceInfo, SignUp } from "../../kernel/ports.ts";
import { DEFAULT_ROLE } from "../../kernel/roles.ts";
import { roleLabel } from "./render.ts";

/** People eating, their guests and the covers they make. */
export interface Headcount {
  people: number;
  guests: number;
  covers: number;
}

/** Counts the "yes" answers of a poll. */
export function headcountOf(answers: Answer[]): Headcount {
  const yes = answers.filter((a) => a.eating);
  const guests = yes.reduce((n, a) => n + a.guests, 0);
  return { people: yes.length, guests, covers: yes.length + guests };
}

/** "🙋 15 couverts (12 personnes + 3 invité·es)", each part with its own plural. */
export function countText(v: Pick<CanteenView, "t">, count: Headcount): string {
  return v.t("announce.count", {
    count: count.covers,
    people: v.t("announce.people", { count: count.people }),
    guests: v.t("announce.guests", { count: count.guests }),
  });
}

/** True once the poll of `date` no longer takes answers (closed by the job, or its deadline passed). */
export function pollClosed(v: CanteenView, service: ServiceInfo): boolean {
  return (
    service.pollClosedAt !== null ||
    localNow(v.now, v.canteen.timezone) >= atLocal(service.date, v.canteen.pollDeadline, v.canteen.timezone)
  );
}

/** "végétarien · sans porc" */
export function dietList(v: CanteenView, diets: readonly string[]): string {
  return diets.map((d) => v.t(`diets.${d}`)).join(" · ");
}

/** "gluten, lait" */
export function allergenList(v: CanteenView, allergens: readonly string[]): string {
  return allergens.map((a) => v.t(`allergens.${a}`)).join(", ");
}

/** The menu lines shared by the announcement and /menu. */
export function menuLines(v: CanteenView, service: ServiceInfo, m = message()) {
  if (service.menu) for (const line of service.menu.split("\n")) m.text(line);
  else m.text({ italic: v.t("announce.noMenu") });
  const marks: string[] = [];
  if (service.diets.length > 0) marks.push(`🌱 ${dietList(v, service.diets)}`);
  if (service.allergens.length > 0) marks.push(`⚠️ ${v.t("announce.allergens", { list: allergenList(v, service.allergens) })}`);
  if (marks.length > 0) m.note(marks.join(" · "));
  return m;
}

/** Who is on the sheet, role by role: "Chef·fe : Alice · Cuisine : Bob, Carole". */
function crew(v: CanteenView, sheet: SignUp[]): string {
  const parts = v.canteen.roles
    .map((r) => {
      const names = sheet.filter((s) => s.role === r.key && s.status === "confirmed").map((s) => s.name);
      return names.length > 0 ? `${roleLabel(v, r.key)} : ${names.join(", ")}` : undefined;
    })
    .filter(Boolean);
  return parts.join(" · ");
}

/**
 * The daily announcement: menu, crew, live headcount and the poll's buttons while it is open;
 * `notes` are other features' lines (the pay-what-you-want price).
 */
export function renderAnnouncement(
  v: CanteenView,
  service: ServiceInfo,
  sheet: SignUp[],
  answers: Answer[],
  notes: string[] = [],
): Message {
  const date = service.date;
  const count = headcountOf(answers);
  const m = message().title(v.t("announce.title", { canteen: v.canteen.name, date: formatDate(date, v.locale, v.now) }));
  if (v.canteen.texts.announce) m.text(v.canteen.texts.announce);
  menuLines(v, service, m);
  const who = crew(v, sheet);
  m.text(who ? `👩‍🍳 ${who}` : v.t("announce.noCrew"));
  for (const note of notes) m.text(note);
  m.text({ bold: countText(v, count) });
  if (pollClosed(v, service)) {
    m.note(v.t("announce.closed"));
    return m.build();
  }
  m.note(v.t("announce.deadline", { time: v.canteen.pollDeadline }));
  m.note(v.t("announce.nudge"));
  return m
    .buttons(
      { label: v.t("buttons.eat"), command: `/eat ${date}`, style: "primary" },
      { label: v.t("buttons.guest"), command: `/eat ${date} +guest` },
      { label: v.t("buttons.noEat"), command: `/noeat ${date}` },
    )
    .build();
}

/** The kitchen summary for cooks and managers: covers vs. capacity, diets, allergen conflicts (counts only), roles still uncovered. */
export function renderSummary(v: CanteenView, service: ServiceInfo, answers: Answer[], sheet: SignUp[] = []): Message {
  const count = headcountOf(answers);
  const yes = answers.filter((a) => a.eating);
  const m = message().title(v.t("summary.title", { canteen: v.canteen.name, date: formatDate(service.date, v.locale, v.now) }));
  m.text({ bold: countText(v, count) });
  const room = v.canteen.covers - count.covers;
  m.text(
    room >= 0
      ? v.t("summary.room", { capacity: v.canteen.covers, left: room })
      : v.t("summary.over", { capacity: v.canteen.covers, over: -room }),
  );
  const diets = DIETS.map((d) => [d, yes.filter((a) => a.diets.includes(d)).length] as const).filter(([, n]) => n > 0);
  m.text(
    diets.length > 0
      ? v.t("summary.diets", { list: diets.map(([d, n]) => `${v.t(`diets.${d}`)} ${n}`).join(" · ") })
      : v.t("summary.noDiets"),
  );
  const conflicts = ALLERGENS.filter((a) => service.allergens.includes(a))
    .map((a) => [a, yes.filter((p) => p.allergies.includes(a as Allergen)).length] as const)
    .filter(([, n]) => n > 0);
  m.text(
    conflicts.length > 0
      ? `⚠️ ${v.t("summary.conflicts", { list: conflicts.map(([a, n]) => `${v.t(`allergens.${a}`)} ${n}`).join(" · ") })}`
      : v.t("summary.noConflicts"),
  );
  const open = openRoles(v, service.date, sheet);
  m.text(open.length > 0 ? v.t("summary.uncovered", { list: openText(v, open) }) : v.t("summary.covered"));
  m.note(v.t("summary.guestsUnknown"));
  return m.build();
}

/** The button under a volunteer's reminder or promotion that takes them off that day. */
function cancelButton(v: CanteenView, signUp: SignUp): Button {
  return {
    label: v.t("buttons.cancel", { date: formatShortDate(signUp.date, v.locale, v.now) }),
    command: `/uncook ${signUp.date}`,
    style: "danger",
  };
}

/** A volunteer's reminder the evening before, with a cancel button. */
export function renderReminder(v: CanteenView, signUp: SignUp): Message {
  const m = message().text(
    v.t("remind.text", {
      date: formatDate(signUp.date, v.locale, v.now),
      role: roleLabel(v, signUp.role),
      canteen: v.canteen.name,
      time: v.canteen.cookTime,
    }),
  );
  if (v.canteen.texts.reminder) m.text(v.canteen.texts.reminder);
  m.note(v.t("remind.cantCome"));
  return m.buttons(cancelButton(v, signUp)).build();
}

/** Open places per role for a date, from the sheet. */
export function openRoles(v: CanteenView, date: string, sheet: SignUp[]): { role: string; open: number }[] {
  return v.canteen.roles
    .map((r) => ({
      role: r.key,
      open: r.capacity - sheet.filter((s) => s.date === date && s.role === r.key && s.status === "confirmed").length,
    }))
    .filter((r) => r.open > 0);
}

function openText(v: CanteenView, open: { role: string; open: number }[]): string {
  return open.map((o) => `${roleLabel(v, o.role)} ${o.open}`).join(" · ");
}

/** The call for help posted to the groups when tomorrow's sheet has holes. */
export function renderHelp(v: CanteenView, date: string, open: { role: string; open: number }[]): Message {
  const m = message().title(v.t("helpNeeded.title", { date: formatDate(date, v.locale, v.now) }));
  m.text(v.t("helpNeeded.open", { list: openText(v, open) }));
  if (v.canteen.texts.help) m.text(v.canteen.texts.help);
  const buttons = open.map((o) => ({
    label: v.t("sheet.button", { role: roleLabel(v, o.role), date: formatShortDate(date, v.locale, v.now) }),
    command: `/cook ${date}${o.role === DEFAULT_ROLE ? "" : ` ${o.role}`}`,
    style: "primary" as const,
  }));
  for (let i = 0; i < buttons.length; i += 2) m.buttons(...buttons.slice(i, i + 2));
  return m.build();
}

/** The private alert to managers about tomorrow's holes, and other needs features add (replacements nobody took). */
export function renderManagerAlert(v: CanteenView, date: string, open: { role: string; open: number }[], needs: string[] = []): Message {
  const m = message();
  if (open.length > 0)
    m.text(v.t("alert.text", { date: formatDate(date, v.locale, v.now), canteen: v.canteen.name, list: openText(v, open) }));
  else m.text(v.t("replace.alertOnly", { date: formatDate(date, v.locale, v.now), canteen: v.canteen.name }));
  for (const line of needs) m.text(line);
  if (open.length > 0) m.note(v.t("alert.posted"));
  return m.build();
}

/** The private notice to someone promoted from the waitlist. */
export function renderPromotion(v: CanteenView, signUp: SignUp): Message {
  return message()
    .text(
      v.t("notice.promoted", { date: formatDate(signUp.date, v.locale, v.now), role: roleLabel(v, signUp.role), canteen: v.canteen.name }),
    )
    .buttons(cancelButton(v, signUp))
    .build();
}
