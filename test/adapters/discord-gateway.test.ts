// The gateway connection against the fake Discord: discord.js resumes lost sessions by itself and
// the bot keeps answering; a connection that cannot come back is reported as fatal (the process
// then exits non-zero) instead of leaving a deaf bot running.
import { afterEach, describe, expect, it } from "vitest";
import { discordHarness, eventually, type DiscordHarness, type DiscordHarnessOptions } from "../fakes/discord/harness.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let world: Harness | undefined;
let d: DiscordHarness | undefined;
afterEach(async () => {
  await d?.stop();
  await world?.close();
  d = undefined;
  world = undefined;
});
const start = async (opts: DiscordHarnessOptions = {}) => {
  world = await createHarness();
  d = await discordHarness(world, opts);
  await d.userSays(d.group, d.users[0], "/setup Belleville");
  return d;
};
const ops = (h: DiscordHarness, op: number) => h.fake.gateway.received.filter((p) => p.op === op);
const last = (h: DiscordHarness) => h.messages(h.group).at(-1) ?? "";

describe("Discord gateway", () => {
  it("a dropped socket is resumed with the session id and last sequence; commands sent meanwhile and after are answered", async () => {
    const d = await start();
    const [, alice, bob] = d.users;
    const before = d.fake.gateway.session!;
    d.fake.gateway.drop();
    // Sent while the bot is away: Discord keeps it for the session and replays it on RESUME.
    await d.answered(() => d.fake.slash(d.channelOf(d.group), alice.id, "cook", { day: "mardi" }));
    expect(last(d)).toContain("Alice, c'est noté : Cuisine mardi 24 novembre");
    const [resume] = ops(d, 6);
    expect(resume?.d).toMatchObject({ session_id: before.id, seq: before.seq, token: d.fake.token });
    expect(resume?.path).toBe("/resume");
    expect(ops(d, 2)).toHaveLength(1);
    await d.userSays(d.group, bob, "/cook mardi plonge");
    expect(last(d)).toContain("Bob, c'est noté : Plonge mardi 24 novembre");
    expect(d.fatal).toEqual([]);
  });

  it("op 7 RECONNECT is followed by a resume, and the bot keeps answering", async () => {
    const d = await start();
    d.fake.gateway.reconnect();
    await eventually(() => ops(d, 6).length === 1 && d.fake.gateway.connected, "a RESUME");
    await d.userSays(d.group, d.users[1], "/cook mardi");
    expect(last(d)).toContain("Alice, c'est noté");
    expect(d.fatal).toEqual([]);
  });

  it("an invalid session (op 9, not resumable) makes discord.js identify again, and the bot keeps answering", async () => {
    const d = await start();
    d.fake.gateway.invalidateSession(false);
    await eventually(() => d.fake.gateway.sessions.length === 2 && d.fake.gateway.connected, "a new session");
    expect(ops(d, 2)).toHaveLength(2);
    await d.userSays(d.group, d.users[1], "/cook mardi");
    expect(last(d)).toContain("Alice, c'est noté");
    expect(d.fatal).toEqual([]);
  });

  it("a zombie connection (heartbeats never acknowledged) is dropped and resumed", async () => {
    const d = await start({ fakeOptions: { heartbeatIntervalMs: 200 } });
    await eventually(() => ops(d, 1).length >= 2, "heartbeats");
    d.fake.gateway.ackHeartbeats = false;
    await eventually(() => ops(d, 6).length === 1, "a RESUME after missed heartbeat ACKs");
    d.fake.gateway.ackHeartbeats = true;
    await eventually(() => d.fake.gateway.connected, "the resumed connection");
    await d.userSays(d.group, d.users[1], "/cook mardi");
    expect(last(d)).toContain("Alice, c'est noté");
  });

  it("a close code Discord calls final (4004 authentication failed) is fatal and logged loudly", async () => {
    const d = await start();
    d.fake.gateway.close(4004, "Authentication failed.");
    await eventually(() => d.fatal.length === 1, "the fatal report");
    expect(d.fatal[0]?.message).toMatch(/refused the bot token \(gateway closed with 4004 Authentication failed\): check DISCORD_TOKEN/);
    expect(world!.log.lines.some((l) => l.level === "error" && /lost for good/.test(l.msg ?? ""))).toBe(true);
  });

  it("a gateway that stays unreachable past the deadline is fatal", async () => {
    const d = await start({ adapter: { reconnectDeadlineMs: 1_500 } });
    d.fake.gateway.refuse = true;
    d.fake.gateway.drop();
    await eventually(() => d.fatal.length === 1, "the fatal report");
    expect(d.fatal[0]?.message).toMatch(/did not reconnect within 2 s/);
  });

  it("sessions Discord keeps invalidating are fatal once the deadline passes", async () => {
    const d = await start({ adapter: { reconnectDeadlineMs: 1_500 } });
    d.fake.gateway.identifyAnswer = "invalid-session";
    d.fake.gateway.invalidateSession(false);
    await eventually(() => d.fatal.length === 1, "the fatal report");
    expect(d.fatal[0]?.message).toMatch(/did not reconnect/);
  });

  it("stop() closes the gateway normally and reports nothing fatal", async () => {
    const d = await start({ adapter: { reconnectDeadlineMs: 200 } });
    await d.adapter.stop();
    await eventually(() => !d.fake.gateway.connected, "the socket to close");
    // Nothing to wait for here: give a wrongly armed reconnect deadline (200 ms) time to fire.
    await new Promise((r) => setTimeout(r, 400));
    expect(d.fatal).toEqual([]);
  });
});
