// What the delivery ledger relies on, against the fake Discord: idempotent posts (nonce +
// enforce_nonce), edits, DMs, failures classified for the ledger, 429s honoured, and a fan-out
// that stays within Discord's limits.
import { afterEach, describe, expect, it } from "vitest";
import { DeliveryError } from "../../src/kernel/adapter.ts";
import { message, type Message } from "../../src/kernel/model.ts";
import { discordHarness, eventually, type DiscordHarness } from "../fakes/discord/harness.ts";
import { failures, type RecordedCall } from "../fakes/discord/rest.ts";
import { invalidForm } from "../fakes/discord/validate.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let world: Harness | undefined;
let d: DiscordHarness | undefined;
afterEach(async () => {
  await d?.stop();
  await world?.close();
  d = undefined;
  world = undefined;
});
const start = async () => {
  world = await createHarness();
  d = await discordHarness(world);
  return d;
};
const menu = (text: string): Message => message().title("Menu").text(text).build();
const failure = (e: unknown) => (e instanceof DeliveryError ? { failure: e.failure, retryAfterMs: e.retryAfterMs } : e);
const posts = (h: DiscordHarness, channelId: string): RecordedCall[] => h.fake.rest.callsTo("POST", `/channels/${channelId}/messages`);

describe("Discord delivery for the ledger", () => {
  it("posts with a nonce derived from the delivery key and enforce_nonce, so a retried post never makes a second message", async () => {
    const d = await start();
    const channel = d.channelOf(d.group);
    const first = await d.adapter.post(d.group, menu("Dahl"), { deliveryKey: "announce:2026-11-24:discord:1234567890" });
    const retried = await d.adapter.post(d.group, menu("Dahl"), { deliveryKey: "announce:2026-11-24:discord:1234567890" });
    const other = await d.adapter.post(d.group, menu("Dahl"), { deliveryKey: "announce:2026-11-25:discord:1234567890" });
    expect(retried).toBe(first);
    expect(other).not.toBe(first);
    const [a, b] = posts(d, channel).map((c) => c.body as { nonce: string; enforce_nonce: boolean });
    expect(a).toMatchObject({ enforce_nonce: true });
    expect(a!.nonce.length).toBeLessThanOrEqual(25);
    expect(b!.nonce).toBe(a!.nonce);
    expect(d.messages(d.group)).toHaveLength(2);
  });

  it("edits a posted message in place: text and buttons replaced", async () => {
    const d = await start();
    const id = await d.adapter.post(d.group, message().text("12 couverts").buttons({ label: "Je mange", command: "/eat today" }).build(), {
      deliveryKey: "k1",
    });
    await d.adapter.edit(d.group, id, message().text("13 couverts").build());
    const m = d.fake.world.messages.get(id)!;
    expect(d.fake.seen(m)).toBe("13 couverts");
    expect(m.components).toEqual([]);
  });

  it("renders mentions only for Discord people, and only they may be pinged", async () => {
    const d = await start();
    const [, alice] = d.users;
    const m = message()
      .text({ mention: { address: alice.address, name: "Alice" } }, " et ", { mention: { address: "telegram:42", name: "Tom_*" } })
      .build();
    const id = await d.adapter.post(d.group, m, { deliveryKey: "k2" });
    expect(posts(d, d.channelOf(d.group))[0]?.body).toMatchObject({
      content: `<@${alice.id}> et Tom\\_\\*`,
      allowed_mentions: { parse: [], users: [alice.id] },
    });
    expect(d.fake.seen(d.fake.world.messages.get(id)!)).toBe("@Alice et Tom_*");
  });

  it("puts text too long for a message into an embed, and wraps buttons five to a row", async () => {
    const d = await start();
    const long = message();
    for (let i = 0; i < 50; i++) long.item(`Ligne ${i} — une ligne de menu assez longue pour dépasser`);
    long.buttons(...Array.from({ length: 7 }, (_, i) => ({ label: `B${i}`, command: `/slots ${i}` })));
    const id = await d.adapter.post(d.group, long.build(), { deliveryKey: "k3" });
    const m = d.fake.world.messages.get(id)!;
    expect(m.content).toBe("");
    expect(m.embeds[0]?.description?.length).toBeGreaterThan(2000);
    expect(d.fake.seen(m)).toContain("• Ligne 49 — une ligne de menu assez longue pour dépasser");
    expect(m.components.map((r) => r.components.length)).toEqual([5, 2]);
  });

  it("classifies failures: 403/404 gone and never retried, 5xx ambiguous (resent with the nonce), 400 rejected", async () => {
    const d = await start();
    const channel = d.channelOf(d.group);
    const path = `/channels/${channel}/messages`;
    d.fake.rest.failNext({ method: "POST", path }, failures.unknownChannel());
    expect(failure(await d.adapter.post(d.group, menu("a"), { deliveryKey: "a" }).catch((e) => e))).toEqual({
      failure: "gone",
      retryAfterMs: undefined,
    });
    d.fake.rest.failNext({ method: "POST", path }, failures.missingAccess());
    expect(failure(await d.adapter.post(d.group, menu("b"), { deliveryKey: "b" }).catch((e) => e))).toMatchObject({ failure: "gone" });
    expect(posts(d, channel).map((c) => c.status)).toEqual([404, 403]);
    d.fake.rest.failNext({ method: "POST", path }, failures.serverError(), 4);
    expect(failure(await d.adapter.post(d.group, menu("c"), { deliveryKey: "c" }).catch((e) => e))).toMatchObject({ failure: "ambiguous" });
    const before = posts(d, channel).length;
    d.fake.rest.failNext({ method: "POST", path }, invalidForm(["content: bad"]));
    expect(failure(await d.adapter.post(d.group, menu("d"), { deliveryKey: "d" }).catch((e) => e))).toMatchObject({ failure: "rejected" });
    expect(posts(d, channel)).toHaveLength(before + 1);
  });

  it("a 429 pauses that channel for retry_after: its next post waits, other channels do not", async () => {
    const d = await start();
    const channel = d.channelOf(d.group);
    d.fake.rest.failNext({ method: "POST", path: `/channels/${channel}/messages` }, failures.rateLimited(1.2));
    const err = failure(await d.adapter.post(d.group, menu("a"), { deliveryKey: "a" }).catch((e) => e));
    expect(err).toMatchObject({ failure: "rate-limited" });
    expect((err as { retryAfterMs: number }).retryAfterMs).toBeGreaterThanOrEqual(1200);
    const limitedAt = posts(d, channel)[0]!.at;
    const again = d.adapter.post(d.group, menu("a"), { deliveryKey: "a" });
    await d.adapter.post(d.otherGroup, menu("b"), { deliveryKey: "b" });
    await again;
    const otherAt = posts(d, d.channelOf(d.otherGroup))[0]!.at;
    const retriedAt = posts(d, channel)[1]!.at;
    expect(otherAt).toBeLessThan(retriedAt);
    expect(retriedAt - limitedAt).toBeGreaterThanOrEqual(1200);
  });

  it("a global 429 pauses every channel", async () => {
    const d = await start();
    d.fake.rest.failNext({ method: "POST", path: `/channels/${d.channelOf(d.group)}/messages` }, failures.rateLimited(2, true));
    const err = await d.adapter.post(d.group, menu("a"), { deliveryKey: "a" }).catch((e) => e);
    expect(failure(err)).toMatchObject({ failure: "rate-limited" });
    const limitedAt = posts(d, d.channelOf(d.group))[0]!.at;
    await d.adapter.post(d.otherGroup, menu("b"), { deliveryKey: "b" });
    expect(posts(d, d.channelOf(d.otherGroup))[0]!.at - limitedAt).toBeGreaterThanOrEqual(2000);
  });

  it("the ledger's fence runs right before the post, and a fence that throws sends nothing", async () => {
    const d = await start();
    const seen: number[] = [];
    await d.adapter.post(d.group, menu("a"), {
      deliveryKey: "a",
      beforeSend: async () => void seen.push(posts(d, d.channelOf(d.group)).length),
    });
    expect(seen).toEqual([0]);
    const lost = new Error("lease lost");
    const err = await d.adapter.post(d.group, menu("b"), { deliveryKey: "b", beforeSend: () => Promise.reject(lost) }).catch((e) => e);
    expect(err).toBe(lost);
    expect(posts(d, d.channelOf(d.group))).toHaveLength(1);
  });

  it("a DM opens the person's DM channel and posts there; closed DMs are 'unreachable'", async () => {
    const d = await start();
    const [, alice, bob] = d.users;
    const sent = await d.adapter.dm(alice.address, message().text("Rappel : tu cuisines demain").build(), { deliveryKey: "remind:1" });
    const dm = d.fake.world.dmChannel(d.fake.world.users.get(alice.id)!);
    expect(sent.chat).toBe(`discord:${dm.id}`);
    expect(d.fake.seen(d.fake.world.messages.get(sent.messageId)!)).toBe("Rappel : tu cuisines demain");
    d.fake.world.dmsClosed.add(bob.id);
    const err = await d.adapter.dm(bob.address, message().text("Rappel").build(), { deliveryKey: "remind:2" }).catch((e) => e);
    expect(failure(err)).toMatchObject({ failure: "unreachable" });
  });

  it("an announcement fan-out to 60 channels, and 7 posts into one, stays within Discord's limits", async () => {
    const d = await start();
    const channels = Array.from({ length: 60 }, (_, i) => d.fake.world.addChannel(d.belleville, `cantine-${i}`));
    const sends = [
      ...channels.map((c, i) => d.adapter.post(`discord:${c.id}`, menu(`Dahl ${i}`), { deliveryKey: `fan:${i}` })),
      ...Array.from({ length: 7 }, (_, i) => d.adapter.post(d.group, menu(`Relance ${i}`), { deliveryKey: `busy:${i}` })),
    ];
    const ids = await Promise.all(sends);
    expect(new Set(ids).size).toBe(67);
    const calls = d.fake.rest.calls.filter((c) => c.method === "POST" && /^\/channels\/\d+\/messages$/.test(c.path));
    expect(calls.filter((c) => c.status !== 200)).toEqual([]);
    const busy = posts(d, d.channelOf(d.group)).map((c) => c.at);
    for (let i = 5; i < busy.length; i++) expect(busy[i]! - busy[i - 5]!).toBeGreaterThanOrEqual(5000);
  });

  it("a reply that Discord rate-limits is sent again after retry_after", async () => {
    const d = await start();
    const [mona, alice] = d.users;
    await d.userSays(d.group, mona, "/setup Belleville");
    await d.userSays(d.group, mona, "/slots");
    d.fake.rest.failNext({ method: "POST", path: new RegExp(`^/webhooks/${d.fake.applicationId}/[^/]+$`) }, failures.rateLimited(2));
    await d.press(d.group, alice, /Cuisine mar/);
    await eventually(() => d.toasts(alice).length === 1, "the toast");
    const followUps = d.fake.rest.callsTo("POST", new RegExp(`^/webhooks/${d.fake.applicationId}/[^/]+$`));
    expect(followUps.map((c) => c.status)).toEqual([429, 200]);
    expect(followUps[1]!.at - followUps[0]!.at).toBeGreaterThanOrEqual(2000);
  });
});
