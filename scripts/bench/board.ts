// Benchmark `board_vs_chat_p99_ratio`: the app `npm start` runs (no token: the console and the
// board on loopback, SQLite file), a canteen of 50 members with a sheet full of names. In the same
// run and at the same time: 50 logged-in people each load the board's sheet page (GET /c/<id>, a
// real HTTP request with their session cookie) every 2 s (±50 %), and 50 people each ask
// `/creneaux` through the core (core.handle, as the console adapter would) every 2 s (±50 %).
// The figure is the page's p99 ÷ the chat command's p99.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { startApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import type { IncomingEvent } from "../../src/kernel/model.ts";
import { openSession } from "../../src/features/board/login.ts";
import { SESSION_COOKIE } from "../../src/web/auth/sessions.ts";
import { quantile, silentLog, sleep } from "./util.ts";
import { loginLinkFor } from "../../src/features/board/index.ts";

/** What the run measured, in milliseconds. */
export interface BoardVsChat {
  people: number;
  seconds: number;
  page: { requests: number; p50: number; p99: number; bytes: number };
  chat: { requests: number; p50: number; p99: number };
  errors: number;
}

const GROUP = "console:group";
/** Seconds of load before the measured ones. */
export const WARM_UP_S = 5;
/** Monday 23 November 2026, 09:00 in Paris: a week of services ahead on the sheet. */
const START = "2026-11-23T08:00:00Z";

/** Runs both loads side by side for `seconds`, `people` on each side, one action every `everyMs` (±50 %). */
export async function boardVsChat(people = 50, seconds = 60, everyMs = 2_000): Promise<BoardVsChat> {
  const dir = mkdtempSync(join(tmpdir(), "tablee-bench-board-"));
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const config = loadConfig({ DATABASE_URL: `file:${join(dir, "bench.db")}`, PORT: "0", TABLEE_CLOCK_START: START });
  const began = performance.now();
  const app = await startApp({ config, log: silentLog, console: { input, output, prompt: false } });
  try {
    const event = (who: number, text: string): IncomingEvent => ({
      platform: "console",
      chat: { address: GROUP, private: false },
      author: { address: `console:p${who}`, name: `Personne ${who}` },
      text,
    });
    await app.core.handle({ ...event(0, "/setup Cantine du Banc"), author: { address: "console:mona", name: "Mona" } });
    // Everyone signs up somewhere this week (the sheet shows names, open places and waiting lists).
    const days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];
    const roles = ["cuisine", "plonge", "chef"];
    for (let i = 0; i < people; i++) await app.core.handle(event(i, `/cuisiner ${days[i % days.length]} ${roles[i % roles.length]}`));
    await app.core.handle({
      ...event(0, "/menu mardi Soupe de potiron\nGratin dauphinois\nTarte aux pommes"),
      author: { address: "console:mona", name: "Mona" },
    });
    const canteenId = (await app.store.canteensOf("console:mona"))[0]!.id;

    // The first person logs in as people do (a link from the core, then "Continue", a POST); the
    // others get the same kind of session directly, since the board rate-limits logins per address.
    const link = await loginLinkFor(app.core.deps, "console:p0", canteenId);
    if (!link) throw new Error("no login link: is the board served?");
    const url = new URL(link.url);
    const base = url.origin;
    const res = await fetch(url, { method: "POST", headers: { origin: base }, redirect: "manual" });
    const first = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    await res.arrayBuffer();
    if (res.status !== 303 || !first) throw new Error(`login answered ${res.status}`);
    const cookies = [first];
    const clock = { now: () => new Date(Date.parse(START) + (performance.now() - began)) };
    for (let i = 1; i < people; i++) {
      const personId = await app.store.personOf(`console:p${i}`);
      if (personId === null) throw new Error(`person ${i} is unknown`);
      const session = await openSession(app.store, personId, clock.now());
      cookies.push(`${SESSION_COOKIE}=${session.id}`);
    }
    const pagePath = `/c/${canteenId}`;
    // One warm-up of each side (first requests compile code paths), not counted.
    await (await fetch(`${base}${pagePath}`, { headers: { cookie: cookies[0]! } })).text();
    await app.core.handle(event(0, "/creneaux"));

    const pageMs: number[] = [];
    const chatMs: number[] = [];
    let bytes = 0;
    let errors = 0;
    // Both sides first run WARM_UP_S seconds uncounted: the 50 connections open, the code paths
    // compile; the figures are the steady state that follows.
    const from = performance.now() + WARM_UP_S * 1000;
    const end = from + seconds * 1000;
    const pause = () => sleep(everyMs * (0.5 + Math.random()));
    const loop = async (act: () => Promise<void>) => {
      await sleep(Math.random() * everyMs);
      while (performance.now() < end) {
        await act();
        await pause();
      }
    };
    await Promise.all([
      ...cookies.map((cookie) =>
        loop(async () => {
          const t = performance.now();
          const res = await fetch(`${base}${pagePath}`, { headers: { cookie } });
          const body = await res.text();
          if (t >= from) pageMs.push(performance.now() - t);
          if (res.status !== 200 || !body.includes("Cantine du Banc")) errors++;
          bytes = body.length;
        }),
      ),
      ...cookies.map((_, i) =>
        loop(async () => {
          const t = performance.now();
          const out = await app.core.handle(event(i, "/creneaux"));
          if (t >= from) chatMs.push(performance.now() - t);
          if (out.replies.length === 0) errors++;
        }),
      ),
    ]);
    return {
      people,
      seconds,
      errors,
      page: { requests: pageMs.length, p50: quantile(pageMs, 0.5), p99: quantile(pageMs, 0.99), bytes },
      chat: { requests: chatMs.length, p50: quantile(chatMs, 0.5), p99: quantile(chatMs, 0.99) },
    };
  } finally {
    input.end();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
