// /tableau · /board from each chat app, against the fake platforms: the login link reaches only
// the person who asked (Telegram private chat, Slack and Discord ephemeral answers), never a group.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";
import { startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";
import { discordHarness, eventually, type DiscordHarness } from "../fakes/discord/harness.ts";
import { inspectLoginLink } from "../../src/features/board/login.ts";

const BOARD = "http://board.test";
const LINK = /http:\/\/board\.test\/login\/[A-Za-z0-9_-]{43}/;

describe("/board in the core", () => {
  let world: Harness;
  afterEach(() => world.close());

  it("answers in a private chat with a link button valid 10 minutes, stored only as a hash", async () => {
    world = await createHarness("2026-11-30T08:00:00Z", { boardUrl: BOARD });
    await world.say("Mona", "/setup Cantine", { chat: "telegram:-100" });
    const out = await world.send("Mona", "/tableau", { chat: "telegram:mona", private: true });
    const m = out.replies[0]!;
    expect(m.lines.map((l) => l.spans.join(""))).toContain("🔑 Ton lien de connexion au tableau (valable 10 minutes, une seule fois) :");
    const url = m.buttons.flat()[0]!.url!;
    expect(url).toMatch(LINK);
    const token = url.split("/").pop()!;
    expect((await inspectLoginLink(world.store, token, world.clock.now())).state).toBe("valid");
    expect((await inspectLoginLink(world.store, token, new Date(world.clock.now().getTime() + 10 * 60_000))).state).toBe("expired");
  });

  it("says so when the board is not served, and tells someone unknown to join a canteen first", async () => {
    world = await createHarness("2026-11-30T08:00:00Z");
    await world.say("Mona", "/setup Cantine", { chat: "telegram:-100" });
    expect(await world.say("Mona", "/board", { chat: "telegram:-100" })).toContain("n'est pas servi");
    await world.close();
    world = await createHarness("2026-11-30T08:00:00Z", { boardUrl: BOARD });
    expect(await world.say("Nobody", "/board", { chat: "telegram:nobody", private: true })).toContain(
      "Tu ne fais encore partie d'aucune cantine",
    );
  });
});

describe("/tableau in a Telegram group", () => {
  let world: Harness;
  let t: TelegramHarness;
  beforeEach(async () => {
    world = await createHarness("2026-11-30T08:00:00Z", { boardUrl: BOARD });
    t = await telegramHarness(world);
    world.ledger.attach(t.adapter);
    await t.userSays(t.group, t.users[0], "/setup Belleville");
  });
  afterEach(async () => {
    await t.stop();
    await world.close();
  });

  it("sends the link in the private chat, without a preview, and tells the group it was sent privately", async () => {
    const { bob } = t.people;
    const dm = t.fake.state.privateChat(bob).chat.id;
    await t.userSays(t.group, t.users[2], "/tableau");
    await world.ledger.drain();
    expect(t.messages(t.group).at(-1)).toBe("Bob, je t'ai envoyé ton lien pour le tableau en message privé.");
    const sent = t.fake.callsOf("sendMessage").filter((c) => Number(c.params.chat_id) === dm);
    expect(sent).toHaveLength(1);
    const keyboard = JSON.stringify(sent[0]!.params.reply_markup);
    expect(keyboard).toMatch(LINK);
    expect(JSON.stringify(sent[0]!.params.link_preview_options)).toContain('"is_disabled":true');
    for (const c of t.fake.callsOf("sendMessage").filter((x) => Number(x.params.chat_id) === t.groupChat.id)) {
      expect(JSON.stringify(c.params)).not.toContain("/login/");
    }
  });

  it("someone who never started the bot gets, in the group, a button that opens the private chat — and no link", async () => {
    await t.userSays(t.group, t.users[1], "/tableau");
    await world.ledger.drain();
    await eventually(() => t.messages(t.group).some((m) => m.includes("Démarrer")), "the start-chat button in the group");
    const groupSends = t.fake.callsOf("sendMessage").filter((c) => Number(c.params.chat_id) === t.groupChat.id);
    const fallback = groupSends.at(-1)!;
    expect(String(fallback.params.text)).toContain("je ne peux pas encore t'écrire en privé");
    expect(JSON.stringify(fallback.params.reply_markup)).toMatch(/"url":"https:\/\/t\.me\/\w+\?start=board"/);
    for (const c of groupSends) expect(JSON.stringify(c.params)).not.toContain("/login/");
    // Pressing Start opens the private chat and sends "/start board": the link comes there.
    t.fake.state.privateChat(t.people.alice);
    await t.userSays(`telegram:${t.people.alice.id}`, t.users[1], "/start board");
    expect(JSON.stringify(t.fake.callsOf("sendMessage").at(-1)!.params.reply_markup)).toMatch(LINK);
    expect(t.fake.callsOf("sendMessage").at(-1)!.params.chat_id).toBe(t.people.alice.id);
  });
});

describe("/tableau on Slack and Discord", () => {
  let world: Harness;
  beforeEach(async () => {
    world = await createHarness("2026-11-30T08:00:00Z", { boardUrl: BOARD });
  });
  afterEach(() => world.close());

  it("Slack: an ephemeral answer with a link button, nothing in the channel", async () => {
    const s: SlackWorld = await startSlackWorld(world);
    try {
      await s.says(s.channels.group, s.users.mona, "/setup Belleville");
      const before = s.api.messages(s.channels.group).length;
      await s.says(s.channels.group, s.users.alice, "/tableau");
      expect(s.api.messages(s.channels.group)).toHaveLength(before);
      const mine = s.api.ephemerals.filter((e) => e.user === s.users.alice.id);
      expect(mine).toHaveLength(1);
      const button = JSON.stringify(mine[0]!.blocks);
      expect(button).toMatch(new RegExp(`"url":"${LINK.source}"`));
      expect(JSON.stringify(s.api.messages(s.channels.group))).not.toContain("/login/");
    } finally {
      await s.stop();
    }
  });

  it("Discord: an ephemeral answer with a link button and no embeds", async () => {
    const d: DiscordHarness = await discordHarness(world);
    try {
      await d.userSays(d.group, d.users[0], "/setup Belleville");
      await d.userSays(d.group, d.users[1], "/board");
      const mine = d.fake.ephemeralFor(d.users[1].id);
      expect(mine).toHaveLength(1);
      const link = mine[0]!.components
        .flat()
        .flatMap((r) => r.components)
        .find((b) => b.style === 5) as { url?: string } | undefined;
      expect(link?.url).toMatch(LINK);
      const sent = d.fake.rest.calls.filter(
        (c) => /\/interactions\/|\/webhooks\//.test(c.path) && JSON.stringify(c.body ?? "").includes("/login/"),
      );
      expect(
        sent.map((c) => (c.body as { flags?: number; data?: { flags?: number } }).data?.flags ?? (c.body as { flags?: number }).flags),
      ).toEqual([64 | 4]);
      expect(d.messages(d.group).join("\n")).not.toContain("/login/");
    } finally {
      await d.stop();
    }
  });
});
