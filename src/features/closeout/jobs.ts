// The close-out jobs of the daily rhythm (and the survey's, from src/core/survey): keep the poll's
// covers and the forecast at the deadline, remind the day's managers and head cook to close.
import { headcountOf } from "../sheet/announce.ts";
import { canteenView } from "../../kernel/context.ts";
import { atLocal } from "../../kernel/days.ts";
import type { Message } from "../../kernel/model.ts";
import type { Canteen, DeliveryKind, OutgoingItem, Outbox, Store, Subject } from "../../kernel/ports.ts";
import { postSurvey, surveyJob } from "../survey/jobs.ts";
import { renderSurvey } from "../survey/commands.ts";
import { HEAD_COOK_ROLE } from "../../kernel/roles.ts";
import { forecastCovers, HISTORY_READ, type Forecast } from "./forecast.ts";
import { renderCloseoutReminder } from "./render.ts";
import { managersOf } from "../../kernel/people.ts";

/** Close-out and survey job kinds. */
export const CLOSEOUT_JOB_KINDS = ["closeout", "survey"] as const;
export type CloseoutJobKind = (typeof CLOSEOUT_JOB_KINDS)[number];

/** True for this module's jobs. */
export function isCloseoutJob(kind: string): kind is CloseoutJobKind {
  return (CLOSEOUT_JOB_KINDS as readonly string[]).includes(kind);
}

/** The jobs of one opening day: close-out reminder, and the survey unless it is off. Useful until the day ends. */
export function closeoutJobs(c: Canteen, date: string): { kind: CloseoutJobKind; date: string; runAt: Date; deadline: Date }[] {
  const deadline = atLocal(date, "23:59", c.timezone).toJSDate();
  const jobs: { kind: CloseoutJobKind; date: string; runAt: Date; deadline: Date }[] = [
    { kind: "closeout", date, runAt: atLocal(date, c.closeOutTime, c.timezone).toJSDate(), deadline },
  ];
  const survey = surveyJob(c, date, deadline);
  if (survey) jobs.push(survey);
  return jobs;
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

/** Runs a close-out or survey job; `personItems` makes private-message items (the rhythm's own). */
export async function runCloseoutJob(
  deps: { store: Store; outbox: Outbox },
  c: Canteen,
  kind: CloseoutJobKind,
  date: string,
  personItems: (c: Canteen, kind: DeliveryKind, date: string, ids: number[]) => Promise<OutgoingItem[]>,
): Promise<string> {
  const { store, outbox } = deps;
  if (kind === "closeout") {
    if ((await store.closeRecord(c.id, date)).covers !== null) return "already closed: no reminder";
    const ids = await closers(store, c, date);
    await outbox.enqueue(await personItems(c, "closeout", date, ids));
    return `close-out reminder to ${ids.length} person(s)`;
  }
  return postSurvey(store, outbox, c, date);
}

/** Composes a close-out reminder (null once the service is closed: not sent) or a survey message. */
export async function composeCloseout(
  store: Store,
  c: Canteen,
  kind: "closeout" | "survey",
  subject: Subject,
  now: Date,
): Promise<Message | null> {
  const v = canteenView(c, now);
  if (kind === "survey") return renderSurvey(v, subject.date);
  const record = await store.closeRecord(c.id, subject.date);
  if (record.covers !== null) return null;
  const f = await forecastFor(store, c, subject.date, record.pollCovers ?? undefined);
  return renderCloseoutReminder(v, record, f);
}
