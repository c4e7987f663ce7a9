// The canteen's daily rhythm as jobs: announce the menu and poll, close the poll and brief the
// kitchen, remind volunteers the evening before, alert managers about holes in tomorrow's sheet.
// This file says WHEN each job runs and WHAT it does; src/schedule makes each run exactly once.
import { DateTime } from "luxon";
import {
  openRoles,
  renderAnnouncement,
  renderHelp,
  renderManagerAlert,
  renderReminder,
  renderSummary,
} from "../features/sheet/announce.ts";
import { canteenView, type CanteenView } from "./context.ts";
import { viewFor } from "../features/language/rules.ts";
import { renderRequest } from "../features/replace/render.ts";
import { atLocal } from "./days.ts";
import { samePlatform, type Message } from "./model.ts";
import type { Canteen, DeliveryKind, Logger, OutgoingItem, Outbox, Store, Subject } from "./ports.ts";
import { formLunchRounds } from "../features/lunch/rounds.ts";
import type { LunchSchedule } from "../features/lunch/ports.ts";
import { isLunchJob, lunchJobs, type LunchJobKind } from "../features/lunch/schedule.ts";
import { DIGEST_JOB, digestJobs, runDigest } from "../features/network/digest.ts";
import {
  closeoutJobs,
  composeCloseout,
  forecastFor,
  isCloseoutJob,
  keepForecastAtDeadline,
  runCloseoutJob,
  type CloseoutJobKind,
} from "../features/closeout/jobs.ts";
import { forecastLines } from "../features/closeout/render.ts";
import { managersOf } from "./people.ts";

/** Kinds of scheduled job (plus "lunch@HH:MM": lunch rounds closing at that time). */
export const JOB_KINDS = ["announce", "close", "remind", "alert"] as const;
export type JobKind = (typeof JOB_KINDS)[number] | LunchJobKind | CloseoutJobKind | typeof DIGEST_JOB;

/** A job as planned for one canteen and service date. */
export interface PlannedJob {
  kind: JobKind;
  date: string;
  runAt: Date;
  /** After this the job is no longer useful: a missed run is skipped, not run late. */
  deadline: Date;
}

/** How long after lunch starts the kitchen summary is still worth sending. */
const SUMMARY_USEFUL_AFTER_LUNCH_MIN = 60;

/**
 * The jobs of one service date, at the canteen's local times (DST-safe: luxon in its timezone);
 * `lunchSchedules` lists the lunch programmes' schedules, whose rounds are jobs too.
 */
export function jobsFor(c: Canteen, date: string, lunchSchedules: readonly LunchSchedule[] = []): PlannedJob[] {
  const day = DateTime.fromISO(date, { zone: c.timezone });
  if (!c.openDays.includes(day.weekday)) return [];
  const eve = day.minus({ days: 1 }).toISODate()!;
  const at = (d: string, time: string) => atLocal(d, time, c.timezone).toJSDate();
  const lunch = atLocal(date, c.lunchTime, c.timezone);
  const cook = at(date, c.cookTime);
  return [
    { kind: "announce", date, runAt: at(date, c.announceTime), deadline: lunch.toJSDate() },
    { kind: "close", date, runAt: at(date, c.pollDeadline), deadline: lunch.plus({ minutes: SUMMARY_USEFUL_AFTER_LUNCH_MIN }).toJSDate() },
    { kind: "remind", date, runAt: at(eve, c.reminderTime), deadline: cook },
    { kind: "alert", date, runAt: at(eve, c.alertTime), deadline: cook },
    ...lunchJobs(c, date, lunchSchedules),
    ...digestJobs(c, date),
    ...closeoutJobs(c, date),
  ];
}

/** What the rhythm needs. */
export interface RhythmDeps {
  store: Store;
  outbox: Outbox;
  log: Logger;
}

/** The daily rhythm: running jobs and composing the messages they queue. */
export class Rhythm {
  constructor(private readonly deps: RhythmDeps) {}

  /** The account a private message to a person goes to (the one they used last) and its fallback chats. */
  private async personTarget(c: Canteen, personId: number): Promise<{ address: string; fallback: string[] } | null> {
    const [identity] = await this.deps.store.identitiesOf(personId);
    if (!identity) return null;
    const groups = await this.deps.store.groupsOf(c.id);
    return { address: identity.address, fallback: groups.filter((g) => samePlatform(g.address, identity.address)).map((g) => g.address) };
  }

  private async personItems(c: Canteen, kind: DeliveryKind, date: string, personIds: number[]): Promise<OutgoingItem[]> {
    const items: OutgoingItem[] = [];
    for (const personId of [...new Set(personIds)]) {
      const target = await this.personTarget(c, personId);
      if (!target) continue;
      items.push({
        key: `${kind}:${c.id}:${date}:${personId}`,
        canteenId: c.id,
        kind,
        subject: { date, personId },
        target: { kind: "person", address: target.address },
        fallback: target.fallback,
      });
    }
    return items;
  }

  /** Runs one job: queues its messages (idempotently) and records its effects. Returns a note for the log. */
  async execute(c: Canteen, kind: JobKind, date: string, now: Date): Promise<string> {
    const { store, outbox } = this.deps;
    const v = canteenView(c, now);
    if (isLunchJob(kind)) return formLunchRounds(this.deps, c, kind, date, now);
    if (kind === DIGEST_JOB) return runDigest(this.deps, c, date, now);
    if (isCloseoutJob(kind)) return runCloseoutJob(this.deps, c, kind, date, (...a) => this.personItems(...a));
    if (kind === "announce") {
      const groups = await store.groupsOf(c.id);
      await outbox.enqueue(
        groups.map((g) => ({
          key: `announcement:${c.id}:${date}:${g.address}`,
          canteenId: c.id,
          kind: "announcement" as const,
          subject: { date },
          target: { kind: "chat" as const, address: g.address },
        })),
      );
      return `announced to ${groups.length} group(s)`;
    }
    if (kind === "close") {
      await store.closePoll(c.id, date, now);
      await keepForecastAtDeadline(store, c, date);
      await outbox.touch(c.id, "announcement", { date });
      const sheet = await store.sheet(c.id, [date]);
      const managers = (await managersOf(store, c.id)).map((m) => m.personId);
      const cooks = sheet.filter((s) => s.status === "confirmed" && s.addresses.length > 0).map((s) => s.personId);
      await outbox.enqueue(await this.personItems(c, "summary", date, [...cooks, ...managers]));
      return `poll closed; summary to ${new Set([...cooks, ...managers]).size} person(s)`;
    }
    const sheet = await store.sheet(c.id, [date]);
    if (kind === "remind") {
      const on = sheet.filter((s) => s.status === "confirmed" && s.addresses.length > 0).map((s) => s.personId);
      await outbox.enqueue(await this.personItems(c, "reminder", date, on));
      return `${on.length} reminder(s)`;
    }
    const open = openRoles(v, date, sheet);
    const asks = await store.openReplacements(c.id, date);
    if (open.length === 0 && asks.length === 0) return "sheet complete: no alert";
    const managers = (await managersOf(store, c.id)).map((m) => m.personId);
    const groups = await store.groupsOf(c.id);
    await outbox.enqueue([
      ...(await this.personItems(c, "alert", date, managers)),
      ...groups.map((g) => ({
        key: `help:${c.id}:${date}:${g.address}`,
        canteenId: c.id,
        kind: "help" as const,
        subject: { date },
        target: { kind: "chat" as const, address: g.address },
      })),
    ]);
    return `alert: ${[...open.map((o) => `${o.role} ${o.open}`), ...asks.map((r) => `replacement ${r.id}`)].join(", ")}`;
  }

  /** Builds a queued message from the current state; null when it is no longer needed. */
  async compose(canteenId: number | null, kind: DeliveryKind, subject: Subject, now: Date): Promise<Message | null> {
    if (canteenId === null) return null;
    const { store } = this.deps;
    const c = await store.canteen(canteenId);
    if (!c) return null;
    const { date } = subject;
    // What a person alone reads (brief, reminder, alert) comes in their language; groups read the canteen's.
    const personal = subject.personId !== undefined && (kind === "summary" || kind === "reminder" || kind === "alert");
    const v: CanteenView = personal ? await viewFor(store, c, now, subject.personId) : canteenView(c, now);
    switch (kind) {
      case "announcement":
        return renderAnnouncement(v, await store.service(c.id, date), await store.sheet(c.id, [date]), await store.answers(c.id, date));
      case "summary": {
        const summary = renderSummary(v, await store.service(c.id, date), await store.answers(c.id, date));
        // The forecast (an estimate) goes before the closing note.
        summary.lines.splice(summary.lines.length - 1, 0, ...forecastLines(v, await forecastFor(store, c, date)));
        return summary;
      }
      case "closeout":
      case "survey":
        return composeCloseout(store, c, kind, subject, now);
      case "reminder": {
        const mine = (await store.sheet(c.id, [date])).find((s) => s.personId === subject.personId && s.status === "confirmed");
        return mine ? renderReminder(v, mine) : null;
      }
      case "alert":
      case "help": {
        const open = openRoles(v, date, await store.sheet(c.id, [date]));
        if (kind === "help") return open.length === 0 ? null : renderHelp(v, date, open);
        const asks = await store.openReplacements(c.id, date);
        if (open.length === 0 && asks.length === 0) return null;
        return renderManagerAlert(v, date, open, asks);
      }
      case "replacement": {
        if (subject.personId === undefined) return null;
        const r = await store.latestReplacement(c.id, date, subject.personId);
        return r ? renderRequest(v, r) : null;
      }
      default:
        return null;
    }
  }
}
