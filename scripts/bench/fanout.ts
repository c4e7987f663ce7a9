// Benchmark 2: the daily announcement to 1,000 Telegram groups of one canteen, through the real
// scheduler job, delivery ledger and Telegram adapter, against the fake Bot API. The adapter
// paces to Telegram's limits run `speed` times faster (every window `speed` times shorter), so
// the bound — 1,000 messages at 30 per window — shrinks by the same factor and the ratio holds.
import type { TgChat, TgUser } from "../../test/fakes/telegram/state.ts";
import { BENCH_NOW } from "./signup.ts";
import { benchCanteen, startTelegram } from "./telegram.ts";
import { until } from "./util.ts";
import { violations } from "./windows.ts";
import { openWorld } from "./world.ts";

/** What the fan-out measured. */
export interface FanoutResult {
  groups: number;
  speed: number;
  seconds: number;
  boundSeconds: number;
  ratio: number;
  violations: number;
  duplicates: number;
  lost: number;
}

/** Announces one service to `groups` groups and checks what the fake received. */
export async function fanout(groups: number, speed: number): Promise<FanoutResult> {
  const world = await openWorld(BENCH_NOW);
  const rig = await startTelegram(world, { speed });
  try {
    const fake = rig.fake;
    const chats: TgChat[] = [];
    for (let i = 0; i < groups; i++)
      chats.push(await fake.call<TgChat>("state", "addGroup", `Cantine ${i + 1}`, i % 2 === 0 ? "group" : "supergroup"));
    const canteenId = await benchCanteen(
      world,
      chats[0]!.id,
      await fake.call<TgUser>("state", "addUser", { first_name: "Mona", language_code: "fr" }),
    );
    await world.db.prisma.group.createMany({
      data: chats.slice(1).map((c) => ({ address: `telegram:${c.id}`, platform: "telegram", title: c.title ?? null, canteenId })),
    });
    const canteen = (await world.store.canteen(canteenId))!;
    const wanted = new Set(chats.map((c) => c.id));
    const sends = async () => (await fake.refresh()).filter((c) => c.method === "sendMessage" && wanted.has(Number(c.params.chat_id)));

    world.ledger.start();
    const started = performance.timeOrigin + performance.now();
    await world.core.rhythm.execute(canteen, "announce", "2026-11-23", world.clock.now());
    await until(async () => (await sends()).length >= groups, "every group to get the announcement", 600_000, 50);
    const last = Math.max(...(await sends()).map((c) => c.hr));
    // Anything still in flight (a duplicate) would arrive now.
    await until(
      async () => (await world.db.prisma.delivery.count({ where: { status: { in: ["pending", "claimed", "sending"] } } })) === 0,
      "the ledger to settle",
    );
    await world.ledger.stop();

    const received = await sends();
    const perChat = new Map<number, number>();
    for (const c of received) {
      const text = String(c.params.text);
      if (!text.includes("Cantine du banc d'essai")) throw new Error(`unexpected announcement text: ${text.slice(0, 80)}`);
      perChat.set(Number(c.params.chat_id), (perChat.get(Number(c.params.chat_id)) ?? 0) + 1);
    }
    const window = rig.policy.global[0]!;
    const boundSeconds = (groups / window.limit) * (window.windowMs / 1000);
    const seconds = (last - started) / 1000;
    const paced = (await fake.refresh()).filter((c) => c.method === "sendMessage" || c.method.startsWith("editMessage"));
    return {
      groups,
      speed,
      seconds,
      boundSeconds,
      ratio: seconds / boundSeconds,
      violations: violations(
        paced.map((c) => ({ at: c.hr, chat: String(c.params.chat_id) })),
        rig.policy,
      ),
      duplicates: [...perChat.values()].reduce((n, k) => n + k - 1, 0),
      lost: chats.filter((c) => !perChat.has(c.id)).length,
    };
  } finally {
    await rig.stop();
    await world.close();
  }
}
