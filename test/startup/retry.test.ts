// The start-up retry and the secret redaction behind every start-up line.
import { describe, expect, it } from "vitest";
import type { Logger } from "../../src/kernel/ports.ts";
import { EXIT_CONFIGURATION, redactSecrets, StartupError, unreachableCause } from "../../src/startup/failure.ts";
import { judgePostgresError } from "../../src/startup/database.ts";
import { retryAtStart, type StartupRetry, type StartupVerdict } from "../../src/startup/retry.ts";

function refused(): Error {
  return Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5999"), { code: "ECONNREFUSED" });
}

/** A retry whose pauses take no time, but advance a clock the window is measured on. */
function setup(
  windowMs: number,
  judge: (e: unknown) => StartupVerdict | undefined = (e) =>
    unreachableCause(e) ? { kind: "transient", cause: unreachableCause(e)! } : undefined,
) {
  const warnings: Record<string, unknown>[] = [];
  const pauses: number[] = [];
  const log = {
    warn: (o: Record<string, unknown>) => warnings.push(o),
    info: () => undefined,
    error: () => undefined,
    debug: () => undefined,
  } as unknown as Logger;
  let now = 0;
  const realNow = Date.now;
  const opts: StartupRetry = {
    what: "the database at db:5432",
    hint: "is PostgreSQL running? is DATABASE_URL right?",
    windowMs,
    log,
    judge,
    sleep: async (ms) => {
      pauses.push(ms);
      now += ms;
    },
  };
  Date.now = () => now;
  return { opts, warnings, pauses, restore: () => (Date.now = realNow) };
}

describe("retrying the first contact at start-up", () => {
  it("waits out failures with doubling pauses and returns the first success", async () => {
    const s = setup(60_000);
    let calls = 0;
    try {
      const got = await retryAtStart(async () => {
        if (++calls <= 3) throw refused();
        return "up";
      }, s.opts);
      expect(got).toBe("up");
    } finally {
      s.restore();
    }
    expect(s.pauses).toEqual([500, 1000, 2000]);
    expect(s.warnings.map((w) => [w.attempt, w.cause])).toEqual([
      [1, "connection refused"],
      [2, "connection refused"],
      [3, "connection refused"],
    ]);
  });

  it("gives up when the window is spent, with one line saying what, why and what to check (exit 1)", async () => {
    const s = setup(60_000);
    let error: unknown;
    try {
      await retryAtStart(() => Promise.reject(refused()), s.opts);
    } catch (e) {
      error = e;
    } finally {
      s.restore();
    }
    expect(s.pauses.reduce((a, b) => a + b, 0)).toBe(60_000);
    expect(Math.max(...s.pauses)).toBe(10_000);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).exitCode).toBe(1);
    expect((error as Error).message).toBe(
      `the database at db:5432 is not reachable (connection refused; tried ${s.pauses.length + 1} times in 60 s): is PostgreSQL running? is DATABASE_URL right?`,
    );
  });

  it("a window of 0 tries once", async () => {
    const s = setup(0);
    await expect(retryAtStart(() => Promise.reject(refused()), s.opts)).rejects.toThrow(
      /is not reachable \(connection refused\): is PostgreSQL running/,
    );
    s.restore();
    expect(s.pauses).toEqual([]);
  });

  it("a final answer (a refused password) stops at once, and an unexpected error is thrown as it is", async () => {
    const wrongPassword = Object.assign(new Error('password authentication failed for user "t"'), { code: "28P01" });
    const s = setup(60_000, (e) => judgePostgresError(e, "postgresql://t:pw@db:5432/x"));
    await expect(retryAtStart(() => Promise.reject(wrongPassword), s.opts)).rejects.toMatchObject({
      exitCode: EXIT_CONFIGURATION,
      message: 'the database at db:5432 refused the password of user "t": check the password in DATABASE_URL',
    });
    const bug = new TypeError("x is undefined");
    await expect(retryAtStart(() => Promise.reject(bug), s.opts)).rejects.toBe(bug);
    s.restore();
    expect(s.pauses).toEqual([]);
  });

  it("reads the cause wrapped inside fetch and pg errors", () => {
    expect(unreachableCause(new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } }))).toBe("host name not found");
    expect(unreachableCause(new Error("Connection terminated due to connection timeout"))).toBe("timed out");
    expect(unreachableCause(Object.assign(new Error("x"), { errors: [{ code: "EHOSTUNREACH" }] }))).toBe("host unreachable");
    expect(unreachableCause(new Error("relation does not exist"))).toBeUndefined();
  });
});

describe("redacting secrets from start-up lines", () => {
  it("hides URL passwords, Telegram and Slack tokens, and keeps the rest", () => {
    expect(redactSecrets("postgresql://tablee:s3cr%40t@db:5432/tablee refused")).toBe(
      "postgresql://tablee:[secret]@db:5432/tablee refused",
    );
    expect(redactSecrets("POST https://api.telegram.org/bot123456:AAH-abcdefghijklmnopqrstu/getMe")).toBe(
      "POST https://api.telegram.org/bot[token]/getMe",
    );
    expect(redactSecrets("token 123456789:AAHabcdefghijklmnopqrstuvwxyz")).toBe("token [token]");
    expect(redactSecrets("xoxb-1-2-abc and xapp-1-A0-99")).toBe("[token] and [token]");
    expect(redactSecrets("the database at 127.0.0.1:5999 is not reachable")).toBe("the database at 127.0.0.1:5999 is not reachable");
  });
});
