// The public-holidays setting of /reglages · /settings: `feries` · `holidays` france, alsace-moselle,
// aucun · none, a country's code, or defaut · default (France for a canteen in Europe/Paris).
import type { CanteenContext } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import type { CanteenPatch } from "../../kernel/ports.ts";
import { fold } from "../../kernel/text.ts";
import { ALSACE_MOSELLE, holidaySetting, NO_HOLIDAYS, parseHolidaySetting } from "./holidays.ts";

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
