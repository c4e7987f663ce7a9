// Rendering a canteen's sign-up sheet: each service, each role, who is on it, open places, waitlist.
// A service nobody has signed up for yet, and a fully staffed one, take one line each; the others
// one line per role, so the sheet of seven days stays readable in a busy group.
import { closedDays, closedWhy, type ClosedDay } from "../../kernel/closed.ts";
import type { CanteenContext } from "../../kernel/context.ts";
import { formatDate, formatShortDate, sheetCommand, sheetDates } from "../../kernel/days.ts";
import { message, type Button, type Message, type Span } from "../../kernel/model.ts";
import type { SignUp } from "../../kernel/ports.ts";
import { DEFAULT_ROLE } from "../../kernel/roles.ts";

/** A role's translated label ("Plonge"), falling back to the key for custom roles. */
export function roleLabel(ctx: Pick<CanteenContext, "t">, key: string): string {
  return ctx.t(`roles.${key}`, { defaultValue: key });
}

/** A person on a sheet line: a mention when they have a chat account, else their name. */
export function personSpan(s: Pick<SignUp, "name" | "addresses">, preferPlatform?: string): Span {
  const address = s.addresses.find((a) => preferPlatform && a.startsWith(`${preferPlatform}:`));
  return address ? { mention: { address, name: s.name } } : s.name;
}

/** Open places per role on one date. */
export function openPlaces(ctx: CanteenContext, date: string, lines: SignUp[]): Map<string, number> {
  const open = new Map<string, number>();
  for (const r of ctx.canteen.roles) {
    const taken = lines.filter((s) => s.date === date && s.role === r.key && s.status === "confirmed").length;
    open.set(r.key, Math.max(0, r.capacity - taken));
  }
  return open;
}

/** One service's lines on the sheet. */
function serviceLines(ctx: CanteenContext, date: string, lines: SignUp[], m: ReturnType<typeof message>): void {
  const day = capitalise(formatDate(date, ctx.locale, ctx.now));
  const roles = ctx.canteen.roles.filter((r) => r.capacity > 0);
  const mine = lines.filter((s) => s.date === date);
  const on = (role: string) => mine.filter((s) => s.role === role && s.status === "confirmed");
  const waiting = (role?: string) => mine.filter((s) => s.status === "waitlist" && (role === undefined || s.role === role));
  if (mine.length === 0) {
    const list = roles.map((r) => `${roleLabel(ctx, r.key)} 0/${r.capacity}`).join(" · ");
    m.text({ bold: day }, " — ", ctx.t("sheet.empty", { list }));
    return;
  }
  if (roles.every((r) => on(r.key).length >= r.capacity)) {
    const list = roles
      .map(
        (r) =>
          `${roleLabel(ctx, r.key)}${ctx.t("sheet.colon")}${on(r.key)
            .map((s) => s.name)
            .join(", ")}`,
      )
      .join(" · ");
    // Each role's waitlist under its own name: who waits for what.
    const tail = roles
      .map((r) => ({ role: roleLabel(ctx, r.key), names: waiting(r.key).map((s) => s.name) }))
      .filter((w) => w.names.length > 0)
      .map((w) => ` · ${ctx.t("sheet.waitingRole", { role: w.role, names: w.names.join(", ") })}`)
      .join("");
    m.text({ bold: day }, " — ", ctx.t("sheet.complete", { list }) + tail);
    return;
  }
  m.text({ bold: day });
  for (const r of roles) {
    const people = on(r.key);
    const spans: Span[] = [{ bold: `${roleLabel(ctx, r.key)} ${people.length}/${r.capacity}` }, ctx.t("sheet.colon")];
    spans.push(people.length === 0 ? ctx.t("sheet.nobody") : people.map((s) => s.name).join(", "));
    const free = Math.max(0, r.capacity - people.length);
    spans.push(` · ${free > 0 ? ctx.t("sheet.open", { count: free }) : ctx.t("sheet.full")}`);
    const w = waiting(r.key);
    if (w.length > 0) spans.push(` · ${ctx.t("sheet.waiting", { names: w.map((s) => s.name).join(", ") })}`);
    m.item(...spans);
  }
}

/**
 * The sheet of sheet window `k` (0: the next seven days), with a sign-up button for each service
 * that has room; its `refresh` is the command that shows the same window again.
 */
export function renderSheet(
  ctx: CanteenContext,
  dates: string[],
  lines: SignUp[],
  k = 0,
  closed: ReadonlyMap<string, ClosedDay> = new Map(),
): Message {
  const m = message().title(ctx.t("sheet.title", { canteen: ctx.canteen.name }));
  if (k === 0) m.note(ctx.t("sheet.next7"));
  else if (dates.length > 0) {
    m.note(
      ctx.t("sheet.later", {
        from: formatDate(dates[0]!, ctx.locale, ctx.now),
        to: formatDate(dates[dates.length - 1]!, ctx.locale, ctx.now),
      }),
    );
  }
  const rows: Button[][] = [];
  for (const date of dates) {
    const shut = closed.get(date);
    if (shut) {
      // A closed date is one line, and no button: nobody signs up for it.
      const why = closedWhy(shut, ctx.locale);
      m.text(
        { bold: capitalise(formatDate(date, ctx.locale, ctx.now)) },
        " — ",
        why ? ctx.t("sheet.closedWhy", { why }) : ctx.t("sheet.closed"),
      );
      continue;
    }
    serviceLines(ctx, date, lines, m);
    rows.push(serviceButtons(ctx, date, openPlaces(ctx, date, lines)));
  }
  if (dates.length === 0) m.text(ctx.t("sheet.noServices"));
  // One row a service: its roles side by side (a platform with fewer rows reflows them).
  for (const row of rows) m.buttons(...row);
  return { ...m.build(), refresh: sheetCommand(k) };
}

/**
 * A service's buttons: one per role with a free place, and a waitlist button for each full role;
 * the default role (cook) first, where most people sign up.
 */
function serviceButtons(ctx: CanteenContext, date: string, open: Map<string, number>): Button[] {
  const day = formatShortDate(date, ctx.locale, ctx.now);
  const roles = ctx.canteen.roles.filter((r) => r.capacity > 0);
  return [...roles.filter((r) => r.key === DEFAULT_ROLE), ...roles.filter((r) => r.key !== DEFAULT_ROLE)].map((r) => {
    const free = (open.get(r.key) ?? 0) > 0;
    const button: Button = {
      label: ctx.t(free ? "sheet.button" : "sheet.waitButton", { role: roleLabel(ctx, r.key), date: day }),
      command: `/cook ${date}${r.key === DEFAULT_ROLE ? "" : ` ${r.key}`}`,
    };
    return free ? { ...button, style: "primary" as const } : button;
  });
}

/** The sheet of window `k`, read from the store. */
export async function sheetWindow(ctx: CanteenContext, k = 0): Promise<Message> {
  const dates = sheetDates(ctx.calendar, ctx.now, k);
  const [lines, closed] = await Promise.all([ctx.store.sheet(ctx.canteen.id, dates), closedDays(ctx, ctx.canteen, dates)]);
  return renderSheet(ctx, dates, lines, k, closed);
}

/** "mardi 1er décembre" → "Mardi 1er décembre" for the start of a line. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
