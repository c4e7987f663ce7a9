// Rendering a canteen's sign-up sheet: each service, each role, who is on it, open places, waitlist.
import type { CanteenContext } from "./context.ts";
import { formatDate, formatShortDate } from "./days.ts";
import { message, type Button, type Message, type Span } from "./model.ts";
import type { SignUp } from "./ports.ts";
import { DEFAULT_ROLE } from "./roles.ts";

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

/**
 * The sheet of several services, with a sign-up button under each service that has room.
 * `refresh` is the command that shows this same sheet again ("/slots" or "/slots next").
 */
export function renderSheet(ctx: CanteenContext, dates: string[], lines: SignUp[], refresh = "/slots"): Message {
  const m = message().title(ctx.t("sheet.title", { canteen: ctx.canteen.name }));
  const buttons: Button[] = [];
  for (const date of dates) {
    m.text({ bold: capitalise(formatDate(date, ctx.locale)) });
    const open = openPlaces(ctx, date, lines);
    for (const r of ctx.canteen.roles) {
      if (r.capacity === 0) continue;
      const on = lines.filter((s) => s.date === date && s.role === r.key && s.status === "confirmed");
      const spans: Span[] = [{ bold: `${roleLabel(ctx, r.key)} ${on.length}/${r.capacity}` }, ctx.t("sheet.colon")];
      if (on.length === 0) spans.push(ctx.t("sheet.nobody"));
      on.forEach((s, i) => {
        if (i > 0) spans.push(", ");
        spans.push(s.name);
      });
      const free = open.get(r.key) ?? 0;
      spans.push(` · ${free > 0 ? ctx.t("sheet.open", { count: free }) : ctx.t("sheet.full")}`);
      m.item(...spans);
      const waiting = lines.filter((s) => s.date === date && s.role === r.key && s.status === "waitlist");
      if (waiting.length > 0) m.note(ctx.t("sheet.waitlist", { names: waiting.map((s) => s.name).join(", ") }));
    }
    const role = (open.get(DEFAULT_ROLE) ?? 0) > 0 ? DEFAULT_ROLE : [...open].find(([, n]) => n > 0)?.[0];
    if (role) {
      buttons.push({
        label: ctx.t("sheet.button", { role: roleLabel(ctx, role), date: formatShortDate(date, ctx.locale) }),
        command: `/cook ${date}${role === DEFAULT_ROLE ? "" : ` ${role}`}`,
        style: "primary",
      });
    }
  }
  if (dates.length === 0) m.text(ctx.t("sheet.noServices"));
  // Two buttons a row reads well on a phone and stays within every platform's limits.
  for (let i = 0; i < buttons.length; i += 2) m.buttons(...buttons.slice(i, i + 2));
  return { ...m.build(), refresh };
}

/** "mardi 1 décembre" → "Mardi 1 décembre" for the start of a line. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
