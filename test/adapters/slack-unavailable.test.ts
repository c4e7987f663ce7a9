// Slack when the canteen's database cannot save (its disk really full: a small tmpfs filled to
// the last byte). An Events API request (an @mention) is refused with 503, so Slack delivers it
// again, and nothing is posted; once space is freed, Slack's retry is handled and answered once.
// A slash command, which Slack never repeats, is answered "could not save, try again".
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { mountTmpfs, type TestMount } from "../reliability/support/console-process.ts";

let mount: TestMount | undefined;
let world: Harness | undefined;
let s: SlackWorld | undefined;
afterEach(async () => {
  await s?.stop();
  await world?.close();
  mount?.unmount();
  s = world = mount = undefined;
});

/** Writes `path` until its disk has not one byte left. */
function fillDisk(path: string): void {
  const fd = openSync(path, "w");
  try {
    for (const size of [1 << 20, 1 << 12, 1]) {
      try {
        for (const chunk = Buffer.alloc(size, 1); ;) writeSync(fd, chunk);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOSPC") throw e;
      }
    }
  } finally {
    closeSync(fd);
  }
}

describe("Slack when the database cannot save", () => {
  it("refuses an event with 503 and handles Slack's retry once the disk has room again", { timeout: 60_000 }, async () => {
    mount = mountTmpfs("8m");
    world = await createHarness("2026-11-23T08:00:00Z", {
      database: { url: `file:${join(mount.dir, "t.db")}`, drop: async () => undefined },
    });
    s = await startSlackWorld(world);
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    const filler = join(mount.dir, "filler");
    fillDisk(filler);

    const mention = s.slack.mention(s.channels.group, s.users.alice, "<@U0BOT> cook tuesday");
    expect((await s.deliver(mention)).status).toBe(503);
    const slash = s.slack.slashCommand(s.channels.group, s.users.alice, "/cook", "wednesday");
    expect((await s.deliver(slash)).status).toBe(200);
    await s.adapter.idle();
    const during = s.api.messages(s.channels.group);
    expect(during.filter((m) => m.includes("n'a pas pu enregistrer ça"))).toHaveLength(1);
    expect(during.join("\n")).not.toMatch(/c'est noté|😕/);

    rmSync(filler);
    expect((await s.deliver(mention, { retryNum: 1, retryReason: "http_error" })).status).toBe(200);
    await s.adapter.idle();
    expect(s.api.messages(s.channels.group).filter((m) => m.includes("c'est noté"))).toHaveLength(1);
  });
});
