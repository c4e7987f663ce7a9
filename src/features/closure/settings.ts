// The public-holidays setting of /reglages · /settings: `feries` · `holidays` france, alsace-moselle,
// aucun · none, a country's code, or defaut · default (France for a canteen in Europe/Paris).
import type { CanteenContext } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import type { CanteenPatch } from "../../kernel/ports.ts";
import { fold } from "../../kernel/text.ts";
import { DateTime } from "luxon";
import { localNow } from "../../kernel/days.ts";
import { LIST_DAYS, openDatesBetween, tellReleased } from "./commands.ts";
import { ALSACE_MOSELLE, holidayOn, holidaySetting, NO_HOLIDAYS, parseHolidaySetting } from "./holidays.ts";

const KEYS = ["feries", "jours-feries", "holidays", "public-holidays"];

/** The patch `feries` · `holidays` asks for, or undefined when the key is another. */
export function holidaysSetting(key: string, value: string): CanteenPatch | undefined {
  if (!KEYS.includes(fold(key))) return undefined;
  const setting = parseHolidaySetting(value);
  if (setting === undefined) throw new UserError("closure.settings.badHolidays", { value });
  return { holidays: setting };
}

/** The settings line /settings shows for it. */
export function holidaysSettingsLine(ctx: Pick<CanteenContext, "t" | "locale" | "canteen">): string {
  const setting = holidaySetting(ctx.canteen);
  const name =
    setting === "FR"
      ? ctx.t("closure.settings.france")
      : setting === ALSACE_MOSELLE
        ? ctx.t("closure.settings.alsace")
        : setting === NO_HOLIDAYS
          ? ctx.t("closure.settings.none")
          : setting;
  const shown = ctx.canteen.holidays == null ? ctx.t("closure.settings.default", { holidays: name }) : name;
  return ctx.t("closure.settings.line", { holidays: shown });
}

/**
 * After the setting changed: the coming year's public holidays it now closes (and no manager
 * opened or had closed already) release everyone on them, each told privately, as a closure does.
 * Returns the lines for the manager's answer.
 */
export async function holidaysSaved(ctx: CanteenContext, before: CanteenContext["canteen"]): Promise<string[]> {
  const was = holidaySetting(before);
  const now = holidaySetting(ctx.canteen);
  if (was === now) return [];
  const today = localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
  const until = DateTime.fromISO(today).plus({ days: LIST_DAYS }).toISODate()!;
  const rows = new Map((await ctx.store.closures(ctx.canteen.id, today, until)).map((r) => [r.date, r.kind]));
  const dates = openDatesBetween(ctx, today, until).filter((d) => holidayOn(now, d) && !holidayOn(was, d) && !rows.has(d));
  if (dates.length === 0) return [];
  const released = await ctx.store.releaseDates({ canteenId: ctx.canteen.id, dates });
  const lines: string[] = [];
  for (const date of new Set(released.map((r) => r.date))) {
    await ctx.outbox.touch(ctx.canteen.id, "announcement", { date });
    const here = released.filter((r) => r.date === date);
    const unreachable = await tellReleased(ctx, here, date, date, holidayOn(now, date)!);
    const told = [...new Set(here.map((r) => r.name))].filter((n) => !unreachable.includes(n));
    const name = holidayOn(now, date)![ctx.locale];
    if (told.length > 0) lines.push(ctx.t("closure.settings.released", { holiday: name, names: told.join(", ") }));
    if (unreachable.length > 0) lines.push(ctx.t("closure.closed.unreachable", { names: unreachable.join(", ") }));
  }
  return lines;
}
