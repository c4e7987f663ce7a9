// The close-out job of the daily rhythm: keep the poll's covers and the forecast at the deadline,
// remind the day's managers and head cook to close (with the team to mark who did not come).
import { headcountOf } from "../sheet/index.ts";
import { viewFor } from "../../kernel/locale.ts";
import type { RhythmDeps } from "../../kernel/feature.ts";
import { atLocal } from "../../kernel/days.ts";
import type { Message } from "../../kernel/model.ts";
import type { Canteen, Store, Subject } from "../../kernel/ports.ts";
import { HEAD_COOK_ROLE } from "../../kernel/roles.ts";
import { forecastCovers, HISTORY_READ, type Forecast } from "./forecast.ts";
import { renderCloseoutReminder } from "./render.ts";
import { teamPart, withTeam } from "./team-render.ts";
import { managersOf } from "../../kernel/people.ts";

/** The close-out reminder of an opening day, useful until the day ends. */
export function closeoutJobs(c: Canteen, date: string): { kind: "closeout"; date: string; runAt: Date; deadline: Date }[] {
  const deadline = atLocal(date, "23:59", c.timezone).toJSDate();
  return [{ kind: "closeout", date, runAt: atLocal(date, c.closeOutTime, c.timezone).toJSDate(), deadline }];
}

/** The forecast of a service from its poll and past closed services. */
export async function forecastFor(store: Store, c: Canteen, date: string, pollCovers?: number): Promise<Forecast> {
  const covers = pollCovers ?? headcountOf(await store.answers(c.id, date)).covers;
  return forecastCovers(date, covers, await store.closedHistory(c.id, date, HISTORY_READ));
}

/** At the poll's deadline: keep its covers and the forecast on the service (for the walk-ins and the forecast error). */
export async function keepForecastAtDeadline(store: Store, c: Canteen, date: string): Promise<void> {
  const f = await forecastFor(store, c, date);
  await store.keepForecast(c.id, date, f.pollCovers, f.covers);
}

/** Who gets the close-out reminder: managers and the day's head cook. */
async function closers(store: Store, c: Canteen, date: string): Promise<number[]> {
  const managers = (await managersOf(store, c.id)).map((m) => m.personId);
  const heads = (await store.sheet(c.id, [date]))
    .filter((s) => s.role === HEAD_COOK_ROLE && s.status === "confirmed" && s.addresses.length > 0)
    .map((s) => s.personId);
  return [...new Set([...managers, ...heads])];
}

/** Runs the close-out reminder job: to managers and the day's head cook, unless the service is closed already. */
export async function runCloseoutJob(deps: RhythmDeps, c: Canteen, date: string): Promise<string> {
  const { store, outbox } = deps;
  if ((await store.closeRecord(c.id, date)).covers !== null) return "already closed: no reminder";
  const ids = await closers(store, c, date);
  await outbox.enqueue(await deps.personItems(c, "closeout", date, ids));
  return `close-out reminder to ${ids.length} person(s)`;
}

/** Composes a close-out reminder; null once the service is closed (not sent). */
export async function composeCloseout(store: Store, c: Canteen, subject: Subject, now: Date): Promise<Message | null> {
  // In the language of the person it goes to.
  const v = await viewFor(store, c, now, subject.personId);
  const record = await store.closeRecord(c.id, subject.date);
  if (record.covers !== null) return null;
  const f = await forecastFor(store, c, subject.date, record.pollCovers ?? undefined);
  // The team with a toggle each: who did not come is marked from the reminder itself. It may fall
  // back to a group: no-shows already marked are counted there, never named.
  const team = await store.team(c.id, subject.date);
  return withTeam(renderCloseoutReminder(v, record, f), teamPart(v, subject.date, team, false, { hideNoShows: "group" }));
}
