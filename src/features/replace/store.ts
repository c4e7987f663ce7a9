// Replacement requests in the database. Taking one locks the service row (FOR UPDATE on
// PostgreSQL; SQLite transactions are serialised), re-reads the request, and moves the
// requester's sign-up row to the taker: the seat never empties nor doubles, and the request's
// status condition lets exactly one taker through.
import type { AskResult, ReplaceStore, ReplacementPerson, ReplacementRequest, TakeResult } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { asLocale } from "../../store/mappers.ts";
import { lockedService, passToFirstWaiting } from "../sheet/index.ts";
import type { Point } from "../../kernel/feature.ts";
import { atomic, type Tx } from "../../store/tx.ts";

const personSelect = {
  id: true,
  displayName: true,
  locale: true,
  reportedLocale: true,
  identities: { select: { address: true }, orderBy: { id: "asc" } },
} as const;
const include = {
  service: { select: { canteenId: true, date: true } },
  requester: { select: personSelect },
  taker: { select: personSelect },
} as const;

type PersonRow = {
  id: number;
  displayName: string;
  locale: string | null;
  reportedLocale: string | null;
  identities: { address: string }[];
};
type Row = {
  id: number;
  role: string;
  status: string;
  requesterId: number;
  service: { canteenId: number; date: string };
  requester: PersonRow;
  taker: PersonRow | null;
};

function person(p: PersonRow): ReplacementPerson {
  return {
    personId: p.id,
    name: p.displayName,
    addresses: p.identities.map((i) => i.address),
    locale: asLocale(p.locale) ?? asLocale(p.reportedLocale),
  };
}

function toRequest(r: Row): ReplacementRequest {
  return {
    id: r.id,
    canteenId: r.service.canteenId,
    date: r.service.date,
    role: r.role,
    status: r.status as ReplacementRequest["status"],
    requester: person(r.requester),
    taker: r.taker ? person(r.taker) : null,
  };
}

async function load(tx: Tx, id: number): Promise<ReplacementRequest> {
  return toRequest(await tx.replacement.findUniqueOrThrow({ where: { id }, include }));
}

/** The ReplaceStore part of the Store port. */
export function replaceStore({ prisma, provider }: Database, offered: <T>(p: Point<T>) => T[] = () => []): ReplaceStore {
  const pg = provider === "postgres";
  return {
    askReplacement: ({ canteenId, date, personId }) =>
      atomic(prisma, async (tx): Promise<AskResult> => {
        const sid = await lockedService(tx, pg, canteenId, date, false);
        if (sid === undefined) return { kind: "not-on-sheet" };
        const mine = await tx.signUp.findUnique({ where: { serviceId_personId: { serviceId: sid, personId } } });
        if (!mine) return { kind: "not-on-sheet" };
        if (mine.status !== "confirmed") return { kind: "waitlisted", role: mine.role };
        const open = await tx.replacement.findFirst({
          where: { serviceId: sid, requesterId: personId, status: "open" },
          select: { id: true },
        });
        if (open) return { kind: "already", request: await load(tx, open.id) };
        const created = await tx.replacement.create({
          data: { serviceId: sid, role: mine.role, requesterId: personId },
          select: { id: true },
        });
        return { kind: "asked", request: await load(tx, created.id) };
      }),

    takeReplacement: ({ canteenId, requestId, personId, now }) =>
      atomic(prisma, async (tx): Promise<TakeResult> => {
        const found = await tx.replacement.findUnique({
          where: { id: requestId },
          select: { serviceId: true, service: { select: { canteenId: true, date: true } } },
        });
        if (!found || found.service.canteenId !== canteenId) return { kind: "unknown" };
        // Everything below reads the state after any other taker of this service committed.
        await lockedService(tx, pg, canteenId, found.service.date, false);
        const r = await tx.replacement.findUniqueOrThrow({ where: { id: requestId } });
        if (r.status !== "open") return { kind: "closed", request: await load(tx, r.id) };
        if (r.requesterId === personId) return { kind: "own", request: await load(tx, r.id) };
        const theirs = await tx.signUp.findUnique({ where: { serviceId_personId: { serviceId: r.serviceId, personId: r.requesterId } } });
        if (!theirs || theirs.status !== "confirmed") {
          // The requester left the sheet another way: the request is over.
          await tx.replacement.updateMany({ where: { id: r.id, status: "open" }, data: { status: "withdrawn", closedAt: now } });
          return { kind: "closed", request: await load(tx, r.id) };
        }
        // Someone waiting for that role goes first: the place is theirs, whoever pressed.
        const promoted = await passToFirstWaiting(tx, theirs, { canteenId, date: found.service.date }, offered);
        if (promoted) {
          const n = await tx.replacement.updateMany({
            where: { id: r.id, status: "open" },
            data: { status: "taken", takerId: promoted.personId, closedAt: now },
          });
          if (n.count !== 1) throw Object.assign(new Error("replacement taken underneath"), { code: "P2034" });
          return { kind: "to-waiting", request: await load(tx, r.id), promoted };
        }
        const mine = await tx.signUp.findUnique({ where: { serviceId_personId: { serviceId: r.serviceId, personId } } });
        if (mine) return { kind: "already-on", request: await load(tx, r.id), role: mine.role, waitlisted: mine.status !== "confirmed" };
        const n = await tx.replacement.updateMany({
          where: { id: r.id, status: "open" },
          data: { status: "taken", takerId: personId, closedAt: now },
        });
        if (n.count !== 1) throw Object.assign(new Error("replacement taken underneath"), { code: "P2034" });
        // The seat changes hands: same row, role and seat number; the unique (service, person) key guards doubles.
        const moved = await tx.signUp.updateMany({
          where: { id: theirs.id, personId: r.requesterId, status: "confirmed" },
          data: { personId },
        });
        if (moved.count !== 1) throw Object.assign(new Error("sign-up changed underneath"), { code: "P2034" });
        return { kind: "taken", request: await load(tx, r.id) };
      }),

    withdrawReplacements: ({ canteenId, date, personId, now }) =>
      atomic(prisma, async (tx) => {
        const open = await tx.replacement.findMany({
          where: { service: { canteenId, date }, requesterId: personId, status: "open" },
          select: { id: true },
        });
        if (open.length === 0) return [];
        await tx.replacement.updateMany({
          where: { id: { in: open.map((o) => o.id) }, status: "open" },
          data: { status: "withdrawn", closedAt: now },
        });
        return Promise.all(open.map((o) => load(tx, o.id)));
      }),

    replacement: (canteenId, id) =>
      atomic(prisma, async (tx) => {
        const r = await tx.replacement.findUnique({ where: { id }, include });
        return r && r.service.canteenId === canteenId ? toRequest(r) : null;
      }),

    latestReplacement: (canteenId, date, requesterId) =>
      atomic(prisma, async (tx) => {
        const r = await tx.replacement.findFirst({
          where: { service: { canteenId, date }, requesterId },
          include,
          orderBy: { id: "desc" },
        });
        return r ? toRequest(r) : null;
      }),

    openReplacements: (canteenId, date) =>
      atomic(prisma, async (tx) =>
        (await tx.replacement.findMany({ where: { service: { canteenId, date }, status: "open" }, include, orderBy: { id: "asc" } })).map(
          toRequest,
        ),
      ),
  };
}
