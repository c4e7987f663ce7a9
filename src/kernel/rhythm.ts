// The daily rhythm's loop: which jobs each feature plans for a canteen's service dates, running one,
// and composing the messages they queue. Features say WHEN and WHAT (their `jobs` and
// `deliveries`); src/schedule makes each run exactly once.
import { DateTime } from "luxon";
import { closedDays } from "./closed.ts";
import type { CoreDeps } from "./context.ts";
import type { Composer, Feature, PersonalComposer, PlannedJob, RhythmDeps } from "./feature.ts";
import { samePlatform, type Message } from "./model.ts";
import type { Canteen, DeliveryKind, OutgoingItem, Subject } from "./ports.ts";

export type { PlannedJob } from "./feature.ts";

/** What every feature's jobs read once per planning pass, by feature name. */
export type Prepared = ReadonlyMap<string, unknown>;

/** The daily rhythm: planning and running the features' jobs, composing the messages they queue. */
export class Rhythm {
  private readonly features: readonly Feature<unknown, unknown, unknown>[];
  /** What jobs and composers use. */
  readonly deps: RhythmDeps;

  constructor(core: CoreDeps) {
    this.features = core.features;
    this.deps = {
      ...core,
      personItems: (c, kind, date, ids) => this.personItems(c, kind, date, ids),
      groupItems: (c, kind, date) => this.groupItems(c, kind, date),
    };
  }

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

  private async groupItems(c: Canteen, kind: DeliveryKind, date: string): Promise<OutgoingItem[]> {
    return (await this.deps.store.groupsOf(c.id)).map((g) => ({
      key: `${kind}:${c.id}:${date}:${g.address}`,
      canteenId: c.id,
      kind,
      subject: { date },
      target: { kind: "chat" as const, address: g.address },
    }));
  }

  /** Reads what the features' plans need (once per planning pass of the scheduler). */
  async prepare(): Promise<Prepared> {
    const out = new Map<string, unknown>();
    for (const f of this.features) if (f.jobs?.prepare) out.set(f.name, await f.jobs.prepare(this.deps));
    return out;
  }

  /** The jobs of one service date, at the canteen's local times (DST-safe); none on a day it is closed. */
  jobsFor(c: Canteen, date: string, prepared: Prepared): PlannedJob[] {
    const day = DateTime.fromISO(date, { zone: c.timezone });
    if (!c.openDays.includes(day.weekday)) return [];
    return this.features.flatMap((f) => f.jobs?.plan(c, date, prepared.get(f.name)) ?? []);
  }

  /**
   * The jobs of some service dates, none of a service's on a date the canteen closed (a closure, a
   * public holiday): no announcement, poll, reminder, alert, help call, survey nor close-out.
   */
  async planFor(c: Canteen, dates: readonly string[], prepared: Prepared): Promise<PlannedJob[]> {
    const closed = await closedDays(this.deps, c, dates);
    return dates.flatMap((d) => this.jobsFor(c, d, prepared).filter((j) => j.whenClosed || !closed.has(d)));
  }

  /** Runs one job: queues its messages (idempotently) and records its effects. Returns a note for the log. */
  async execute(c: Canteen, kind: string, date: string, now: Date): Promise<string> {
    const owner = this.features.find((f) => f.jobs?.owns(kind));
    if (!owner?.jobs) return `no feature runs "${kind}" jobs: skipped`;
    // A date closed after its jobs were planned: its service's jobs do nothing.
    const closed = (await closedDays(this.deps, c, [date])).has(date);
    if (closed && !this.jobsFor(c, date, new Map()).some((j) => j.kind === kind && j.whenClosed)) return "closed that day: skipped";
    return owner.jobs.run(this.deps, c, kind, date, now);
  }

  private personalComposer(kind: DeliveryKind): PersonalComposer | undefined {
    return this.features.map((f) => f.personal?.[kind]).find((x) => x !== undefined);
  }

  /** True for kinds whose content is for its person alone (a login link), composed afresh for each target. */
  personal(kind: DeliveryKind): boolean {
    return this.personalComposer(kind) !== undefined;
  }

  /** Builds a queued message from the current state; null when it is no longer needed. */
  async compose(
    canteenId: number | null,
    kind: DeliveryKind,
    subject: Subject,
    now: Date,
    target?: OutgoingItem["target"],
  ): Promise<Message | null> {
    const personal = this.personalComposer(kind);
    if (personal) return personal(this.deps, canteenId, subject, target, now);
    const composer: Composer | undefined = this.features.map((f) => f.deliveries?.[kind]).find((x) => x !== undefined);
    if (!composer || canteenId === null) return null;
    const c = await this.deps.store.canteen(canteenId);
    if (!c) return null;
    return composer(this.deps, c, kind, subject, now, target);
  }
}
