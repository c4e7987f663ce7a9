// `kill -9` in the middle of the 10:00 announcement to 200 Telegram groups, then a restart:
// every group gets the announcement exactly once. Real processes (`node --import tsx
// src/main.ts`) against the fake Bot API in this process, on a fresh database; the clock
// variables start the app at 10:00 so the announcement fires at once. The ledger never resends a
// message that was on the wire when the process died (Telegram cannot deduplicate): such a row is
// "unconfirmed" — sent at most once. The only group allowed to miss the announcement is one
// whose row is unconfirmed AND whose request never reached Telegram. SQLite always; PostgreSQL
// too when TEST_DATABASE_URL is set.
import { afterEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../fakes/telegram/server.ts";
import { STORE_PROVIDERS, type TestDatabase } from "../helpers/databases.ts";
import { startAppProcess, until, type AppProcess } from "./support/app-process.ts";
import { openStore, seedCanteen } from "../helpers/seed.ts";

const GROUPS = 200;
/** Tuesday 24 November 2026, 10:00 in Paris: the announcement is due at start. */
const TEN_AM = "2026-11-24T09:00:01Z";
/** Restart five minutes later: the dead process's leases (2 minutes) have expired. */
const RESTART_AT = "2026-11-24T09:05:00Z";

let fake: FakeTelegram | undefined;
let database: TestDatabase | undefined;
const apps: AppProcess[] = [];

afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop(2_000)));
  await fake?.close();
  await database?.drop();
});

describe.each(STORE_PROVIDERS)("a crash in the middle of a fan-out, on $name", (provider) => {
  it(`kill -9 during the announcement to ${GROUPS} groups, restart: each group has it once`, { timeout: 180_000 }, async () => {
    fake = await FakeTelegram.start();
    const chats = Array.from({ length: GROUPS }, (_, i) => fake!.state.addGroup(`Cantine ${i}`));
    database = await provider.create();
    const seeded = await openStore(database.url);
    const canteen = await seedCanteen(
      seeded.store,
      "Cantine de Belleville",
      chats.map((c) => ({ address: `telegram:${c.id}`, title: c.title! })),
      {
        address: "telegram:5000001",
        name: "Mona",
      },
    );
    await seeded.store.setMenu(canteen.id, "2026-11-24", { text: "Dahl de lentilles, riz", diets: ["vegetarian"], allergens: [] });
    await seeded.close();

    const env = { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: database.url, TABLEE_CLOCK_SPEED: "1" };
    const sent = () => fake!.callsOf("sendMessage");
    const first = await startAppProcess("first", { ...env, TABLEE_CLOCK_START: TEN_AM });
    apps.push(first);
    // Kill once a part of the fan-out has reached Telegram: some groups have it, most do not yet.
    await until(() => sent().length >= GROUPS / 4, "a quarter of the fan-out", 60_000, 1);
    first.kill("SIGKILL");
    const killedAt = sent().length;
    expect((await first.exited).signal).toBe("SIGKILL");
    const beforeRestart = sent().length;
    expect(beforeRestart).toBeLessThan(GROUPS);

    const second = await startAppProcess("second", { ...env, TABLEE_CLOCK_START: RESTART_AT });
    apps.push(second);
    const db = await openStore(database.url);
    try {
      // Done when no announcement row is still waiting to be sent.
      await until(
        async () =>
          (await db.db.prisma.delivery.count({ where: { kind: "announcement", status: { in: ["pending", "claimed", "sending"] } } })) === 0,
        "the ledger to finish the fan-out",
        90_000,
        100,
      );
      await second.stop();
      const rows = await db.db.prisma.delivery.findMany({ where: { kind: "announcement" } });
      const jobs = await db.db.prisma.job.findMany({ where: { kind: "announce", date: "2026-11-24" } });

      const received = new Map<number, number>();
      const reached = new Set<number>();
      for (const c of sent()) {
        const chat = Number(c.params.chat_id);
        reached.add(chat);
        if (c.status === 200) received.set(chat, (received.get(chat) ?? 0) + 1);
      }
      const duplicates = [...received.values()].filter((n) => n > 1).length;
      const missing = chats.filter((c) => !received.has(c.id));
      const statusOf = new Map(rows.map((r) => [r.target, r.status]));
      const unconfirmed = rows.filter((r) => r.status === "unconfirmed");
      const lostUnconfirmed = missing.filter((c) => statusOf.get(`telegram:${c.id}`) === "unconfirmed" && !reached.has(c.id));
      console.log(
        `crash fan-out (${provider.name}): ${GROUPS} groups, killed after ${killedAt} sends reached Telegram (${beforeRestart} by the time it died); ` +
          `after restart ${sent().length - beforeRestart} more; duplicates ${duplicates}; unconfirmed rows ${unconfirmed.length}; ` +
          `groups without the announcement ${missing.length} (unconfirmed and never received: ${lostUnconfirmed.length})`,
      );

      expect(rows).toHaveLength(GROUPS);
      expect(jobs.map((j) => j.status)).toEqual(["done"]);
      expect(second.logs.filter((l) => l.msg === "job done" && l.kind === "announce")).toEqual([]);
      expect(sent().length).toBeGreaterThan(beforeRestart);
      expect(duplicates).toBe(0);
      expect(missing.map((c) => c.id)).toEqual(lostUnconfirmed.map((c) => c.id));
      for (const c of chats.filter((x) => received.has(x.id))) {
        expect(fake.messages(c.id)).toEqual([expect.stringContaining("Dahl de lentilles, riz")]);
      }
    } finally {
      await db.close();
    }
  });
});
