// The reference for benchmark 1: one sign-up as hand-written SQL on raw better-sqlite3, with
// prepared statements, in one transaction per sign-up, in this process. The statements are the
// ones the store runs for a sign-up (src/store/prisma-store.ts findChat and ensureMember,
// src/store/sheet-store.ts claimSeat), minus Prisma's read-backs of rows it just wrote:
// find the chat's group, canteen and roles; find or create the person and their account; find
// or create the membership; read the member's person and accounts; find or create the service;
// look for an existing sign-up; read the role's seats; insert the sign-up.
import BetterSqlite3 from "better-sqlite3";
import { DEFAULT_ROLES } from "../../src/kernel/roles.ts";
import { migrate } from "../../src/store/migrate.ts";
import { BENCH_GROUP, warmUp, type PlannedSignup, type SignupRun } from "./signup.ts";

/** Runs `plan` (after the same warm-up as the core) on a fresh SQLite file at `path`. */
export async function rawSignups(path: string, plan: PlannedSignup[]): Promise<SignupRun> {
  await migrate(`file:${path}`);
  const db = new BetterSqlite3(path);
  try {
    // The store's connection settings (WAL is set by the migration runner).
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    const now = () => new Date().toISOString();
    const canteenId = Number(
      db
        .prepare(`INSERT INTO "Canteen" ("name","slug","timezone","locale","createdAt") VALUES (?,?,?,?,?) RETURNING "id"`)
        .pluck()
        .get("Cantine du banc d'essai", "cantine du banc d'essai", "Europe/Paris", "fr", now()),
    );
    for (const r of DEFAULT_ROLES) {
      db.prepare(`INSERT INTO "SlotRole" ("canteenId","key","capacity","position") VALUES (?,?,?,?)`).run(
        canteenId,
        r.key,
        r.capacity,
        r.position,
      );
    }
    db.prepare(`INSERT INTO "Group" ("address","platform","title","canteenId","active","createdAt") VALUES (?,?,?,?,1,?)`).run(
      BENCH_GROUP,
      "telegram",
      "Cantine du banc d'essai",
      canteenId,
      now(),
    );

    const q = {
      group: db.prepare(`SELECT "id","address","platform","title","canteenId","active","createdAt" FROM "Group" WHERE "address" = ?`),
      canteen: db.prepare(`SELECT * FROM "Canteen" WHERE "id" = ?`),
      roles: db.prepare(`SELECT "id","canteenId","key","capacity","position" FROM "SlotRole" WHERE "canteenId" = ?`),
      identity: db.prepare(`SELECT "id","personId","displayName" FROM "Identity" WHERE "address" = ?`),
      seen: db.prepare(`UPDATE "Identity" SET "lastSeenAt" = ? WHERE "address" = ?`),
      newPerson: db
        .prepare(`INSERT INTO "Person" ("displayName","placeholder","diets","allergies","createdAt") VALUES (?,0,'','',?) RETURNING "id"`)
        .pluck(),
      newIdentity: db.prepare(
        `INSERT INTO "Identity" ("address","platform","displayName","personId","lastSeenAt","createdAt") VALUES (?,?,?,?,?,?)`,
      ),
      membership: db.prepare(`SELECT "id","role" FROM "Membership" WHERE "canteenId" = ? AND "personId" = ?`),
      newMembership: db.prepare(`INSERT INTO "Membership" ("canteenId","personId","role","createdAt") VALUES (?,?,'volunteer',?)`),
      person: db.prepare(`SELECT "id","displayName","placeholder" FROM "Person" WHERE "id" = ?`),
      addresses: db.prepare(`SELECT "address" FROM "Identity" WHERE "personId" = ?`),
      service: db.prepare(`SELECT "id" FROM "Service" WHERE "canteenId" = ? AND "date" = ?`).pluck(),
      newService: db
        .prepare(`INSERT INTO "Service" ("canteenId","date","menuDiets","menuAllergens","createdAt") VALUES (?,?,'','',?) RETURNING "id"`)
        .pluck(),
      mine: db.prepare(`SELECT "id","role","status","seat" FROM "SignUp" WHERE "serviceId" = ? AND "personId" = ?`),
      seats: db.prepare(`SELECT "seat","status" FROM "SignUp" WHERE "serviceId" = ? AND "role" = ?`),
      newSignUp: db
        .prepare(`INSERT INTO "SignUp" ("serviceId","role","personId","status","seat","createdAt") VALUES (?,?,?,?,?,?) RETURNING "id"`)
        .pluck(),
    };

    const signUp = db.transaction((p: PlannedSignup) => {
      const at = now();
      const group = q.group.get(BENCH_GROUP) as { canteenId: number };
      q.canteen.get(group.canteenId);
      const roles = q.roles.all(group.canteenId) as { key: string; capacity: number }[];
      const capacity = roles.find((r) => r.key === p.role)!.capacity;
      const identity = q.identity.get(p.address) as { personId: number } | undefined;
      let personId: number;
      if (identity) {
        q.seen.run(at, p.address);
        personId = identity.personId;
      } else {
        personId = Number(q.newPerson.get(p.name, at));
        q.newIdentity.run(p.address, "telegram", p.name, personId, at, at);
      }
      if (!q.membership.get(group.canteenId, personId)) q.newMembership.run(group.canteenId, personId, at);
      q.person.get(personId);
      q.addresses.all(personId);
      const serviceId = Number(q.service.get(group.canteenId, p.date) ?? q.newService.get(group.canteenId, p.date, at));
      if (q.mine.get(serviceId, personId)) return;
      const rows = q.seats.all(serviceId, p.role) as { seat: number | null; status: string }[];
      const confirmed = rows.filter((r) => r.status === "confirmed");
      const held = new Set(confirmed.map((r) => r.seat));
      let seat: number | undefined;
      if (rows.length === confirmed.length) for (let s = 1; s <= capacity && seat === undefined; s++) if (!held.has(s)) seat = s;
      q.newSignUp.get(serviceId, p.role, personId, seat ? "confirmed" : "waitlist", seat ?? null, at);
    });

    for (const p of warmUp(plan)) signUp(p);
    const started = performance.now();
    for (const p of plan) signUp(p);
    const seconds = (performance.now() - started) / 1000;
    const total = Number(db.prepare(`SELECT count(*) FROM "SignUp"`).pluck().get());
    if (total !== plan.length + 64) throw new Error(`raw: expected ${plan.length + 64} sign-ups, found ${total}`);
    return { count: plan.length, seconds, perSecond: plan.length / seconds };
  } finally {
    db.close();
  }
}
