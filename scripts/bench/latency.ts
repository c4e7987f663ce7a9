// Benchmark 4: command → reply latency through the Telegram adapter in webhook mode, as a ratio
// to a bare telegraf bot that answers at once (bare-bot.ts, its own process). 200 people type
// "/cuisiner <date> <poste>" in 200 private chats, in rounds: in a round each person types once,
// at a random instant of its span, half of them to Tablée and half to the bare bot, the halves
// swapping from one round to the next — so both bots are measured at the same instants and any
// stall of the machine hits both alike. The next round starts a Telegram per-chat second after the
// last reply, so that limit is never what is measured. Before counting, one round all to Tablée
// (its replies are what the bare bot sends back, chat by chat) and one shared round warm both up.
// The bot-wide limit (30 messages a second, meant for bulk sends) is lifted for Tablée through the
// adapter's rate-policy option, or replies would queue in the pacer. The fake Bot API (its own
// process) plays Telegram: it POSTs the updates to the webhooks, concurrently, and records the
// replies on the same clock; latency runs from the POST to the fake recording the reply.
import { TELEGRAM_RATE_POLICY } from "../../adapters/telegram/adapter.ts";
import type { TgChat, TgUser } from "../../test/fakes/telegram/state.ts";
import { startBareBot, type BareBot } from "./bare-bot.ts";
import type { WebhookRound } from "./fake-process.ts";
import type { TimedCall } from "./remote-fake.ts";
import { BENCH_NOW, inFlight, signupPlan } from "./signup.ts";
import { benchCanteen, startTelegram } from "./telegram.ts";
import { quantile, sleep } from "./util.ts";
import { openWorld } from "./world.ts";
import { debugReport, instrument } from "./latency-debug.ts";

/** Latencies of one bot over the counted rounds, in ms. */
export interface LatencySide {
  commands: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** What the latency run measured: Tablée, the bare bot, and Tablée's p99 ÷ the bare bot's. */
export interface LatencyResult {
  users: number;
  tablee: LatencySide;
  bare: LatencySide;
  ratio: number;
  /** Tablée's p99 ÷ the bare bot's over each pair of counted rounds (the two halves swapped): how steady the ratio is. */
  pairRatios: number[];
  /** Commands per second each bot gets during a round. */
  rate: number;
}

const SECRET = "bench-secret";
/** A round starts this long after the last reply of the one before: Telegram's per-chat second and the pacer's margin. */
const ROUND_GAP_MS = TELEGRAM_RATE_POLICY.perChat[0]!.windowMs + 30;

function side(all: number[]): LatencySide {
  return { commands: all.length, p50: quantile(all, 0.5), p90: quantile(all, 0.9), p99: quantile(all, 0.99), max: Math.max(...all) };
}

/**
 * Runs `rounds` counted rounds (after two warm-up rounds), each spread over `spreadMs`; in a
 * round each bot gets half of the `users` people.
 */
export async function latency(users: number, rounds: number, spreadMs: number): Promise<LatencyResult> {
  const world = await openWorld(BENCH_NOW);
  const trace = process.env.BENCH_DEBUG ? instrument(world) : undefined;
  const policy = { global: [{ limit: 1_000_000, windowMs: 1_000 }], perChat: TELEGRAM_RATE_POLICY.perChat };
  const rig = await startTelegram(world, { webhook: true, policy });
  const fake = rig.fake;
  let bare: BareBot | undefined;
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

    // Each command Tablée gets is a new sign-up of the plan; the bare bot gets the same words.
    const plan = signupPlan(users * (rounds + 2)).map((p) => p.text.replace("/cook", "/cuisiner"));
    let planned = 0;
    const chats = new Set(people.map((p) => p.id));
    const tableeRounds: { sent: { chat: number; at: number }[]; replies: TimedCall[] }[] = [];
    /** One round: person i writes to `urlOf(i)`; returns each one's latency, in the order of `people`. */
    const round = async (urlOf: (i: number) => string) => {
      const from = (await fake.refresh()).length;
      const load: WebhookRound = {
        secret: SECRET,
        spreadMs,
        people: people.map((user, i) => ({ user, text: plan[planned++]!, url: urlOf(i) })),
      };
      const at = await fake.call<number[]>("fake", "webhookRound", load);
      const replies = (await fake.refresh()).slice(from).filter((c) => c.method === "sendMessage" && chats.has(Number(c.params.chat_id)));
      await sleep(ROUND_GAP_MS);
      const byChat = new Map(replies.map((c) => [Number(c.params.chat_id), c]));
      if (trace)
        tableeRounds.push({
          sent: people.flatMap((p, i) => (load.people[i]!.url === rig.webhookUrl ? [{ chat: p.id, at: at[i]! }] : [])),
          replies,
        });
      return {
        replies,
        latencies: people.map((p, i) => {
          const reply = byChat.get(p.id); // one message per chat in a round, hence one reply
          if (reply === undefined || reply.hr < at[i]!) throw new Error(`no reply in chat ${p.id}`);
          return reply.hr - at[i]!;
        }),
      };
    };

    // Warm-up: everyone to Tablée; its replies are what the bare bot sends back, chat by chat.
    const warm = await round(() => rig.webhookUrl!);
    const shapes = new Map<number, Record<string, unknown>>();
    for (const c of warm.replies) {
      const { chat_id, ...rest } = c.params;
      shapes.set(Number(chat_id), rest);
    }
    bare = await startBareBot(fake, SECRET, shapes);
    const urls = [rig.webhookUrl!, bare.webhookUrl];
    await round((i) => urls[i % 2]!); // warm-up of both side by side

    const counted = { tablee: [] as number[][], bare: [] as number[][] };
    for (let k = 0; k < rounds; k++) {
      const toTablee = (i: number) => (i + k) % 2 === 0;
      const { latencies } = await round((i) => urls[toTablee(i) ? 0 : 1]!);
      counted.tablee.push(latencies.filter((_, i) => toTablee(i)));
      counted.bare.push(latencies.filter((_, i) => !toTablee(i)));
    }
    if (trace) debugReport(trace, tableeRounds);

    const t = side(counted.tablee.flat());
    const b = side(counted.bare.flat());
    const pairRatios: number[] = [];
    for (let k = 0; k + 1 < rounds; k += 2) {
      const p99 = (x: number[][]) => quantile([...x[k]!, ...x[k + 1]!], 0.99);
      pairRatios.push(p99(counted.tablee) / p99(counted.bare));
    }
    return { users, tablee: t, bare: b, ratio: t.p99 / b.p99, pairRatios, rate: users / 2 / (spreadMs / 1000) };
  } finally {
    await bare?.stop();
    await rig.stop();
    await world.close();
  }
}
