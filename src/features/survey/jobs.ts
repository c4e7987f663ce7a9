// The survey's job: at the canteen's survey time (unless switched off), one message to each of
// its groups, queued in the delivery ledger under a stable key so it is posted exactly once.
import { atLocal } from "../../kernel/days.ts";
import type { Canteen, Outbox, Store } from "../../kernel/ports.ts";

/** The survey job of an opening day, or null when the canteen switched the survey off. */
export function surveyJob(c: Canteen, date: string, deadline: Date): { kind: "survey"; date: string; runAt: Date; deadline: Date } | null {
  if (!c.surveyTime) return null;
  return { kind: "survey", date, runAt: atLocal(date, c.surveyTime, c.timezone).toJSDate(), deadline };
}

/**
 * Queues the survey for every group of the canteen, for a service that exists: a day where
 * nothing was recorded (no sign-up, poll answer, menu) gets no survey, so no ghost service.
 */
export async function postSurvey(store: Store, outbox: Outbox, c: Canteen, date: string): Promise<string> {
  if (!(await store.hasService(c.id, date))) return "no service recorded: no survey";
  const groups = await store.groupsOf(c.id);
  await outbox.enqueue(
    groups.map((g) => ({
      key: `survey:${c.id}:${date}:${g.address}`,
      canteenId: c.id,
      kind: "survey" as const,
      subject: { date },
      target: { kind: "chat" as const, address: g.address },
    })),
  );
  return `survey to ${groups.length} group(s)`;
}
