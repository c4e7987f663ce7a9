// The survey's job: at the canteen's survey time (unless switched off), one message to each of
// its groups, queued in the delivery ledger under a stable key so it is posted exactly once.
import { atLocal } from "../../kernel/days.ts";
import type { RhythmDeps } from "../../kernel/feature.ts";
import type { Canteen } from "../../kernel/ports.ts";

/** The survey job of an opening day, or null when the canteen switched the survey off. */
export function surveyJob(c: Canteen, date: string, deadline: Date): { kind: "survey"; date: string; runAt: Date; deadline: Date } | null {
  if (!c.surveyTime) return null;
  return { kind: "survey", date, runAt: atLocal(date, c.surveyTime, c.timezone).toJSDate(), deadline };
}

/**
 * Queues the survey for every group of the canteen, for a service that exists: a day where
 * nothing was recorded (no sign-up, poll answer, menu) gets no survey, so no ghost service.
 */
export async function postSurvey(deps: Pick<RhythmDeps, "store" | "outbox" | "groupItems">, c: Canteen, date: string): Promise<string> {
  if (!(await deps.store.hasService(c.id, date))) return "no service recorded: no survey";
  const items = await deps.groupItems(c, "survey", date);
  await deps.outbox.enqueue(items);
  return `survey to ${items.length} group(s)`;
}
