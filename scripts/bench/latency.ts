// Benchmark 4: command → reply latency through the Telegram adapter in webhook mode, as a ratio.
// 200 people type "/cuisiner <date> <poste>" in 200 private chats, in rounds: in a round each
// person types once, at a random instant of its span, and the next round starts a Telegram
// per-chat second after the last reply, so that limit is never what is measured. Rounds go
// alternately to Tablée and to a bare telegraf bot that answers at once (bare-bot.ts), in the
// order T B B T T B … so that machine noise and drift hit both alike; one round of each warms
// them up first and is not counted. The bot-wide limit (30 messages a second, meant for bulk
// sends) is lifted for Tablée through the adapter's rate-policy option, or replies would queue
// in the pacer. The fake Bot API (its own process) plays Telegram: it POSTs the updates to the
// webhook, concurrently, and records the replies on the same clock; latency runs from the POST to
// the fake recording the sendMessage of the reply.
import { TELEGRAM_RATE_POLICY } from "../../adapters/telegram/adapter.ts";
import type { TgChat, TgUser } from "../../test/fakes/telegram/state.ts";
import { startBareBot } from "./bare-bot.ts";
import type { WebhookRound } from "./fake-process.ts";
import type { TimedCall } from "./remote-fake.ts";
import { BENCH_NOW, inFlight, signupPlan } from "./signup.ts";
import { benchCanteen, startTelegram } from "./telegram.ts";
import { quantile, sleep } from "./util.ts";
import { openWorld } from "./world.ts";
import { debugReport, instrument } from "./latency-debug.ts";

/** Latencies of one bot over its counted rounds, in ms. */
export interface LatencySide {
  commands: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** p99 of each counted round, in the order they ran. */
  roundP99: number[];
}

/** What the latency run measured: Tablée, the bare bot, and Tablée's p99 ÷ the bare bot's. */
export interface LatencyResult {
  users: number;
  tablee: LatencySide;
  bare: LatencySide;
  ratio: number;
  /** Commands per second during a round (people ÷ the round's length, the same for both bots). */
  rate: number;
}

const SECRET = "bench-secret";
/** A round starts this long after the last reply of the one before: Telegram's per-chat second and the pacer's margin. */
const ROUND_GAP_MS = TELEGRAM_RATE_POLICY.perChat[0]!.windowMs + 30;

function side(rounds: number[][]): LatencySide {
  const all = rounds.flat();
  return {
    commands: all.length,
    p50: quantile(all, 0.5),
    p90: quantile(all, 0.9),
    p99: quantile(all, 0.99),
    max: Math.max(...all),
    roundP99: rounds.map((r) => quantile(r, 0.99)),
  };
}

/** For each message sent, the time until the first reply the fake recorded in its chat after it. */
function latencies(sent: { chat: number; at: number }[], calls: TimedCall[]): number[] {
  const byChat = new Map<number, number[]>();
  for (const c of calls) byChat.set(Number(c.params.chat_id), [...(byChat.get(Number(c.params.chat_id)) ?? []), c.hr]);
  return sent.map((s) => {
    const replies = byChat.get(s.chat) ?? [];
    const reply = replies.find((t) => t >= s.at);
    if (reply === undefined) throw new Error(`no reply in chat ${s.chat}`);
    replies.splice(replies.indexOf(reply), 1);
    return reply - s.at;
  });
}

/** Runs `rounds` counted rounds on each bot (after one warm-up round each), each round spread over `spreadMs`. */
export async function latency(users: number, rounds: number, spreadMs: number): Promise<LatencyResult> {
  const world = await openWorld(BENCH_NOW);
  const trace = process.env.BENCH_DEBUG ? instrument(world) : undefined;
  const policy = { global: [{ limit: 1_000_000, windowMs: 1_000 }], perChat: TELEGRAM_RATE_POLICY.perChat };
  const rig = await startTelegram(world, { webhook: true, policy });
  const fake = rig.fake;
  let bare: Awaited<ReturnType<typeof startBareBot>> | undefined;
  try {
    const group = await fake.call<TgChat>("state", "addGroup", "Cantine du banc d'essai");
    const canteenId = await benchCanteen(
      world,
      group.id,
      await fake.call<TgUser>("state", "addUser", { first_name: "Mona", language_code: "fr" }),
    );
    const people: TgUser[] = [];
    for (let i = 0; i < users; i++) {
      const u = await fake.call<TgUser>("state", "addUser", { first_name: `Bénévole ${i}`, language_code: "fr" });
      await fake.call("state", "privateChat", u); // they started the bot: it may write to them
      people.push(u);
    }
    // Everyone already belongs to the canteen, so a command in a private chat finds it.
    await inFlight(
      people,
      32,
      async (u) =>
        void (await world.store.ensureMember(canteenId, { address: `telegram:${u.id}`, name: u.first_name, platform: "telegram" })),
    );

    world.ledger.start(); // polling for due deliveries, as in the running app

    // Every Tablée round signs each person up once more; a bare bot's round gets the words of the next one.
    const plan = signupPlan(users * (rounds + 2));
    let tableeRounds = 0;
    const texts = () => people.map((user, i) => ({ user, text: plan[tableeRounds * users + i]!.text.replace("/cook", "/cuisiner") }));
    const chats = new Set(people.map((p) => p.id));
    /** One round to `url`: the messages sent and the replies the fake recorded in the people's chats. */
    const round = async (url: string) => {
      const from = (await fake.refresh()).length;
      const load: WebhookRound = { url, secret: SECRET, people: texts(), spreadMs };
      const sent = await fake.call<{ chat: number; at: number }[]>("fake", "webhookRound", load);
      const replies = (await fake.refresh()).slice(from).filter((c) => c.method === "sendMessage" && chats.has(Number(c.params.chat_id)));
      await sleep(ROUND_GAP_MS);
      return { sent, replies, latencies: latencies(sent, replies) };
    };
    const tableeSent: { sent: { chat: number; at: number }[]; replies: TimedCall[] }[] = [];
    const tablee = async () => {
      const r = await round(rig.webhookUrl!);
      tableeRounds++;
      tableeSent.push(r);
      return r;
    };

    // Warm-up: Tablée first; its replies are what the bare bot sends back, chat by chat.
    const warm = await tablee();
    const shapes = new Map<number, Record<string, unknown>>();
    for (const c of warm.replies) {
      const { chat_id, ...rest } = c.params;
      shapes.set(Number(chat_id), rest);
    }
    bare = await startBareBot(fake, SECRET, (chat) => shapes.get(chat) ?? { text: "ok" });
    const bareUrl = bare.webhookUrl;
    await round(bareUrl);

    const counted = { tablee: [] as number[][], bare: [] as number[][] };
    for (let k = 0; k < rounds; k++) {
      for (const who of k % 2 === 0 ? (["tablee", "bare"] as const) : (["bare", "tablee"] as const)) {
        counted[who].push((who === "tablee" ? await tablee() : await round(bareUrl)).latencies);
      }
    }
    if (trace) debugReport(trace, tableeSent);

    const t = side(counted.tablee);
    const b = side(counted.bare);
    return { users, tablee: t, bare: b, ratio: t.p99 / b.p99, rate: users / (spreadMs / 1000) };
  } finally {
    await bare?.stop();
    await rig.stop();
    await world.close();
  }
}
