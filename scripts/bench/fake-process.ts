// Runs a fake Bot API (test/fakes/telegram) in its own process, so the bot under test does not
// share its event loop with the server it talks to (a real Bot API is elsewhere too), and the
// fake's arrival times are not delayed by the bot's own work. The parent drives it over IPC:
// { id, target: "fake" | "state", method, args } → { id, result } or { id, error }.
// Every recorded call also gets `hr`, a sub-millisecond wall-clock time of its recording.
// `webhookLoad` plays Telegram's side of the latency benchmark: people's messages POSTed to the
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

/** What `webhookLoad` is asked to play. */
export interface WebhookLoad {
  url: string;
  secret: string;
  /** Each person, with the commands they type one after another in their private chat. */
  people: { user: TgUser; texts: string[] }[];
  /** Pause after a reply before the person types again: at least `minGapMs`, else `thinkMs` ±50%. */
  thinkMs: number;
  minGapMs: number;
}

/** POSTs one update to the webhook; resolves with the HTTP status once the bot has answered it. */
function post(url: URL, agent: Agent, secret: string, update: unknown): Promise<number> {
  const body = JSON.stringify(update);
  return new Promise((resolve, reject) => {
    const headers = {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "x-telegram-bot-api-secret-token": secret,
    };
    const req = request(url, { method: "POST", agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Every person types their commands; returns when each was POSTed, by chat. */
async function webhookLoad(load: WebhookLoad): Promise<{ chat: number; at: number }[]> {
  const url = new URL(load.url);
  const agent = new Agent({ keepAlive: true, maxSockets: load.people.length });
  const sent: { chat: number; at: number }[] = [];
  const gap = () => Math.max(load.minGapMs, load.thinkMs * (0.5 + Math.random()));
  try {
    await Promise.all(
      load.people.map(async ({ user, texts }) => {
        await sleep(Math.random() * gap()); // people do not all start at the same instant
        for (const text of texts) {
          const update_id = fake.state.userMessage(user.id, user, text); // stored and queued as Telegram would…
          const update = fake.update(update_id);
          const at = wallNow();
          sent.push({ chat: user.id, at });
          const status = await post(url, agent, load.secret, update); // …but delivered concurrently, as Telegram does
          if (status !== 200) throw new Error(`webhook answered ${status}`);
          await sleep(gap());
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return sent;
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
      else if (m.method === "close") result = await fake.close();
      else if (m.method === "webhookLoad") result = await webhookLoad(m.args[0] as WebhookLoad);
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
