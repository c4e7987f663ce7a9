// How a reading reads in a message: value, time, who, and whether it was within limits.
import type { CanteenView } from "../../kernel/context.ts";
import { localNow } from "../../kernel/days.ts";
import { formatTemperature, limitsText } from "./limits.ts";
import type { Actor, Reading } from "./ports.ts";

/** "09:05" in the canteen's time. */
export function timeOf(at: Date, timezone: string): string {
  return localNow(at, timezone).toFormat("HH:mm");
}

/** The name of who did something, or "a former volunteer" once they asked to be forgotten. */
export function actorName(v: Pick<CanteenView, "t">, a: Actor): string {
  return a.personId === null ? v.t("hygiene.formerVolunteer") : a.name;
}

/** "Frigo 1 : 3,5 °C à 09:05 (Alice) ✅" or, out of limits, with its action or the lack of one. */
export function readingLine(v: Pick<CanteenView, "t" | "locale" | "canteen">, r: Reading): string {
  const params = {
    name: r.equipment,
    value: formatTemperature(r.value, v.locale),
    time: timeOf(r.at, v.canteen.timezone),
    who: actorName(v, r.by),
    limits: limitsText(v, r.min, r.max),
  };
  if (r.within) return v.t("hygiene.status.within", params);
  return r.action
    ? v.t("hygiene.status.outsideActed", { ...params, action: r.action.text })
    : v.t("hygiene.status.outsideNoAction", params);
}
