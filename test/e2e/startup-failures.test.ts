// Start-up failures as an operator meets them: the real process (`npm start`, or the bundle it
// runs) against a closed port, a PostgreSQL refusing the password, a missing database, platforms
// refusing the token, a Bot API failing twice before answering, and a port already taken. Each
// failure is one plain line on stderr, with its exit code, no stack and no secret.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeDiscord } from "../fakes/discord/server.ts";
import { PasswordRefusingPostgres } from "../fakes/postgres/server.ts";
import { FakeSlackApi } from "../fakes/slack/web-api.ts";
import { FakeTelegram } from "../fakes/telegram/server.ts";
import { POSTGRES_URL, sqliteDatabase, type TestDatabase } from "../helpers/databases.ts";
import { ROOT } from "../reliability/support/app-process.ts";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A working folder without a .env, so only the variables a test gives count. */
let cwd: string;
const cleanups: (() => unknown)[] = [];

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT });
  cwd = mkdtempSync(join(tmpdir(), "tablee-start-"));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Starts Tablée (the bundle, or `npm start`) with exactly these variables; `until` may stop it early. */
function tablee(env: Record<string, string>, opts: { npm?: boolean; until?: (stderr: string) => boolean } = {}): Promise<Run> {
  const [command, args] = opts.npm ? ["npm", ["start"]] : [process.execPath, [join(ROOT, "dist", "main.mjs")]];
  const child = spawn(command, args, {
    cwd: opts.npm ? ROOT : cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LOG_LEVEL: "info", TABLEE_START_RETRY_SECONDS: "2", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let stopping = false;
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (!stopping && opts.until?.(stderr)) {
        stopping = true; // one SIGTERM: a second one would cut the graceful stop short
        child.kill("SIGTERM");
      }
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The JSON log lines of a run. */
function logs(run: Run): { level: number; msg?: string; [k: string]: unknown }[] {
  return run.stderr
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { level: number; msg?: string });
}

/** Asserts that the run printed exactly one plain line (besides JSON logs), matching `line`, and no stack. */
function expectOneLine(run: Run, line: RegExp): void {
  const plain = run.stderr.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("{"));
  expect(plain, run.stderr).toHaveLength(1);
  expect(plain[0]).toMatch(line);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

async function sqlite(): Promise<string> {
  const db: TestDatabase = await sqliteDatabase();
  cleanups.push(() => db.drop());
  return db.url;
}

describe("the database at start-up", () => {
  it("a closed port is retried for TABLEE_START_RETRY_SECONDS, then `npm start` prints one line, exits 1, and npm adds nothing", async () => {
    const port = await closedPort();
    const run = await tablee(
      {
        DATABASE_URL: `postgresql://tablee:s3cret-pw@127.0.0.1:${port}/tablee`,
        TELEGRAM_BOT_TOKEN: "",
        DISCORD_TOKEN: "",
        SLACK_BOT_TOKEN: "",
      },
      { npm: true },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expectOneLine(
      run,
      new RegExp(
        `^Tablée could not start: the database at 127\\.0\\.0\\.1:${port} is not reachable \\(connection refused; tried \\d+ times in \\d+ s\\): is PostgreSQL running\\? is DATABASE_URL right\\?$`,
      ),
    );
    const retries = logs(run).filter((l) => l.msg === "not reachable yet at start-up; retrying");
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(retries[0]).toMatchObject({ level: 40, attempt: 1, cause: "connection refused", retryInMs: 500 });
    expect(run.stderr).not.toContain("s3cret-pw");
  });

  it("a wrong password is said as such at once (no retry), exit 2, and the password never shows", async () => {
    const pg = await PasswordRefusingPostgres.start();
    cleanups.push(() => pg.stop());
    const run = await tablee({
      DATABASE_URL: `postgresql://tablee:wrong-pw-123@127.0.0.1:${pg.port}/canteens`,
      TABLEE_START_RETRY_SECONDS: "30",
    });
    expect(run.code).toBe(2);
    expectOneLine(
      run,
      new RegExp(
        `^Tablée could not start: the database at 127\\.0\\.0\\.1:${pg.port} refused the password of user "tablee": check the password in DATABASE_URL$`,
      ),
    );
    expect(pg.refused).toEqual([{ user: "tablee", database: "canteens", password: "wrong-pw-123" }]);
    expect(run.stderr).not.toContain("wrong-pw-123");
    expect(logs(run).filter((l) => /retrying/.test(l.msg ?? ""))).toEqual([]);
  });

  it.skipIf(!POSTGRES_URL)("a missing database is said as such, with the createdb line to run, exit 2", async () => {
    const url = new URL(POSTGRES_URL!);
    url.pathname = "/tablee_missing_db_for_startup_test";
    const run = await tablee({ DATABASE_URL: url.href });
    expect(run.code).toBe(2);
    expectOneLine(
      run,
      /^Tablée could not start: the database "tablee_missing_db_for_startup_test" does not exist on .+:\d+: create it \(createdb -h .+ -U \w+ tablee_missing_db_for_startup_test\) or fix DATABASE_URL$/,
    );
  });

  it("a configuration error exits 2 through `npm start` with nothing on stdout", async () => {
    const run = await tablee({ DATABASE_URL: "mysql://nope" }, { npm: true });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^Invalid configuration:\n {2}- DATABASE_URL: /);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("platforms at start-up", () => {
  it("Telegram answering 401 to getMe: one line naming TELEGRAM_BOT_TOKEN, exit 2, the token never shown", async () => {
    const fake = await FakeTelegram.start();
    cleanups.push(() => fake.close());
    const wrong = "987654321:WRONG-token_abcdefghijklmnopq";
    const run = await tablee({ DATABASE_URL: await sqlite(), TELEGRAM_BOT_TOKEN: wrong, TELEGRAM_API_ROOT: fake.apiRoot });
    expect(run.code).toBe(2);
    expectOneLine(
      run,
      /^Tablée could not start: Telegram refused the bot token \(401 Unauthorized\): check TELEGRAM_BOT_TOKEN \(from @BotFather\)$/,
    );
    expect(run.stderr).not.toContain("WRONG-token");
  });

  it("a Bot API failing twice (a 502, then a dropped connection) is waited out: Tablée comes up", async () => {
    const fake = await FakeTelegram.start();
    cleanups.push(() => fake.close());
    fake.failNext({ method: "getMe" }, { status: 502 });
    fake.failNext({ method: "getMe" }, { network: true });
    const run = await tablee(
      { DATABASE_URL: await sqlite(), TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, TABLEE_START_RETRY_SECONDS: "20" },
      { until: (stderr) => stderr.includes('"msg":"Tablée started"') },
    );
    expect(run.code).toBe(0); // stopped with SIGTERM once started
    const retries = logs(run).filter((l) => l.msg === "not reachable yet at start-up; retrying");
    expect(retries.map((r) => r.cause)).toEqual([
      "Telegram answered 502 Bad Gateway",
      expect.stringMatching(/^connection (reset|closed)$/),
    ]);
    expect(retries.every((r) => String(r.what).startsWith("Telegram's Bot API at http://127.0.0.1:"))).toBe(true);
    expect(fake.callsOf("getMe").map((c) => c.status)).toEqual([502, 0, 200]);
    expect(run.stderr.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("{"))).toEqual([]);
  });

  it("a token revoked once running (401 on getUpdates) stops Tablée with the same kind of line, exit 2", async () => {
    const fake = await FakeTelegram.start();
    cleanups.push(() => fake.close());
    fake.failNext({ method: "getUpdates" }, { code: 401, description: "Unauthorized" });
    const run = await tablee({ DATABASE_URL: await sqlite(), TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot });
    expect(run.code).toBe(2);
    expect(logs(run).some((l) => l.msg === "Tablée started")).toBe(true);
    expectOneLine(
      run,
      /^Tablée stopped: Telegram refused the bot token \(401 Unauthorized\): check TELEGRAM_BOT_TOKEN \(from @BotFather\)$/,
    );
  });

  it("Discord answering 401: one line naming DISCORD_TOKEN, exit 2", async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.stop());
    const run = await tablee({
      DATABASE_URL: await sqlite(),
      DISCORD_TOKEN: "not-the-bot-token-0123456789",
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    });
    expect(run.code).toBe(2);
    expectOneLine(run, /^Tablée could not start: Discord refused the bot token \(401: Unauthorized\): check DISCORD_TOKEN$/);
  });

  it("Discord's gateway closing with 4004: one line naming DISCORD_TOKEN, exit 2", async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.stop());
    fake.gateway.identifyAnswer = "authentication-failed";
    const run = await tablee({
      DATABASE_URL: await sqlite(),
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    });
    expect(run.code).toBe(2);
    expectOneLine(
      run,
      /^Tablée could not start: Discord refused the bot token \(gateway closed with 4004 Authentication failed\): check DISCORD_TOKEN$/,
    );
  });

  it("Slack answering invalid_auth: one line naming SLACK_BOT_TOKEN, exit 2", async () => {
    const api = new FakeSlackApi("xoxb-fake-ok");
    await api.start();
    cleanups.push(() => api.stop());
    const run = await tablee({
      DATABASE_URL: await sqlite(),
      SLACK_BOT_TOKEN: "xoxb-revoked",
      SLACK_SIGNING_SECRET: "8f742231b10e8888abcd",
      SLACK_API_URL: api.apiUrl,
    });
    expect(run.code).toBe(2);
    expectOneLine(run, /^Tablée could not start: Slack refused the token \(invalid_auth\): check SLACK_BOT_TOKEN$/);
    expect(run.stderr).not.toContain("xoxb-revoked");
  });
});

describe("the HTTP port at start-up", () => {
  let taken: Server | undefined;
  afterEach(async () => {
    await new Promise((r) => (taken ? taken.close(r) : r(undefined)));
    taken = undefined;
  });

  it("a port already in use: one line naming the port and PORT, exit 1", async () => {
    taken = createServer();
    await new Promise<void>((r) => taken!.listen(0, r));
    const port = (taken.address() as { port: number }).port;
    const fake = await FakeTelegram.start();
    cleanups.push(() => fake.close());
    const run = await tablee({
      DATABASE_URL: await sqlite(),
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
      PORT: String(port),
    });
    expect(run.code).toBe(1);
    expectOneLine(
      run,
      new RegExp(`^Tablée could not start: HTTP port ${port} is already in use by another program: stop it, or set PORT to a free port$`),
    );
  });
});
