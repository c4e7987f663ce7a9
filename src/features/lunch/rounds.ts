// Forming a programme's round when its sign-up closes: pick who takes part, seat them with the
// matcher, record the round (which books every seat into the kitchen's headcount) and queue one
// announcement per table in the programme's group. Safe to run again: the round is unique per
// programme and date, and the ledger ignores keys it already has.
import { DateTime } from "luxon";
import { canteenView, type CanteenView } from "../../kernel/context.ts";
import type { Canteen, Logger, OutgoingItem, Outbox, Store } from "../../kernel/ports.ts";
import { ICEBREAKERS } from "./icebreakers.ts";
import { formTables, seedOf } from "./matching.ts";
import type { LunchProgram, LunchRound } from "./ports.ts";
import { renderSkipped, renderTable } from "./render.ts";
import { closeTimeOf, type LunchJobKind } from "./schedule.ts";

/** What forming rounds needs (the rhythm's dependencies). */
export interface LunchDeps {
  store: Store;
  outbox: Outbox;
  log: Logger;
}

/** The ledger items announcing a round: one message per table, or the "not enough people" notice. */
async function announcements(deps: LunchDeps, v: CanteenView, p: LunchProgram, round: LunchRound): Promise<OutgoingItem[]> {
  const base = {
    canteenId: p.canteenId,
    kind: "lunch" as const,
    subject: { date: round.date },
    target: { kind: "chat" as const, address: p.groupAddress },
  };
  if (round.status === "skipped") {
    if (round.participants === 0) return [];
    // Who signed up is not recorded for a skipped round: the members still in are told.
    const people = await deps.store.lunchParticipants(p.id, p.canteenId, round.date);
    return [{ ...base, key: `lunch:skipped:${p.id}:${round.date}`, payload: renderSkipped(v, p, round.date, people) }];
  }
  return round.tables.map((t) => ({ ...base, key: `lunch:table:${t.id}`, payload: renderTable(v, p, round, t) }));
}

/** Forms (or finds) one programme's round of `date` and queues its announcements. Returns a log note. */
export async function formRound(deps: LunchDeps, c: Canteen, p: LunchProgram, date: string, now: Date): Promise<string> {
  const { store, outbox } = deps;
  let round = await store.lunchRound(p.id, date);
  if (!round) {
    const participants = await store.lunchParticipants(p.id, c.id, date);
    const people = participants.map((m) => ({ id: m.personId, team: m.team }));
    const history = {
      recent: await store.lunchHistory(p.id, date, p.avoidRounds),
      avoid: await store.lunchAvoidPairs(people.map((x) => x.id)),
    };
    const seed = seedOf(`${p.id}:${date}`);
    const tables = formTables(people, history, { size: p.tableSize }, seed);
    const team = new Map(people.map((x) => [x.id, x.team]));
    round = (
      await store.createLunchRound({
        programId: p.id,
        canteenId: c.id,
        date,
        at: now,
        participants: participants.length,
        // Consecutive questions from a seeded start: tables of one round never share one.
        tables: tables.map((ids, i) => ({
          icebreaker: (seed + i) % ICEBREAKERS.en.length,
          people: ids.map((personId) => ({ personId, team: team.get(personId) ?? null })),
        })),
      })
    ).round;
    // The seats changed the day's headcount: an announcement already out shows the new count.
    await outbox.touch(c.id, "announcement", { date });
  }
  await outbox.enqueue(await announcements(deps, canteenView(c, now), p, round));
  return round.status === "skipped"
    ? `lunch ${p.id}: skipped (${round.participants} signed up)`
    : `lunch ${p.id}: ${round.tables.length} table(s), ${round.participants} people`;
}

/** The lunch job: forms the rounds of every programme of the canteen closing at this time for `date`. */
export async function formLunchRounds(deps: LunchDeps, c: Canteen, kind: LunchJobKind, date: string, now: Date): Promise<string> {
  const weekday = DateTime.fromISO(date, { zone: c.timezone }).weekday;
  const programs = await deps.store.lunchProgramsDue(c.id, weekday, closeTimeOf(kind));
  const notes: string[] = [];
  for (const p of programs) notes.push(await formRound(deps, c, p, date, now));
  return notes.length > 0 ? notes.join("; ") : "no lunch programme due";
}
