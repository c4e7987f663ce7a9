// The monthly digest: on a canteen's first opening day of a month, at announcement time, its
// managers get last month's figures privately, and the managers of its network the network's.
// One scheduler job per canteen and month; ledger keys per person and month make every private
// message go out once, even when several canteens of a network run their job.
import { DateTime } from "luxon";
import { atLocal } from "../../kernel/days.ts";
import { viewFor } from "../../kernel/locale.ts";
import type { Message } from "../../kernel/model.ts";
import type { Canteen, Logger, OutgoingItem, Outbox, Store } from "../../kernel/ports.ts";
import { computeFigures, type Figures } from "../impact/index.ts";
import type { Period } from "../impact/index.ts";
import { networkFigures, renderNetworkReport } from "./report.ts";
import { figuresMessage, type FigureView } from "./render.ts";
import { intlLocale } from "../../kernel/i18n/index.ts";
import { managersOf } from "../../kernel/people.ts";

/** The scheduler job kind of the digest. */
export const DIGEST_JOB = "digest";

/** A planned digest job, shaped like the rhythm's other jobs. */
export interface PlannedDigestJob {
  kind: typeof DIGEST_JOB;
  date: string;
  runAt: Date;
  /** Still worth sending until the end of that day. */
  deadline: Date;
  /** Sent on a closed day too: the month's figures do not wait for the canteen to open. */
  whenClosed: true;
}

/** True when `date` is the canteen's first opening day of its month. */
export function isFirstOpenDayOfMonth(c: Pick<Canteen, "openDays" | "timezone">, date: string): boolean {
  const day = DateTime.fromISO(date, { zone: c.timezone });
  if (!c.openDays.includes(day.weekday)) return false;
  for (let d = day.startOf("month"); d < day; d = d.plus({ days: 1 })) if (c.openDays.includes(d.weekday)) return false;
  return true;
}

/** The digest job of a service date: only on the first opening day of a month, at announcement time. */
export function digestJobs(c: Canteen, date: string): PlannedDigestJob[] {
  if (!isFirstOpenDayOfMonth(c, date)) return [];
  const endOfDay = DateTime.fromISO(date, { zone: c.timezone }).endOf("day").toJSDate();
  return [{ kind: DIGEST_JOB, date, runAt: atLocal(date, c.announceTime, c.timezone).toJSDate(), deadline: endOfDay, whenClosed: true }];
}

/** The calendar month before `date`: its period and its "YYYY-MM" key. */
export function previousMonth(date: string): { period: Period; month: string } {
  const first = DateTime.fromISO(date).startOf("month").minus({ months: 1 });
  return { period: { from: first.toISODate()!, to: first.endOf("month").toISODate()! }, month: first.toFormat("yyyy-MM") };
}

function monthName(v: FigureView, month: string): string {
  return DateTime.fromISO(`${month}-01`).setLocale(intlLocale(v.locale)).toFormat("LLLL yyyy");
}

/** A canteen's digest: last month's figures, money included (managers read it). */
export function renderCanteenDigest(v: FigureView, canteenName: string, month: string, figures: Figures): Message {
  return figuresMessage(v, figures, v.t("network.digest.canteenTitle", { canteen: canteenName, month: monthName(v, month) }), (m) => {
    m.note(v.t("network.digest.more"));
  });
}

/** What the digest job needs. */
export interface DigestDeps {
  store: Store;
  outbox: Outbox;
  log: Logger;
}

async function privateTarget(store: Store, personId: number): Promise<string | null> {
  const [identity] = await store.identitiesOf(personId);
  return identity?.address ?? null;
}

/** Runs a canteen's digest job for `date`: queues the private messages (idempotently). Returns a note for the log. */
export async function runDigest(deps: DigestDeps, c: Canteen, date: string, now: Date): Promise<string> {
  const { store, outbox } = deps;
  const { period, month } = previousMonth(date);
  const items: OutgoingItem[] = [];
  const figures = computeFigures(await store.impactRecords(c.id, period, date));
  const notes: string[] = [];
  if (figures.services.held === 0) {
    notes.push("empty month: no canteen digest");
  } else {
    const managers = await managersOf(store, c.id);
    for (const mgr of managers) {
      const address = await privateTarget(store, mgr.personId);
      if (!address) continue;
      // In each manager's own language.
      const payload = renderCanteenDigest(await viewFor(store, c, now, mgr.personId), c.name, month, figures);
      items.push({
        key: `digest:${c.id}:${month}:${mgr.personId}`,
        canteenId: c.id,
        kind: "notice",
        subject: { date, personId: mgr.personId },
        target: { kind: "person", address },
        payload,
      });
    }
    notes.push(`canteen digest to ${items.length} manager(s)`);
  }
  const network = await store.networkOfCanteen(c.id);
  if (network) {
    const nf = await networkFigures(store, network, period, date);
    if (nf.total.services.held === 0) {
      notes.push("empty month: no network digest");
    } else {
      let n = 0;
      for (const personId of await store.networkManagers(network.id)) {
        const address = await privateTarget(store, personId);
        if (!address) continue;
        const pv = await viewFor(store, c, now, personId);
        const title = pv.t("network.digest.networkTitle", { network: network.name, month: monthName(pv, month) });
        const payload = renderNetworkReport(pv, nf, title, [pv.t("network.digest.moreNetwork")]);
        // Keyed by network, not canteen: the first member canteen's job sends it, the others find it queued.
        items.push({
          key: `digest-network:${network.id}:${month}:${personId}`,
          canteenId: c.id,
          kind: "notice",
          subject: { date, personId },
          target: { kind: "person", address },
          payload,
        });
        n++;
      }
      notes.push(`network digest to ${n} manager(s)`);
    }
  }
  await outbox.enqueue(items);
  return notes.join("; ");
}
