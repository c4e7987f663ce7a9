// The delivery ledger: every announcement, reminder and summary is a row, one per (message,
// target). A row is claimed with a lease, marked "sending" by the adapter right before the
// platform call (the fence), then "sent" with the platform's message id. A send that may have
// reached the platform without us knowing — its answer lost or timed out, or a crash during the
// call — is resent only where the platform deduplicates (within its window), else marked
// "unconfirmed": sent at most once, never silently twice. Sent rows whose content changed are
// edited in place, coalesced, within the platform's limits (the adapter paces every call).
import { randomUUID } from "node:crypto";
import { DeliveryError, type Adapter, type DeliveryBook, type FoundMessage } from "../kernel/adapter.ts";
import type { Message, Platform } from "../kernel/model.ts";
import { type Clock, type DeliveryKind, type Logger, type OutgoingItem, type Outbox, type Store, type Subject } from "../kernel/ports.ts";
import type { Database } from "../store/database.ts";
import { atomic } from "../store/tx.ts";
import { adoptMessage } from "./adopt.ts";
import { onFailure, type DeliveryRow } from "./failures.ts";
import { ledgerRecovery, resendable } from "./recovery.ts";

/** A delivery as the core composes it. */
export interface DeliveryRef {
  key: string;
  canteenId: number | null;
  kind: DeliveryKind;
  subject: Subject;
  target: { kind: "chat" | "person"; address: string };
}

/** Builds a delivery's message at send/edit time; null means "no longer needed". */
export type Composer = (d: DeliveryRef) => Promise<Message | null>;

/** Thrown by the fence when another instance took the row over: the send is abandoned. */
export class LeaseLost extends Error {
  constructor() {
    super("delivery lease lost to another instance");
    this.name = "LeaseLost";
  }
}

/** Tuning knobs (tests shorten them). */
export interface LedgerTuning {
  leaseMs: number;
  /** Changes to a sent message within this time make one edit. */
  editCoalesceMs: number;
  /** Transient failures before a row is given up as failed. */
  maxAttempts: number;
  /** Rows processed at once (the adapters' pacers do the real pacing). */
  concurrency: number;
  pollMs: number;
  batch: number;
}

const DEFAULTS: LedgerTuning = { leaseMs: 120_000, editCoalesceMs: 3_000, maxAttempts: 8, concurrency: 64, pollMs: 500, batch: 500 };

/** How often expired leases are looked for (they can only appear after `leaseMs`). */
const RECOVERY_EVERY_MS = 5_000;

/** The canonical string of a subject, as stored and matched. */
export function subjectKey(s: Subject): string {
  return JSON.stringify({ date: s.date, personId: s.personId ?? null });
}

type Row = DeliveryRow;

/** The compositions of one ledger pass, by canteen, kind and subject. */
type Compositions = Map<string, Promise<Message | null>>;

/** The ledger: the core's Outbox, and the worker that drains it through the adapters. */
export class Ledger implements Outbox, DeliveryBook {
  private readonly adapters = new Map<Platform, Adapter>();
  private readonly tuning: LedgerTuning;
  readonly instanceId = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  /** Passes run one after another: the tail of that queue, and whether a kicked pass is waiting. */
  private chain: Promise<unknown> = Promise.resolve();
  private kicked = false;
  /** When expired leases were last looked for. */
  private recoveredAt = -Infinity;

  /**
   * Kinds whose content is for its person alone (a board login link): never copied into a group
   * when the person cannot be reached. The wiring sets it from the core (its features say which).
   */
  personal: (kind: DeliveryKind) => boolean = () => false;

  constructor(
    private readonly db: Database,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly compose: Composer,
    tuning: Partial<LedgerTuning> = {},
  ) {
    this.tuning = { ...DEFAULTS, ...tuning };
  }

  /** Lets this instance deliver to an adapter's platform. */
  attach(adapter: Adapter): void {
    if (adapter.post) this.adapters.set(adapter.platform, adapter);
  }

  /** Whether an adapter of that platform is attached (tests attach a recording one otherwise). */
  delivers(platform: string): boolean {
    return this.adapters.has(platform as Platform);
  }

  async enqueue(items: OutgoingItem[]): Promise<void> {
    if (items.length === 0) return;
    const unique = [...new Map(items.map((i) => [i.key, i])).values()];
    await atomic(this.db.prisma, async (tx) => {
      const known = new Set(
        (await tx.delivery.findMany({ where: { key: { in: unique.map((i) => i.key) } }, select: { key: true } })).map((r) => r.key),
      );
      const fresh = unique.filter((i) => !known.has(i.key));
      if (fresh.length === 0) return;
      await tx.delivery.createMany({
        data: fresh.map((i) => ({
          key: i.key,
          canteenId: i.canteenId,
          kind: i.kind,
          platform: i.target.address.split(":")[0]!,
          target: i.target.address,
          targetKind: i.target.kind,
          subject: subjectKey(i.subject),
          payload: i.payload ? JSON.stringify(i.payload) : null,
          fallback: i.fallback && i.fallback.length > 0 ? JSON.stringify(i.fallback) : null,
          notBefore: this.clock.now(),
        })),
      });
    });
    this.kick();
  }

  async touch(canteenId: number, kind: DeliveryKind, subject: Subject): Promise<number> {
    const where = { canteenId, kind, subject: subjectKey(subject), status: { in: ["pending", "claimed", "sending", "sent"] } };
    const at = new Date(this.clock.now().getTime() + this.tuning.editCoalesceMs);
    return atomic(this.db.prisma, async (tx) => {
      await tx.delivery.updateMany({ where: { ...where, editAfter: null }, data: { editAfter: at } });
      return (await tx.delivery.updateMany({ where, data: { version: { increment: 1 } } })).count;
    });
  }

  /** Starts polling for due work (every instance polls: rows are claimed, never shared). */
  start(): void {
    this.timer ??= setInterval(() => this.kick(), this.tuning.pollMs);
    this.kick();
  }

  /**
   * Stops polling and waits for the pass in flight — at most `graceMs`: a platform call that
   * hangs must not hold shutdown; its rows are recovered by lease expiry.
   */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([this.chain, new Promise((r) => (timeout = setTimeout(r, graceMs)))]);
    clearTimeout(timeout);
  }

  /** Processes everything due now, until nothing is left (tests, the console's /tick). */
  async drain(): Promise<void> {
    for (let i = 0; i < 10_000; i++) if ((await this.pass()) === 0) return;
  }

  /** Queues one pass after those already queued. */
  private pass(): Promise<number> {
    const next = this.chain.then(() =>
      this.runOnce().catch((e: unknown) => {
        this.log.error({ err: e }, "delivery ledger pass failed");
        return 0;
      }),
    );
    this.chain = next;
    return next;
  }

  /** Asks for a pass soon (new work, or the poll timer); at most one waits in the queue. */
  private kick(): void {
    if (this.kicked) return;
    this.kicked = true;
    void this.chain.then(() => {
      this.kicked = false;
      return this.pass();
    });
  }

  /** One pass: recover expired leases, claim due sends and edits, process them. Returns rows handled. */
  async runOnce(): Promise<number> {
    const platforms = [...this.adapters.keys()];
    if (platforms.length === 0) return 0;
    const now = this.clock.now();
    // Expired leases can only appear after a lease's length: looking for them every few seconds
    // is plenty, and keeps the idle poll to one light query.
    if (now.getTime() - this.recoveredAt >= RECOVERY_EVERY_MS || now.getTime() < this.recoveredAt) {
      this.recoveredAt = now.getTime();
      await ledgerRecovery(
        this.db,
        this.log,
        now,
        (p, attempted) => resendable(this.adapters.get(p as Platform), attempted, now),
        platforms,
      );
    }
    if (!(await this.anythingDue(now, platforms))) return 0;
    const token = `${this.instanceId}:${randomUUID().slice(0, 8)}`;
    const lockedUntil = new Date(now.getTime() + this.tuning.leaseMs);
    const prisma = this.db.prisma;

    const dueSends = await prisma.delivery.findMany({
      where: { status: "pending", platform: { in: platforms }, notBefore: { lte: now } },
      orderBy: { id: "asc" },
      take: this.tuning.batch,
      select: { id: true },
    });
    if (dueSends.length > 0) {
      await prisma.delivery.updateMany({
        where: { id: { in: dueSends.map((r) => r.id) }, status: "pending" },
        data: { status: "claimed", lockedBy: token, lockedUntil },
      });
    }
    const dueEdits = await prisma.delivery.findMany({
      where: {
        status: "sent",
        platform: { in: platforms },
        editAfter: { lte: now },
        messageId: { not: null },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
      take: this.tuning.batch,
      select: { id: true, version: true, renderedVersion: true },
    });
    const editIds = dueEdits.filter((r) => r.version > r.renderedVersion).map((r) => r.id);
    const stale = dueEdits.filter((r) => r.version <= r.renderedVersion).map((r) => r.id);
    if (stale.length > 0) await prisma.delivery.updateMany({ where: { id: { in: stale } }, data: { editAfter: null } });
    if (editIds.length > 0) {
      await prisma.delivery.updateMany({
        where: { id: { in: editIds }, status: "sent", OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
        data: { lockedBy: token, lockedUntil },
      });
    }
    const mine = await prisma.delivery.findMany({ where: { lockedBy: token }, orderBy: { id: "asc" } });
    const shared: Compositions = new Map();
    await runLimited(mine, this.tuning.concurrency, (row) =>
      row.status === "sent" ? this.edit(row, token, shared) : this.send(row, token, shared),
    );
    return mine.length;
  }

  /** One cheap query: is there a send or an edit to do now on these platforms? */
  private async anythingDue(now: Date, platforms: string[]): Promise<boolean> {
    const due = await this.db.prisma.delivery.findFirst({
      where: {
        platform: { in: platforms },
        OR: [
          { status: "pending", notBefore: { lte: now } },
          { status: "sent", editAfter: { lte: now } },
        ],
      },
      select: { id: true },
    });
    return due !== null;
  }

  private ref(row: Row): DeliveryRef {
    const subject = JSON.parse(row.subject) as { date: string; personId: number | null };
    return {
      key: row.key,
      canteenId: row.canteenId,
      kind: row.kind as DeliveryKind,
      subject: { date: subject.date, ...(subject.personId !== null ? { personId: subject.personId } : {}) },
      target: { kind: row.targetKind as "chat" | "person", address: row.target },
    };
  }

  /**
   * A row's message. The rows of one pass going to chats share one composition per (canteen,
   * kind, subject): a group reads the canteen's language, so the announcement to a thousand
   * groups is composed once, not a thousand times. Sharing is safe because the composition starts
   * after this pass read the rows' versions: a later change bumps them past what is recorded as
   * rendered, and the ledger edits it in. Private messages and personal kinds are composed each.
   */
  private async content(row: Row, shared?: Compositions): Promise<Message | null> {
    if (row.payload) return JSON.parse(row.payload) as Message;
    const ref = this.ref(row);
    if (!shared || ref.target.kind !== "chat" || this.personal(ref.kind)) return this.compose(ref);
    const key = `${row.canteenId}|${row.kind}|${row.subject}`;
    let composing = shared.get(key);
    if (!composing) {
      composing = this.compose(ref);
      shared.set(key, composing);
    }
    return composing;
  }

  private async send(row: Row, token: string, shared?: Compositions): Promise<void> {
    const prisma = this.db.prisma;
    const adapter = this.adapters.get(row.platform as Platform)!;
    const mineWhere = { id: row.id, lockedBy: token };
    let attemptedAt: Date | null = null;
    try {
      const message = await this.content(row, shared);
      if (!message) {
        await prisma.delivery.updateMany({ where: mineWhere, data: { status: "skipped", lockedBy: null, lockedUntil: null } });
        return;
      }
      const beforeSend = async () => {
        // sentAt keeps the first attempt's time until the row is sent: how long the platform's
        // deduplication still covers a resend (Discord's nonce window).
        attemptedAt = row.sentAt ?? this.clock.now();
        const n = await prisma.delivery.updateMany({
          where: { ...mineWhere, status: "claimed" },
          data: { status: "sending", sentAt: attemptedAt },
        });
        if (n.count !== 1) throw new LeaseLost();
      };
      const options = { deliveryKey: row.key, beforeSend };
      let sent: { chat: string; messageId: string };
      if (row.targetKind === "chat") sent = { chat: row.target, messageId: await adapter.post!(row.target, message, options) };
      else if (adapter.dm) sent = await adapter.dm(row.target, message, options);
      else throw new DeliveryError("unreachable", `${row.platform} cannot send private messages`);
      await prisma.delivery.updateMany({
        where: mineWhere,
        data: {
          status: "sent",
          messageId: sent.messageId,
          sentChat: sent.chat,
          renderedVersion: row.version,
          sentAt: this.clock.now(),
          lockedBy: null,
          lockedUntil: null,
          error: null,
        },
      });
    } catch (e) {
      await this.failed({ ...row, sentAt: attemptedAt ?? row.sentAt }, token, e, "send");
    }
  }

  private async edit(row: Row, token: string, shared?: Compositions): Promise<void> {
    const prisma = this.db.prisma;
    const adapter = this.adapters.get(row.platform as Platform)!;
    try {
      const message = await this.content(row, shared);
      if (message && adapter.edit) await adapter.edit(row.sentChat ?? row.target, row.messageId!, message);
      const latest = await prisma.delivery.findUnique({ where: { id: row.id }, select: { version: true } });
      const more = (latest?.version ?? row.version) > row.version;
      await prisma.delivery.updateMany({
        where: { id: row.id, lockedBy: token },
        data: {
          renderedVersion: row.version,
          lockedBy: null,
          lockedUntil: null,
          editAfter: more ? new Date(this.clock.now().getTime() + this.tuning.editCoalesceMs) : null,
        },
      });
    } catch (e) {
      await this.failed(row, token, e, "edit");
    }
  }

  /** Acts on a failed send or edit (src/delivery/failures.ts); a lost lease means another instance has the row. */
  private async failed(row: Row, token: string, e: unknown, what: "send" | "edit"): Promise<void> {
    if (e instanceof LeaseLost) return;
    await onFailure(
      {
        db: this.db,
        store: this.store,
        log: this.log,
        now: this.clock.now(),
        maxAttempts: this.tuning.maxAttempts,
        resendable: (platform, attempted, at) => resendable(this.adapters.get(platform as Platform), attempted, at),
        fallBack: (r) => this.fallBack(r),
      },
      row,
      token,
      e,
      what,
    );
  }

  /**
   * A message of the bot met again (a button pressed on it): an "unconfirmed" delivery of that
   * chat whose message carries the same refresh command adopts it — it becomes "sent" with that id
   * and is brought up to date at once, then edited as any sent message. Exactly one candidate or none.
   */
  async adopt(found: FoundMessage): Promise<boolean> {
    const adopted = await adoptMessage(this.db, this.log, this.clock.now(), found, (row) => this.content(row));
    if (adopted) this.kick();
    return adopted;
  }

  /** A private message the platform refused: mention the person in their canteen's groups instead. */
  private async fallBack(row: Row): Promise<void> {
    const chats = row.fallback ? (JSON.parse(row.fallback) as string[]) : [];
    const ref = this.ref(row);
    // A personal message (a login link) is never copied into a group: each fallback row is
    // composed for its chat when sent.
    const personal = this.personal(ref.kind);
    const message = personal ? null : await this.content(row);
    if ((!personal && !message) || chats.length === 0) {
      this.log.warn({ key: row.key, target: row.target }, "person unreachable privately and no group to mention them in");
      return;
    }
    const name =
      row.canteenId && message ? ((await this.store.members(row.canteenId)).find((m) => m.addresses.includes(row.target))?.name ?? "") : "";
    await this.enqueue(
      chats.map((chat) => ({
        key: `${row.key}>${chat}`,
        canteenId: row.canteenId,
        kind: ref.kind,
        subject: ref.subject,
        target: { kind: "chat" as const, address: chat },
        ...(message
          ? {
              payload: {
                ...message,
                lines: [{ style: "text" as const, spans: [{ mention: { address: row.target, name } }] }, ...message.lines],
              },
            }
          : {}),
      })),
    );
  }
}

/** Runs `work` over `items` with at most `limit` at once. */
async function runLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}
