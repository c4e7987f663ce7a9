// Volunteer hours: how long each role gives to one service. A manager may set a role's hours
// (`/reglages heures-plonge 2`); by default cooks and the head cook give from the cooking time to
// the end of the service, dishes from the meal to the end; the end defaults to lunch + 2 h.
import { DateTime } from "luxon";
import type { Canteen } from "../../kernel/ports.ts";
import type { TeamPerson } from "./ports.ts";

/** How long after lunch a service ends when the canteen set no end. */
export const DEFAULT_END_AFTER_LUNCH_MINUTES = 120;

/** Roles whose default hours start at the meal, not at the cooking time. */
const FROM_THE_MEAL: readonly string[] = ["dishes"];

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
};

/** The local "HH:MM" end of a service: the canteen's `fin` · `end`, else lunch + 2 h. */
export function serviceEnd(c: Pick<Canteen, "lunchTime" | "endTime">): string {
  if (c.endTime) return c.endTime;
  return DateTime.fromFormat(c.lunchTime, "HH:mm").plus({ minutes: DEFAULT_END_AFTER_LUNCH_MINUTES }).toFormat("HH:mm");
}

/** A role's default minutes per service (never negative: an end before the start gives none). */
export function defaultRoleMinutes(c: Pick<Canteen, "cookTime" | "lunchTime" | "endTime">, role: string): number {
  const start = FROM_THE_MEAL.includes(role) ? c.lunchTime : c.cookTime;
  return Math.max(0, minutesOf(serviceEnd(c)) - minutesOf(start));
}

/** A role's minutes per service: the manager's setting, else the default. */
export function roleMinutes(c: Pick<Canteen, "cookTime" | "lunchTime" | "endTime" | "roleHours">, role: string): number {
  return c.roleHours?.[role] ?? defaultRoleMinutes(c, role);
}

/** The minutes a team gave to one service: each person who came, at their role's minutes. */
export function teamMinutes(c: Pick<Canteen, "cookTime" | "lunchTime" | "endTime" | "roleHours">, team: readonly TeamPerson[]): number {
  return team.filter((p) => p.came).reduce((n, p) => n + roleMinutes(c, p.role), 0);
}

/** Minutes as hours for a reply: "2 h", "2 h 30" (fr) · "2 h", "2 h 30 min" (en). */
export function hoursText(minutes: number, locale: "fr" | "en"): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return `${h} h`;
  return locale === "fr" ? `${h} h ${String(m).padStart(2, "0")}` : `${h} h ${m} min`;
}
