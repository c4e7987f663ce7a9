// Invite, network-invite and /link codes are kept only as hashes: reading the tables finds no
// code anyone could type; redeeming hashes the typed code. The migration invalidates the codes
// older versions stored in clear.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/kernel/ports.ts";
import { openDatabase, providerOf, type Database } from "../../src/store/database.ts";
import { migrate, migrationFiles } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";
import { seedCanteen } from "../helpers/seed.ts";
import { FEATURES } from "../../src/app.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const CODE_TABLES = ["Invite", "NetworkInvite", "LinkCode"] as const;

/** Every value of every row of the code tables, as text. */
async function everyValue(db: Database): Promise<string[]> {
  const out: string[] = [];
  for (const table of CODE_TABLES) {
    const rows = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    for (const r of rows) out.push(...Object.values(r).map((v) => String(v)));
  }
  return out;
}

describe.each(STORE_PROVIDERS)("codes on $name", ({ create }) => {
  const open = async (t: TestDatabase): Promise<{ db: Database; store: Store }> => {
    const db = await openDatabase(t.url);
    cleanups.push(() => db.close());
    return { db, store: createPrismaStore(db, FEATURES) };
  };
  const fresh = async (): Promise<TestDatabase> => {
    const t = await create();
    cleanups.push(() => t.drop());
    return t;
  };

  it("the tables hold no clear code, and the typed code (any case) still works once", async () => {
    const t = await fresh();
    await migrate(t.url);
    const { db, store } = await open(t);
    const canteen = await seedCanteen(store, "Belleville", [{ address: "telegram:-1" }], { address: "telegram:1", name: "Mona" });
    const mona = (await store.personOf("telegram:1"))!;
    const later = new Date(Date.now() + 3_600_000);
    const invite = await store.createInvite(canteen.id, mona, later);
    const created = await store.createNetwork({ name: "Réseau", slug: "reseau", canteenId: canteen.id, personId: mona });
    if (created.kind !== "created") throw new Error("network not created");
    const networkInvite = await store.createNetworkInvite(created.network.id, mona, later);
    const link = await store.createLinkCode({ personId: mona, madeBy: "telegram:1", expiresAt: later });

    const values = (await everyValue(db)).map((v) => v.toUpperCase());
    for (const code of [invite, networkInvite, link]) expect(values.filter((v) => v.includes(code))).toEqual([]);

    const now = new Date();
    const person = { address: "slack:U1", name: "Sam", platform: "slack" as const };
    expect(
      await store.redeemInvite(invite.toLowerCase(), { chat: { address: "slack:C1", platform: "slack" }, person, now }),
    ).not.toBeNull();
    expect(await store.redeemInvite(invite, { chat: { address: "slack:C2", platform: "slack" }, person, now })).toBeNull();
    expect(await store.showLinkCode(link, "slack:U1", now)).toMatchObject({ kind: "preview" });
  });

  it("codes stored in clear before this version are invalidated by the migration, their history kept", async () => {
    const t = await fresh();
    const provider = providerOf(t.url);
    const all = migrationFiles(provider);
    const hashing = all.findIndex((m) => m.name.endsWith("_hashed_codes"));
    expect(hashing).toBeGreaterThan(0);
    // The migrations before the one that hashes codes, as an older version shipped them.
    const before = mkdtempSync(join(tmpdir(), "tablee-prisma-"));
    cleanups.push(async () => rmSync(before, { recursive: true, force: true }));
    for (const m of all.slice(0, hashing))
      cpSync(join(process.cwd(), "prisma", provider, "migrations", m.name), join(before, provider, "migrations", m.name), {
        recursive: true,
      });
    await migrate(t.url, before);
    const { db: old } = await open(t);
    const exec = (sql: string) => old.prisma.$executeRawUnsafe(sql);
    await exec(
      `INSERT INTO "Canteen" ("id", "name", "slug", "timezone", "locale") VALUES (1, 'Belleville', 'belleville', 'Europe/Paris', 'fr')`,
    );
    await exec(`INSERT INTO "Person" ("id", "displayName") VALUES (1, 'Mona')`);
    await exec(`INSERT INTO "Network" ("id", "name", "slug") VALUES (1, 'Réseau', 'reseau')`);
    const future = provider === "sqlite" ? String(Date.now() + 86_400_000) : `'${new Date(Date.now() + 86_400_000).toISOString()}'`;
    await exec(`INSERT INTO "Invite" ("code", "canteenId", "createdBy", "expiresAt") VALUES ('K7Q2M9XA', 1, 1, ${future})`);
    await exec(`INSERT INTO "NetworkInvite" ("code", "networkId", "createdBy", "expiresAt") VALUES ('Z2Z2QQWW', 1, 1, ${future})`);
    await exec(`INSERT INTO "LinkCode" ("code", "personId", "expiresAt") VALUES ('ABC234', 1, ${future})`);
    await old.close();
    cleanups.pop();

    expect(await migrate(t.url)).toEqual(all.slice(hashing).map((m) => m.name));
    const { db, store } = await open(t);
    const values = (await everyValue(db)).map((v) => v.toUpperCase());
    for (const code of ["K7Q2M9XA", "Z2Z2QQWW", "ABC234"]) expect(values.filter((v) => v.includes(code))).toEqual([]);
    expect(await db.prisma.invite.count()).toBe(1);
    const person = { address: "slack:U1", name: "Sam", platform: "slack" as const };
    expect(await store.redeemInvite("K7Q2M9XA", { chat: { address: "slack:C1", platform: "slack" }, person, now: new Date() })).toBeNull();
    expect(await store.joinNetwork("Z2Z2QQWW", 1, new Date())).toEqual({ kind: "bad-code" });
    expect(await store.showLinkCode("ABC234", "slack:U1", new Date())).toEqual({ kind: "invalid" });
  });
});
