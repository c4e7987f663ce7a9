// Limits at the HTTP edge, on the real process (`node --import tsx src/main.ts`) with the board,
// Telegram's webhook and Slack's events on one port: oversized bodies — a 600 MB one declared to
// /logout, dozens in parallel on every route, declared or streamed in chunks — are refused with
// 413 before any work, and slow headers and slow bodies are cut by the server's timeouts. The
// proof is the process's memory: its resident set (VmRSS in /proc) stays where it was.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlackApi } from "../fakes/slack/web-api.ts";
import { BOT_TOKEN, SIGNING_SECRET } from "../fakes/slack/harness.ts";
import { FakeTelegram } from "../fakes/telegram/server.ts";
import { startAppProcess, until, type AppProcess } from "./support/app-process.ts";

const MB = 1024 * 1024;
/** Memory the process may gain over the whole flood (GC and allocator noise); a buffered body is far more. */
const RSS_MARGIN_MB = 100;

let telegram: FakeTelegram;
let slack: FakeSlackApi;
let app: AppProcess;
let port: number;
let dir: string;

beforeAll(async () => {
  telegram = await FakeTelegram.start();
  slack = new FakeSlackApi(BOT_TOKEN);
  await slack.start();
  dir = mkdtempSync(join(tmpdir(), "tablee-edge-"));
  app = await startAppProcess("edge", {
    DATABASE_URL: `file:${join(dir, "t.db")}`,
    PORT: "0",
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: "http://127.0.0.1:9/telegram/updates",
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
  });
  port = Number((await app.waitForLog((l) => l.msg === "HTTP server listening", "the HTTP server")).port);
}, 90_000);

afterAll(async () => {
  await app?.stop();
  await telegram?.close();
  await slack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The process's resident memory, in MB. */
function rssMb(): number {
  const line = readFileSync(`/proc/${app.pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"))!;
  return Number(/(\d+)/.exec(line)![1]) / 1024;
}

/** What became of one request sent by `flood`. */
interface Outcome {
  /** The status line's code, if an answer came before the connection closed. */
  status: number | null;
  /** Bytes of body written before the server stopped reading (or closed). */
  sent: number;
}

/**
 * Sends a POST to `path` with `total` bytes of body, declared (Content-Length) or streamed in
 * chunks, writing as fast as the server reads; stops when an answer comes or the connection closes.
 */
function flood(path: string, total: number, how: "declared" | "chunked"): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, "127.0.0.1");
    let status: number | null = null;
    let sent = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ status, sent });
    };
    socket.on("data", (d: Buffer) => {
      const m = /^HTTP\/1\.1 (\d{3})/.exec(d.toString("latin1"));
      if (m) status = Number(m[1]);
      finish();
    });
    socket.on("error", finish);
    socket.on("close", finish);
    const length = how === "declared" ? `Content-Length: ${total}` : "Transfer-Encoding: chunked";
    // What each route's client sends: JSON to Telegram's webhook and the Mini App login, forms elsewhere.
    const type = /^\/(telegram|auth)\//.test(path) ? "application/json" : "application/x-www-form-urlencoded";
    // An Origin the board accepts, so nothing but the size can be why it refuses.
    const origin = `Origin: http://127.0.0.1:${port}`;
    socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${origin}\r\nContent-Type: ${type}\r\n${length}\r\n\r\n`);
    const piece = Buffer.alloc(256 * 1024, 0x61);
    const pump = () => {
      while (!done && sent < total) {
        const chunk =
          how === "chunked" ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]) : piece;
        sent += piece.length;
        if (!socket.write(chunk)) return void socket.once("drain", pump);
      }
      if (!done && how === "chunked") socket.write("0\r\n\r\n");
    };
    socket.once("connect", pump);
  });
}

/** Opens a connection that sends `head` and then one more byte every `everyMs`; resolves when the server closes it. */
function trickle(head: string, everyMs: number): Promise<{ status: number | null }> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let status: number | null = null;
    const timer = setInterval(() => socket.write("a"), everyMs);
    socket.on("data", (d: Buffer) => {
      const m = /^HTTP\/1\.1 (\d{3})/.exec(d.toString("latin1"));
      if (m) status = Number(m[1]);
    });
    const end = () => {
      clearInterval(timer);
      resolve({ status });
    };
    socket.on("close", end);
    socket.on("error", () => undefined);
    socket.once("connect", () => socket.write(head));
  });
}

describe("bodies larger than a route allows", () => {
  it(
    "a 600 MB body declared to /logout is answered 413 before it is read, and the memory does not move",
    { timeout: 120_000 },
    async () => {
      const before = rssMb();
      const outcome = await flood("/logout", 600 * MB, "declared");
      expect(outcome.status).toBe(413);
      expect(outcome.sent).toBeLessThan(600 * MB);
      expect(rssMb() - before).toBeLessThan(RSS_MARGIN_MB);
    },
  );

  it(
    "24 bodies of 100 MB at once on each route, declared and streamed, are all refused with 413; the memory stays flat",
    { timeout: 180_000 },
    async () => {
      const before = rssMb();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
      const routes = ["/logout", "/c/1/menu/2026-12-01", "/telegram/updates", "/slack/events", "/auth/telegram"];
      const outcomes = await Promise.all(
        routes.flatMap((path) => Array.from({ length: 24 }, (_, i) => flood(path, 100 * MB, i % 2 === 0 ? "declared" : "chunked"))),
      );
      clearInterval(sampler);
      expect(outcomes.filter((o) => o.status !== 413)).toEqual([]);
      // Nobody was made to upload more than a route's limit plus what the sockets hold in flight.
      expect(Math.max(...outcomes.map((o) => o.sent))).toBeLessThan(100 * MB);
      expect(peak - before).toBeLessThan(RSS_MARGIN_MB);
      console.log(
        `edge flood: RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB, ${rssMb().toFixed(0)} MB after; ${outcomes.length} requests, all 413`,
      );
    },
  );

  it("a body within the limit still goes through: a Telegram update is handled", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/telegram/updates`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ update_id: 1 }),
    });
    // Without telegraf's secret header the webhook refuses: the request reached the handler.
    expect(res.status).toBe(403);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });
});

describe("slow clients", () => {
  it(
    "headers sent a byte a second, and a body sent a byte a second, are cut by the server's timeouts; memory stays flat",
    { timeout: 120_000 },
    async () => {
      const before = rssMb();
      const slowHeaders = Array.from({ length: 20 }, () => trickle("POST /logout HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", 1_000));
      const slowBodies = Array.from({ length: 20 }, () =>
        trickle(
          "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n",
          1_000,
        ),
      );
      const cut = await Promise.all([...slowHeaders, ...slowBodies]);
      // Node answers 408 Request Timeout where it can, else it just closes: either way, cut.
      expect(cut.every((c) => c.status === null || c.status === 408)).toBe(true);
      expect(rssMb() - before).toBeLessThan(RSS_MARGIN_MB);
      await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, "the server answering again", 10_000, 50);
    },
  );
});
