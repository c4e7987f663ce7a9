// How a reading reads in a message: value, time, who, and whether it was within limits.
import type { CanteenView } from "../../kernel/context.ts";
import { localNow } from "../../kernel/days.ts";
import { capitalise } from "../sheet/index.ts";
import { formatTemperature, limitsText } from "./limits.ts";
import type { Actor, DishRecord, Reading } from "./ports.ts";

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

/** "1 h 50", "45 min". */
export function durationText(v: Pick<CanteenView, "t">, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return v.t("hygiene.duration.minutes", { m });
  return m === 0 ? v.t("hygiene.duration.hours", { h }) : v.t("hygiene.duration.both", { h, m: String(m).padStart(2, "0") });
}

/** A dish record's line: a cooling under way, ended or unanswered; a core or reheating temperature. */
export function dishLine(v: Pick<CanteenView, "t" | "locale" | "canteen">, d: DishRecord): string {
  const tz = v.canteen.timezone;
  const params = {
    dish: d.dish,
    what: capitalise(v.t(`hygiene.dishKinds.${d.kind}`)),
    who: actorName(v, d.by),
    start: d.startValue === null ? "" : formatTemperature(d.startValue, v.locale),
    startTime: timeOf(d.startAt, tz),
    value: d.value === null ? "" : formatTemperature(d.value, v.locale),
    time: d.at ? timeOf(d.at, tz) : "",
    duration: d.at ? durationText(v, Math.round((d.at.getTime() - d.startAt.getTime()) / 60_000)) : "",
  };
  const base =
    d.kind === "cooling"
      ? d.at
        ? v.t("hygiene.status.coolingDone", params)
        : v.t(d.missedAt ? "hygiene.status.coolingUnanswered" : "hygiene.status.coolingOpen", params)
      : v.t("hygiene.status.hot", params);
  if (d.within === true) return `${base} ✅`;
  if (d.within === null) return base;
  return `${base} ⚠️ ${d.action ? v.t("hygiene.status.acted", { action: d.action.text }) : v.t("hygiene.status.noAction")}`;
}
