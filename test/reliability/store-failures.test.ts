// A store that fails cleanly, on the real app (the bundle `npm start` runs, console and board)
// and real failures of its SQLite file: a full disk (a small tmpfs filled to the last byte), a
// read-only file (immutable on ext4: root cannot write it either) and a write lock held by a
// second process. Each time: the failing command gets the clear reply, /healthz says 503 and
// why, the board still answers, the next command works once the cause is gone, with no restart,
// and SIGTERM stops the process within 10 s.
import { execFileSync } from "node:child_process";
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildBundle, mountExt4, mountTmpfs, startConsoleApp, type ConsoleApp, type TestMount } from "./support/console-process.ts";

const COULD_NOT_SAVE = /💾 La base de données de la cantine n'a pas pu enregistrer ça\. Rien n'a été changé : réessaie dans un instant\./;
const MENU_SAVED = /✅ Menu enregistré/;

let mount: TestMount | undefined;
let app: ConsoleApp | undefined;

beforeAll(() => buildBundle());
afterEach(() => {
  app?.kill();
  app = undefined;
  mount?.unmount();
  mount = undefined;
});

/** Writes `path` until the disk holding it has not one byte left. */
function fillDisk(path: string): void {
  const fd = openSync(path, "w");
  try {
    for (const size of [1 << 20, 1 << 12, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOSPC") throw e;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Sets up a canteen whose manager is the console's default user. */
async function canteen(a: ConsoleApp): Promise<void> {
  await a.say("/installer Cantine des Pentes", /est créée/);
}

/** The board answers (a login link page reads the database) and /healthz says `status`. */
async function boardAnswersAndHealthIs(a: ConsoleApp, status: number, says: RegExp): Promise<void> {
  await new Promise((r) => setTimeout(r, 1_100)); // /healthz keeps its answer for a second
  const page = await a.get("/login/not-a-real-token");
  expect(page.status).toBeLessThan(500);
  const health = await a.get("/healthz");
  expect(health.status, health.body).toBe(status);
  expect(health.body).toMatch(says);
}

/** SIGTERM ends the process, cleanly, within 10 s. */
async function stopsWithinTenSeconds(a: ConsoleApp): Promise<void> {
  const end = await a.terminate();
  expect(end.ms).toBeLessThan(10_000);
  expect(end.code).toBe(0);
}

describe("a store that fails cleanly (SQLite, the real process)", () => {
  it(
    "a full disk fails one command with a clear reply; once space is freed the next one is saved, no restart",
    { timeout: 120_000 },
    async () => {
      mount = mountTmpfs("8m");
      app = await startConsoleApp(`file:${join(mount.dir, "tablee.db")}`);
      await canteen(app);
      await boardAnswersAndHealthIs(app, 200, /^ok\ndatabase: ok \(sqlite/);

      const filler = join(mount.dir, "filler");
      fillDisk(filler);
      const failed = await app.say("/menu mardi Soupe de potiron, pain", COULD_NOT_SAVE);
      expect(failed).not.toMatch(/😕/);
      await boardAnswersAndHealthIs(app, 503, /^unavailable\ndatabase: full/);
      // The process goes on: reads still answer.
      await app.say("/aide", /\/cuisiner/);

      rmSync(filler);
      await app.say("/menu mardi Soupe de potiron, pain", MENU_SAVED);
      expect((await app.say("/menu mardi", /potiron|Soupe/)).includes("Soupe de potiron")).toBe(true);
      await boardAnswersAndHealthIs(app, 200, /^ok\ndatabase: ok/);
      await stopsWithinTenSeconds(app);
    },
  );

  it(
    "a read-only database file fails one command with a clear reply; once writable again the next one is saved",
    { timeout: 120_000 },
    async () => {
      mount = mountExt4("32M");
      const file = join(mount.dir, "tablee.db");
      app = await startConsoleApp(`file:${file}`);
      await canteen(app);
      // Immutable: no process, root included, may write the database or its journal any more.
      execFileSync("chattr", ["+i", file, `${file}-wal`]);
      try {
        await app.say("/menu mardi Soupe de potiron, pain", COULD_NOT_SAVE);
        await boardAnswersAndHealthIs(app, 503, /^unavailable\ndatabase: read-only/);
        await app.say("/menu mardi Lentilles", COULD_NOT_SAVE);
      } finally {
        execFileSync("chattr", ["-i", file, `${file}-wal`]);
      }
      await app.say("/menu mardi Soupe de potiron, pain", MENU_SAVED);
      await boardAnswersAndHealthIs(app, 200, /^ok\ndatabase: ok/);
      await stopsWithinTenSeconds(app);
    },
  );

  it(
    "another process holding the write lock is waited for; held too long, one clear reply, then it works",
    { timeout: 120_000 },
    async () => {
      mount = mountTmpfs("64m");
      const file = join(mount.dir, "tablee.db");
      app = await startConsoleApp(`file:${file}`);
      await canteen(app);
      // A second process (this test) takes the write lock, as another Tablée or the sqlite3 CLI would.
      const other = new BetterSqlite3(file);
      try {
        other.prepare("BEGIN IMMEDIATE").run();
        const waiting = app.say("/menu mardi Soupe de potiron, pain", MENU_SAVED);
        await new Promise((r) => setTimeout(r, 2_000));
        // Meanwhile the process is not blocked: the board answers.
        expect((await app.get("/login/not-a-real-token")).status).toBeLessThan(500);
        other.prepare("ROLLBACK").run();
        expect(await waiting).toMatch(MENU_SAVED);

        other.prepare("BEGIN IMMEDIATE").run();
        const refused = await app.say("/menu mardi Lentilles", COULD_NOT_SAVE, 20_000);
        expect(refused).not.toMatch(/😕/);
        const health = await app.get("/healthz", 8_000);
        expect(health.status).toBe(503);
        expect(health.body).toMatch(/^unavailable\ndatabase: (busy|not answering)/);
        other.prepare("ROLLBACK").run();
        await app.say("/menu mardi Lentilles", MENU_SAVED);

        // A stop asked while a write waits for the lock still ends the process within 10 s.
        other.prepare("BEGIN IMMEDIATE").run();
        app.say("/menu mardi Riz", MENU_SAVED).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 500));
        const end = await app.terminate();
        expect(end.ms).toBeLessThan(10_000);
      } finally {
        if (other.inTransaction) other.prepare("ROLLBACK").run();
        other.close();
      }
    },
  );
});
