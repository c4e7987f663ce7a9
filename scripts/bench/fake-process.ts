// Runs a fake Bot API (test/fakes/telegram) in its own process, so the bot under test does not
// share its event loop with the server it talks to (a real Bot API is elsewhere too), and the
// fake's arrival times are not delayed by the bot's own work. The parent drives it over IPC:
// { id, target: "fake" | "state", method, args } → { id, result } or { id, error }.
// Every recorded call also gets `hr`, a sub-millisecond wall-clock time of its recording.
// `webhookRound` plays Telegram's side of the latency benchmark: people's messages POSTed to a
// bot's webhook, timed on the same clock as the replies the fake records.
import { request, Agent } from "node:http";
import { FakeTelegram, type RecordedCall } from "../../test/fakes/telegram/server.ts";
import type { TgUser } from "../../test/fakes/telegram/state.ts";

type Request = { id: number; target: "fake" | "state"; method: string; args: unknown[] };

const fake = await FakeTelegram.start();
const calls = fake.calls as (RecordedCall & { hr?: number })[];
const push = calls.push.bind(calls);
calls.push = (...items) => push(...items.map((c) => ({ ...c, hr: performance.timeOrigin + performance.now() })));

const wallNow = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One round of the latency benchmark: each person types one message, at a random instant of
 * `spreadMs`, to the bot whose webhook is their `url`.
 */
export interface WebhookRound {
  secret: string;
  people: { user: TgUser; text: string; url: string }[];
  spreadMs: number;
}

/** Keep-alive connections to each webhook, kept from one round to the next (as Telegram keeps its own). */
const agents = new Map<string, Agent>();

/**
 * POSTs one update to the webhook; resolves with the HTTP status and the instant it was sent,
 * once the bot has answered it. A kept-alive connection the bot's server closed as idle (its
 * keep-alive timeout) just as it was reused is a reset with nothing handled: it is sent again on
 * a fresh connection, as Node's documentation advises, and timed from then.
 */
function post(url: URL, agent: Agent, secret: string, update: unknown): Promise<{ status: number; at: number }> {
  const body = JSON.stringify(update);
  return new Promise((resolve, reject) => {
    const headers = {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "x-telegram-bot-api-secret-token": secret,
    };
    const at = wallNow();
    const req = request(url, { method: "POST", agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, at }));
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (req.reusedSocket && e.code === "ECONNRESET") post(url, agent, secret, update).then(resolve, reject);
      else reject(e);
    });
    req.end(body);
  });
}

/** Every person types their message; returns when each one's was POSTed (in the order of `people`), once every one was answered. */
async function webhookRound(round: WebhookRound): Promise<number[]> {
  const agentOf = (url: URL) => {
    let agent = agents.get(url.origin);
    if (!agent) agents.set(url.origin, (agent = new Agent({ keepAlive: true, maxSockets: round.people.length })));
    return agent;
  };
  return Promise.all(
    round.people.map(async ({ user, text, url }) => {
      await sleep(Math.random() * round.spreadMs); // people do not all type at the same instant
      const update_id = fake.state.userMessage(user.id, user, text); // stored and queued as Telegram would…
      const update = fake.update(update_id);
      const { status, at } = await post(new URL(url), agentOf(new URL(url)), round.secret, update); // …but delivered concurrently, as Telegram does
      if (status !== 200) throw new Error(`webhook answered ${status}`);
      return at;
    }),
  );
}

/** Arguments as sent: `{ regex, flags }` stands for a RegExp. */
function revive(a: unknown): unknown {
  return a && typeof a === "object" && "regex" in a
    ? new RegExp(String((a as { regex: string }).regex), (a as { flags?: string }).flags)
    : a;
}

process.on("message", (m: Request) => {
  void (async () => {
    try {
      let result: unknown;
      if (m.method === "calls") result = calls.slice(Number(m.args[0] ?? 0));
      else if (m.method === "close") {
        for (const a of agents.values()) a.destroy();
        result = await fake.close();
      } else if (m.method === "webhookRound") result = await webhookRound(m.args[0] as WebhookRound);
      else {
        const target = (m.target === "state" ? fake.state : fake) as unknown as Record<string, (...a: unknown[]) => unknown>;
        result = await target[m.method]!(...m.args.map(revive));
      }
      process.send!({ id: m.id, result: result ?? null });
    } catch (e) {
      process.send!({ id: m.id, error: String((e as Error)?.stack ?? e) });
    }
  })();
});
process.on("disconnect", () => process.exit(0));
process.send!({ ready: true, token: fake.token, apiRoot: fake.apiRoot });
