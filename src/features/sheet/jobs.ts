// The sheet's daily rhythm: announce the menu and poll, close the poll and brief the kitchen,
// remind volunteers the evening before, alert managers about holes in tomorrow's sheet (and call
// for help in the groups). This file says WHEN each job runs and WHAT it does.
import { DateTime } from "luxon";
import { canteenView, type CanteenView } from "../../kernel/context.ts";
import { atLocal } from "../../kernel/days.ts";
import type { Composer, FeatureJobs, RhythmDeps } from "../../kernel/feature.ts";
import { viewFor } from "../../kernel/locale.ts";
import { managersOf } from "../../kernel/people.ts";
import type { Canteen } from "../../kernel/ports.ts";
import { openRoles, renderAnnouncement, renderHelp, renderManagerAlert, renderReminder, renderSummary } from "./announce.ts";
import { ALERT_NEEDS, ANNOUNCEMENT_NOTES, BRIEF_LINES, POLL_CLOSED } from "./points.ts";

/** The sheet's job kinds. */
export const SHEET_JOB_KINDS = ["announce", "close", "remind", "alert"] as const;

/** How long after lunch starts the kitchen summary is still worth sending. */
const SUMMARY_USEFUL_AFTER_LUNCH_MIN = 60;

/** What other features add to the managers' alert of a date. */
async function alertNeeds(deps: RhythmDeps, c: Canteen, date: string, v: CanteenView): Promise<{ lines: string[]; notes: string[] }> {
  const all = await Promise.all(deps.offered(ALERT_NEEDS).map((needs) => needs(deps, c, date, v)));
  return { lines: all.flatMap((n) => n.lines), notes: all.flatMap((n) => n.notes) };
}

/** The four jobs of each service date, at the canteen's local times. */
export const sheetJobs: FeatureJobs = {
  plan(c, date) {
    const eve = DateTime.fromISO(date, { zone: c.timezone }).minus({ days: 1 }).toISODate()!;
    const at = (d: string, time: string) => atLocal(d, time, c.timezone).toJSDate();
    const lunch = atLocal(date, c.lunchTime, c.timezone);
    const cook = at(date, c.cookTime);
    return [
      { kind: "announce", date, runAt: at(date, c.announceTime), deadline: lunch.toJSDate() },
      {
        kind: "close",
        date,
        runAt: at(date, c.pollDeadline),
        deadline: lunch.plus({ minutes: SUMMARY_USEFUL_AFTER_LUNCH_MIN }).toJSDate(),
      },
      { kind: "remind", date, runAt: at(eve, c.reminderTime), deadline: cook },
      { kind: "alert", date, runAt: at(eve, c.alertTime), deadline: cook },
    ];
  },
  owns: (kind) => (SHEET_JOB_KINDS as readonly string[]).includes(kind),
  async run(deps, c, kind, date, now) {
    const { store, outbox } = deps;
    if (kind === "announce") {
      const items = await deps.groupItems(c, "announcement", date);
      await outbox.enqueue(items);
      return `announced to ${items.length} group(s)`;
    }
    if (kind === "close") {
      await store.closePoll(c.id, date, now);
      for (const closed of deps.offered(POLL_CLOSED)) await closed(deps, c, date);
      await outbox.touch(c.id, "announcement", { date });
      const sheet = await store.sheet(c.id, [date]);
      const managers = (await managersOf(store, c.id)).map((m) => m.personId);
      const cooks = sheet.filter((s) => s.status === "confirmed" && s.addresses.length > 0).map((s) => s.personId);
      await outbox.enqueue(await deps.personItems(c, "summary", date, [...cooks, ...managers]));
      return `poll closed; summary to ${new Set([...cooks, ...managers]).size} person(s)`;
    }
    const sheet = await store.sheet(c.id, [date]);
    if (kind === "remind") {
      const on = sheet.filter((s) => s.status === "confirmed" && s.addresses.length > 0).map((s) => s.personId);
      await outbox.enqueue(await deps.personItems(c, "reminder", date, on));
      return `${on.length} reminder(s)`;
    }
    const v = canteenView(c, now);
    const open = openRoles(v, date, sheet);
    const needs = await alertNeeds(deps, c, date, v);
    if (open.length === 0 && needs.lines.length === 0) return "sheet complete: no alert";
    const managers = (await managersOf(store, c.id)).map((m) => m.personId);
    await outbox.enqueue([...(await deps.personItems(c, "alert", date, managers)), ...(await deps.groupItems(c, "help", date))]);
    return `alert: ${[...open.map((o) => `${o.role} ${o.open}`), ...needs.notes].join(", ")}`;
  },
};

/** What a person alone reads (brief, reminder, alert) comes in their language; groups read the canteen's. */
async function viewOf(deps: RhythmDeps, c: Canteen, personId: number | undefined, now: Date): Promise<CanteenView> {
  return personId !== undefined ? viewFor(deps.store, c, now, personId) : canteenView(c, now);
}

/** The messages of the sheet's jobs, composed from the current state at send and edit time. */
export const sheetDeliveries: Record<"announcement" | "summary" | "reminder" | "alert" | "help", Composer> = {
  async announcement(deps, c, _kind, { date }, now) {
    const v = canteenView(c, now);
    const notes = deps.offered(ANNOUNCEMENT_NOTES).flatMap((n) => n(v, c) ?? []);
    return renderAnnouncement(
      v,
      await deps.store.service(c.id, date),
      await deps.store.sheet(c.id, [date]),
      await deps.store.answers(c.id, date),
      notes,
    );
  },
  async summary(deps, c, _kind, { date, personId }, now) {
    const v = await viewOf(deps, c, personId, now);
    const [service, answers, sheet] = await Promise.all([
      deps.store.service(c.id, date),
      deps.store.answers(c.id, date),
      deps.store.sheet(c.id, [date]),
    ]);
    const summary = renderSummary(v, service, answers, sheet);
    // Other features' lines (the forecast, an estimate) go before the closing note.
    const extra = (await Promise.all(deps.offered(BRIEF_LINES).map((lines) => lines(deps, c, date, v)))).flat();
    summary.lines.splice(summary.lines.length - 1, 0, ...extra);
    return summary;
  },
  async reminder(deps, c, _kind, { date, personId }, now) {
    const mine = (await deps.store.sheet(c.id, [date])).find((s) => s.personId === personId && s.status === "confirmed");
    return mine ? renderReminder(await viewOf(deps, c, personId, now), mine) : null;
  },
  async alert(deps, c, _kind, { date, personId }, now) {
    const v = await viewOf(deps, c, personId, now);
    const open = openRoles(v, date, await deps.store.sheet(c.id, [date]));
    const needs = await alertNeeds(deps, c, date, v);
    if (open.length === 0 && needs.lines.length === 0) return null;
    return renderManagerAlert(v, date, open, needs.lines);
  },
  async help(deps, c, _kind, { date }, now) {
    const v = canteenView(c, now);
    const open = openRoles(v, date, await deps.store.sheet(c.id, [date]));
    return open.length === 0 ? null : renderHelp(v, date, open);
  },
};
