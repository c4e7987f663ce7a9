// Sliding-window arithmetic over recorded request times, to check a run against rate limits.
import type { RatePolicy, RateWindow } from "../../src/kernel/adapter.ts";
export { maxInWindow } from "../../test/helpers/recording-adapter.ts";

/**
 * Indexes (into `times`) of the requests a server enforcing `w` would refuse: those arriving
 * when `limit` requests already arrived within the last `windowMs`. Refused requests are counted
 * as arrived too, which makes the count strict.
 */
function overLimit(times: number[], w: RateWindow): Set<number> {
  const order = times.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Set<number>();
  for (let i = 0, j = 0; i < order.length; i++) {
    while (order[i]![0] - order[j]![0] >= w.windowMs) j++;
    if (i - j + 1 > w.limit) out.add(order[i]![1]);
  }
  return out;
}

/** One request as the fake recorded it: when it arrived and into which chat. */
export interface Arrival {
  at: number;
  chat: string;
}

/** How many requests break the policy, bot-wide or in their chat (each request counted once). */
export function violations(arrivals: Arrival[], policy: RatePolicy): number {
  const bad = new Set<number>();
  for (const w of policy.global)
    for (const i of overLimit(
      arrivals.map((a) => a.at),
      w,
    ))
      bad.add(i);
  const byChat = new Map<string, number[]>();
  arrivals.forEach((a, i) => byChat.set(a.chat, [...(byChat.get(a.chat) ?? []), i]));
  for (const indexes of byChat.values()) {
    for (const w of policy.perChat)
      for (const k of overLimit(
        indexes.map((i) => arrivals[i]!.at),
        w,
      ))
        bad.add(indexes[k]!);
  }
  return bad.size;
}

/** The same policy with time running `speed` times faster: every window `speed` times shorter. */
export function scaledPolicy(policy: RatePolicy, speed: number): RatePolicy {
  const scale = (w: RateWindow): RateWindow => ({ limit: w.limit, windowMs: w.windowMs / speed });
  return { global: policy.global.map(scale), perChat: policy.perChat.map(scale) };
}
