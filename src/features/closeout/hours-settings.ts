// The volunteer-hours settings of /reglages · /settings: the end of a service (`fin` · `end`), the
// hours a role gives per service (`heures-plonge 2` · `hours-dishes 2`) and the value of one
// volunteer hour (`valorisation 12,50` · `hour-value 12.50`), the contributions volontaires.
import type { CanteenContext } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import type { Canteen, CanteenPatch } from "../../kernel/ports.ts";
import { parseRole } from "../../kernel/roles.ts";
import { fold, NONE_WORDS } from "../../kernel/text.ts";
import { formatMoney, parseAmount } from "../../kernel/amounts.ts";
import { roleLabel } from "../sheet/index.ts";
import { hoursText, roleMinutes, serviceEnd } from "./hours.ts";

const END = ["fin", "end", "fin-service", "service-end"];
const VALUE = ["valorisation", "hour-value", "valeur-heure"];
const HOURS = ["heures", "hours"];
/** Words that put a setting back to its default. */
const DEFAULT = [...NONE_WORDS, "default", "defaut"];
/** A role gives at most this many minutes to one service. */
const MAX_ROLE_MINUTES = 24 * 60;
/** Highest value of one volunteer hour, in cents. */
const MAX_HOUR_VALUE = 100_000;

/** "2", "2,5", "1.75" hours, or "2h30" (read as a time): minutes; undefined when it is none of them. */
function minutesOf(value: string, parseTime: (s: string) => string | undefined): number | undefined {
  if (/^\d{1,2}([.,]\d{1,2})?$/.test(value)) return Math.round(Number(value.replace(",", ".")) * 60);
  const t = /h/i.test(value) ? parseTime(value) : undefined;
  if (!t) return undefined;
  const [h, m] = t.split(":").map(Number);
  return h! * 60 + m!;
}

/** The patch one of these settings asks for, or undefined when the key is not one of them. */
export function hoursSetting(
  key: string,
  value: string,
  parseTime: (s: string) => string | undefined,
  canteen?: Canteen,
): CanteenPatch | undefined {
  const k = fold(key);
  const v = fold(value);
  if (END.includes(k)) {
    if (DEFAULT.includes(v)) return { endTime: null };
    const time = parseTime(value);
    if (!time) throw new UserError("settings.badTime", { value });
    if (canteen && time <= canteen.lunchTime) throw new UserError("closeout.hours.endBeforeLunch", { end: time, lunch: canteen.lunchTime });
    return { endTime: time };
  }
  if (VALUE.includes(k)) {
    if (DEFAULT.includes(v)) return { hourValue: null };
    const cents = parseAmount(value);
    if (cents === undefined || cents > MAX_HOUR_VALUE) throw new UserError("closeout.hours.badValue", { value });
    return { hourValue: cents };
  }
  const dash = k.indexOf("-");
  if (dash === -1 || !HOURS.includes(k.slice(0, dash)) || !canteen) return undefined;
  const role = parseRole(k.slice(dash + 1), canteen.roles);
  if (!role)
    throw new UserError("closeout.hours.unknownRole", { role: key.slice(dash + 1), roles: canteen.roles.map((r) => r.key).join(", ") });
  const rest = Object.fromEntries(Object.entries(canteen.roleHours ?? {}).filter(([r]) => r !== role));
  if (DEFAULT.includes(v)) return { roleHours: rest };
  const minutes = minutesOf(value.trim(), parseTime);
  if (minutes === undefined || minutes <= 0 || minutes > MAX_ROLE_MINUTES) throw new UserError("closeout.hours.badHours", { value });
  return { roleHours: { ...rest, [role]: minutes } };
}

/** The settings line /settings shows for these: the end, each role's hours, an hour's value. */
export function hoursSettingsLine(ctx: Pick<CanteenContext, "t" | "locale" | "canteen">): string {
  const c = ctx.canteen;
  const roles = c.roles.map((r) => `${roleLabel(ctx, r.key)} ${hoursText(roleMinutes(c, r.key), ctx.locale)}`).join(" · ");
  return ctx.t("closeout.hours.line", {
    end: serviceEnd(c),
    roles,
    value: c.hourValue === null || c.hourValue === undefined ? "—" : formatMoney(c.hourValue, c.currency, ctx.locale),
  });
}
