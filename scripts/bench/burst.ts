// Benchmark 3: a headcount burst. The day's announcement is posted in one Telegram group, then
// 200 people press "Je mange" within a minute (callback queries through the fake, long polling).
// Each answer is recorded and the announcement's count is edited live, coalesced by the ledger
// and paced by the adapter. Time may run `speed` times faster: the bot's clock (which the
// ledger's 3 s edit coalescing follows), the ledger's polling, the adapter's rate windows and
// the burst's minute all shrink together, so edits per (shortened) minute compare to 20 as is.
import type { TgChat, TgUser } from "../../test/fakes/telegram/state.ts";
import { BENCH_NOW } from "./signup.ts";
import { benchCanteen, startTelegram } from "./telegram.ts";
import { sleep, until } from "./util.ts";
import { maxInWindow, violations } from "./windows.ts";
import { openWorld } from "./world.ts";

/** What the burst measured. */
export interface BurstResult {
  voters: number;
  speed: number;
  /** Yes answers recorded, and the count the announcement finally shows. */
  recorded: number;
  shown: number;
  edits: number;
  maxEditsPerMinute: number;
  /** Requests into the group (edits) beyond the per-chat limits. */
  violations: number;
  /** Seconds from the first press to the announcement showing everyone. */
  settleSeconds: number;
}

/** Runs the burst with `voters` people over one (scaled) minute. */
export async function burst(voters: number, speed: number): Promise<BurstResult> {
  const world = await openWorld(BENCH_NOW, { speed, ledger: { pollMs: 500 / speed } });
  const rig = await startTelegram(world, { speed });
  const fake = rig.fake;
  try {
    const group = await fake.call<TgChat>("state", "addGroup", "Cantine du banc d'essai");
    const canteenId = await benchCanteen(
      world,
      group.id,
      await fake.call<TgUser>("state", "addUser", { first_name: "Mona", language_code: "fr" }),
    );
    const people: TgUser[] = [];
    for (let i = 0; i < voters; i++)
      people.push(await fake.call<TgUser>("state", "addUser", { first_name: `Convive ${i}`, language_code: "fr" }));
    const date = BENCH_NOW.toISOString().slice(0, 10);
    const inGroup = async (method: string) =>
      (await fake.refresh()).filter((c) => c.method === method && Number(c.params.chat_id) === group.id);

    world.ledger.start();
    await world.core.rhythm.execute((await world.store.canteen(canteenId))!, "announce", date, world.clock.now());
    await until(async () => (await inGroup("sendMessage")).length > 0, "the announcement");

    // Everyone presses once, at a random instant of the (scaled) minute.
    const minute = 60_000 / speed;
    const started = performance.timeOrigin + performance.now();
    const at = people.map(() => Math.random() * minute).sort((a, b) => a - b);
    await Promise.all(
      people.map(async (p, i) => {
        await sleep(at[i]!);
        await fake.call("fake", "press", group.id, p, /Je mange/);
      }),
    );
    const shows = (n: number) => new RegExp(`🙋 ${n} couverts? \\(${n} personnes?`);
    const announcement = async () => (await fake.call<{ text: string }[]>("state", "botMessages", group.id))[0]!.text;
    await until(async () => shows(voters).test(await announcement()), "the announcement to show every voter", 120_000, 20);
    const settled = performance.timeOrigin + performance.now();
    await sleep(2 * (3_000 / speed)); // any edit still coalescing would land now

    const answers = await world.store.answers(canteenId, date);
    const shown = Number(/🙋 (\d+)/.exec(await announcement())?.[1] ?? NaN);
    const edits = await inGroup("editMessageText");
    return {
      voters,
      speed,
      recorded: answers.filter((a) => a.eating).length,
      shown,
      edits: edits.length,
      maxEditsPerMinute: maxInWindow(
        edits.map((c) => c.hr),
        minute,
      ),
      violations: violations(
        [...(await inGroup("sendMessage")), ...edits].map((c) => ({ at: c.hr, chat: String(group.id) })),
        rig.policy,
      ),
      settleSeconds: (settled - started) / 1000,
    };
  } finally {
    await world.ledger.stop();
    await rig.stop();
    await world.close();
  }
}
