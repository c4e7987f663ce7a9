// Debugging aid of the latency benchmark (BENCH_DEBUG=1): how long the core and each store call
// take, and where the rest of Tablée's latency goes (before the core is called, after it answers).
import type { TimedCall } from "./remote-fake.ts";
import { quantile } from "./util.ts";
import type { BenchWorld } from "./world.ts";

const wallNow = () => performance.timeOrigin + performance.now();

/** Wraps the core and some store calls of `world` to time them; returns the times by label. */
export function instrument(world: BenchWorld): Map<string, number[]> {
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

/** Prints the timings of `trace` over Tablée's rounds (warm-up included: the trace saw it too). */
export function debugReport(trace: Map<string, number[]>, rounds: { sent: { chat: number; at: number }[]; replies: TimedCall[] }[]): void {
  for (const [k, v] of trace)
    if (!k.includes("|")) console.log(k.padEnd(16), "n", v.length, "p50", quantile(v, 0.5).toFixed(1), "p99", quantile(v, 0.99).toFixed(1));
  const before: number[] = [];
  const after: number[] = [];
  const perChat = new Map<number, number>();
  rounds.forEach(({ sent, replies }) => {
    for (const x of sent) {
      const k = perChat.get(x.chat) ?? 0;
      perChat.set(x.chat, k + 1);
      const st = trace.get(`start|telegram:${x.chat}`)?.[k];
      const en = trace.get(`end|telegram:${x.chat}`)?.[k];
      const arr = replies.find((c) => Number(c.params.chat_id) === x.chat)?.hr;
      if (st && en && arr) {
        before.push(st - x.at);
        after.push(arr - en);
      }
    }
  });
  console.log("post→handle p50", quantile(before, 0.5).toFixed(1), "p99", quantile(before, 0.99).toFixed(1));
  console.log("handled→arrival p50", quantile(after, 0.5).toFixed(1), "p99", quantile(after, 0.99).toFixed(1));
}
