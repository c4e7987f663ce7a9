// A person's home in a chat app (Slack's App Home tab): their next shifts, each of their
// canteens' menu and count today, and a button that opens the board with a fresh login link.
// Platform-neutral: adapters render the Message (Slack: Block Kit in a "home" view).
import type { IssuedLink } from "../board/index.ts";
import { calendarOf, type CoreDeps } from "../../kernel/context.ts";
import { personalView } from "../../kernel/locale.ts";
import { countText, headcountOf, roleLabel } from "../sheet/index.ts";
import { formatDate, isPast, localNow } from "../../kernel/days.ts";
import { message, type Message } from "../../kernel/model.ts";
import type { Canteen } from "../../kernel/ports.ts";
import { translator } from "../../kernel/i18n/index.ts";

/** Shifts listed at most. */
export const HOME_SHIFTS = 5;
/** Canteens shown at most (a Home tab holds 100 blocks). */
export const HOME_CANTEENS = 10;

/**
 * The home of the person behind `address`, in their own language (else their first canteen's). `loginLink`
 * issues the board link (null when the board is not served).
 */
export async function homeTab(deps: CoreDeps, address: string, loginLink: () => Promise<IssuedLink | null>): Promise<Message> {
  const now = deps.clock.now();
  const personId = await deps.store.personOf(address);
  const canteens = personId === null ? [] : (await deps.store.canteensOf(address)).slice(0, HOME_CANTEENS);
  const locale = (personId === null ? null : await deps.store.personLocale(personId)) ?? canteens[0]?.locale ?? deps.defaults.locale;
  const t = translator(locale);
  const m = message().title(t("home.title"));
  if (personId === null || canteens.length === 0) return m.text(t("home.welcome")).build();

  for (const c of canteens) {
    const v = personalView(c, now, locale);
    const today = localNow(now, c.timezone).toISODate()!;
    m.text({ bold: c.name });
    if (!c.openDays.includes(localNow(now, c.timezone).weekday)) {
      m.item(t("home.closedToday"));
      continue;
    }
    const service = await deps.store.service(c.id, today);
    m.item(service.menu ? t("home.menu", { menu: service.menu }) : t("home.noMenu"));
    m.item(t("home.count", { count: countText(v, headcountOf(await deps.store.answers(c.id, today))) }));
  }

  const byId = new Map<number, Canteen>(canteens.map((c) => [c.id, c]));
  const first = canteens.map((c) => localNow(now, c.timezone).toISODate()!).sort()[0]!;
  const shifts = (await deps.store.shiftsOf(personId, first, first))
    .filter((s) => s.status !== "cancelled" && byId.has(s.canteenId) && !isPast(s.date, calendarOf(byId.get(s.canteenId)!), now))
    .slice(0, HOME_SHIFTS);
  m.text({ bold: t("home.shifts") });
  if (shifts.length === 0) m.item(t("home.noShifts"));
  for (const s of shifts) {
    const c = byId.get(s.canteenId)!;
    m.item(
      t(s.status === "waitlist" ? "home.shiftWaiting" : "home.shift", {
        date: formatDate(s.date, locale, now),
        role: roleLabel({ t }, s.role),
        canteen: c.name,
      }),
    );
  }

  const link = await loginLink();
  if (link) {
    m.buttons({ label: t("home.open"), url: link.url, style: "primary" });
    m.note(t("home.linkNote"));
  } else m.note(t("home.noBoard"));
  return m.build();
}
