// The close-out and survey settings of /reglages · /settings: the cost of a meal (free price shown
// openly), the time of the managers' close-out message, and the welcome survey's time or "off".
import type { CanteenContext } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import type { CanteenPatch } from "../../kernel/ports.ts";
import { fold, NONE_WORDS, OFF_WORDS } from "../../kernel/text.ts";
import { formatMoney, parseAmount } from "../../kernel/amounts.ts";

const KEYS = {
  ingredientCost: ["prix-ingredients", "ingredient-cost"],
  runningCost: ["prix-fonctionnement", "running-cost"],
  closeOutTime: ["bilan", "close-out", "closeout"],
  surveyTime: ["enquete", "survey"],
} as const;

const OFF = OFF_WORDS;
const UNSET = NONE_WORDS;

/**
 * The patch one of these settings asks for, or undefined when the key is not one of them.
 * `parseTime` is /settings' own time reader, so every time setting reads alike.
 */
export function closeoutSetting(key: string, value: string, parseTime: (s: string) => string | undefined): CanteenPatch | undefined {
  const k = (Object.keys(KEYS) as (keyof typeof KEYS)[]).find((name) => (KEYS[name] as readonly string[]).includes(fold(key)));
  if (!k) return undefined;
  const v = fold(value);
  if (k === "ingredientCost" || k === "runningCost") {
    if (UNSET.includes(v)) return { [k]: null };
    const cents = parseAmount(value);
    if (cents === undefined || cents > 100_000) throw new UserError("closeout.settings.badCost", { value });
    return { [k]: cents };
  }
  if (k === "surveyTime" && OFF.includes(v)) return { surveyTime: null };
  const time = parseTime(value);
  if (!time) throw new UserError("settings.badTime", { value });
  return { [k]: time };
}

/** The settings line /settings shows for these. */
export function closeoutSettingsLine(ctx: Pick<CanteenContext, "t" | "locale" | "canteen">): string {
  const c = ctx.canteen;
  const money = (n: number | null) => (n === null ? "—" : formatMoney(n, c.currency, ctx.locale));
  return ctx.t("closeout.settings.line", {
    ingredients: money(c.ingredientCost),
    running: money(c.runningCost),
    closeOut: c.closeOutTime,
    survey: c.surveyTime ?? ctx.t("closeout.settings.off"),
  });
}
