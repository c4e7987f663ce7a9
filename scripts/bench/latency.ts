// Benchmark 4: command → reply latency through the Telegram adapter in webhook mode, with 200
// people typing "/cuisiner <date> <poste>" in 200 private chats at once. Each person sends a
// command, gets the reply, thinks, and sends the next one — never sooner than Telegram's per-chat
// limit (1 message a second) allows, so that limit is never what is measured. The bot-wide limit
// (30 messages a second, meant for bulk sends) is lifted for this run through the adapter's
// rate-policy option, or replies would queue in the pacer as soon as more than 30 people a second
// type. The fake Bot API (its own process) plays Telegram: it POSTs the updates to the webhook,
// concurrently, and records the replies on the same clock; latency runs from the POST to the
// fake recording the sendMessage of the reply.
import { TELEGRAM_RATE_POLICY } from "../../adapters/telegram/adapter.ts";
import type { TgChat, TgUser } from "../../test/fakes/telegram/state.ts";
import type { WebhookLoad } from "./fake-process.ts";
import { BENCH_NOW, inFlight, signupPlan } from "./signup.ts";
import { benchCanteen, startTelegram } from "./telegram.ts";
import { quantile } from "./util.ts";
import { openWorld } from "./world.ts";

/** What the latency run measured. */
export interface LatencyResult {
  users: number;
  commands: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Commands per second the 200 people managed. */
  rate: number;
}

const wallNow = () => performance.timeOrigin + performance.now();

/** Debugging aid (BENCH_DEBUG=1): how long the core and each store call take. */
function instrument(world: Awaited<ReturnType<typeof openWorld>>): Map<string, number[]> {
  const times = new Map<string, number[]>();
  const wrap = (obj: Record<string, unknown>, name: string, label: string) => {
    const f = obj[name] as (...a: unknown[]) => Promise<unknown>;
    obj[name] = async (...a: unknown[]) => {
      const t = performance.now();
      try {
        return await f(...a);
      } finally {
        times.set(label, [...(times.get(label) ?? []), performance.now() - t]);
      }
    };
  };
  wrap(world.core as unknown as Record<string, unknown>, "handle", "core.handle");
  const handle = world.core.handle.bind(world.core);
  (world.core as { handle: typeof handle }).handle = async (e) => {
    times.set(`start|${e.chat.address}`, [...(times.get(`start|${e.chat.address}`) ?? []), wallNow()]);
    const out = await handle(e);
    times.set(`end|${e.chat.address}`, [...(times.get(`end|${e.chat.address}`) ?? []), wallNow()]);
    return out;
  };
  for (const m of ["claimDelivery", "findChat", "canteensOf", "ensureMember", "claimSeat"])
    wrap(world.store as unknown as Record<string, unknown>, m, m);
  return times;
}

/** Runs `rounds` commands for each of `users` people. */
export async function latency(users: number, rounds: number, thinkMs = 1_030): Promise<LatencyResult> {
  const world = await openWorld(BENCH_NOW);
  const trace = process.env.BENCH_DEBUG ? instrument(world) : undefined;
  const policy = { global: [{ limit: 1_000_000, windowMs: 1_000 }], perChat: TELEGRAM_RATE_POLICY.perChat };
  const rig = await startTelegram(world, { webhook: true, policy });
  const fake = rig.fake;
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

    const plan = signupPlan(users * rounds);
    const load: WebhookLoad = {
      url: rig.webhookUrl!,
      secret: "bench-secret",
      people: people.map((user, i) => ({
        user,
        texts: Array.from({ length: rounds }, (_, r) => plan[r * users + i]!.text.replace("/cook", "/cuisiner")),
      })),
      thinkMs,
      // The webhook answers once the reply is sent: waiting Telegram's per-chat second (and the
      // pacer's margin) from then on keeps every reply clear of the per-chat limit.
      minGapMs: TELEGRAM_RATE_POLICY.perChat[0]!.windowMs + 30,
    };
    const started = performance.now();
    const sent = await fake.call<{ chat: number; at: number }[]>("fake", "webhookLoad", load);
    const seconds = (performance.now() - started) / 1000;
    if (trace) {
      for (const [k, v] of trace)
        if (!k.includes("|"))
          console.log(k.padEnd(16), "n", v.length, "p50", quantile(v, 0.5).toFixed(1), "p99", quantile(v, 0.99).toFixed(1));
      const calls = (await fake.refresh()).filter((c) => c.method === "sendMessage");
      const before: number[] = [];
      const after: number[] = [];
      const perChat = new Map<number, number>();
      for (const x of sent) {
        const k = perChat.get(x.chat) ?? 0;
        perChat.set(x.chat, k + 1);
        const st = trace.get(`start|telegram:${x.chat}`)?.[k];
        const en = trace.get(`end|telegram:${x.chat}`)?.[k];
        const arr = calls.filter((c) => Number(c.params.chat_id) === x.chat)[k]?.hr;
        if (st && en && arr) {
          before.push(st - x.at);
          after.push(arr - en);
        }
      }
      console.log("post→handle p50", quantile(before, 0.5).toFixed(1), "p99", quantile(before, 0.99).toFixed(1));
      console.log("handled→arrival p50", quantile(after, 0.5).toFixed(1), "p99", quantile(after, 0.99).toFixed(1));
    }

    const replies = (await fake.refresh()).filter((c) => c.method === "sendMessage");
    const byChat = new Map<number, number[]>();
    for (const c of replies) byChat.set(Number(c.params.chat_id), [...(byChat.get(Number(c.params.chat_id)) ?? []), c.hr]);
    const latencies = sent.map((s) => {
      const reply = byChat.get(s.chat)?.find((t) => t >= s.at);
      if (reply === undefined) throw new Error(`no reply in chat ${s.chat}`);
      byChat.get(s.chat)!.splice(byChat.get(s.chat)!.indexOf(reply), 1);
      return reply - s.at;
    });
    return {
      users,
      commands: sent.length,
      p50: quantile(latencies, 0.5),
      p90: quantile(latencies, 0.9),
      p99: quantile(latencies, 0.99),
      max: Math.max(...latencies),
      rate: sent.length / seconds,
    };
  } finally {
    await rig.stop();
    await world.close();
  }
}
