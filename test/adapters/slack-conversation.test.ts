// People talking to Tablée on Slack: slash commands (the /tablee entry point and per-command
// ones), buttons, @mentions and direct messages — through the real Bolt app and a fake Slack.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";

let world: Harness;
let s: SlackWorld;
beforeEach(async () => {
  world = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  s = await startSlackWorld(world);
});
afterEach(async () => {
  await s.stop();
  await world.close();
});

const last = (channel: string) => s.api.messages(channel).at(-1) ?? "";

describe("Slack slash commands", () => {
  it("sign people up through the /tablee entry point in French and through /cook in English", async () => {
    const { mona, alice, bob } = s.users;
    const group = s.channels.group;
    await s.says(group, mona, "/tablee installer Cantine de Belleville");
    expect(last(group)).toContain("« Cantine de Belleville » est créée");
    const res = await s.says(group, alice, "/tablee cuisiner mardi");
    expect(res.status).toBe(200);
    expect(last(group)).toContain("Alice, c'est noté : Cuisine mardi 24 novembre (1/3)");
    await s.says(group, bob, "/cook tuesday");
    expect(last(group)).toContain("Bob, c'est noté : Cuisine mardi 24 novembre (2/3)");
    await s.says(group, bob, "/creneaux");
    expect(last(group)).toMatch(/Cuisine 2\/3 : Alice, Bob/);
  });

  it("answer /tablee alone with the help, and a mistyped command with a suggestion", async () => {
    const group = s.channels.group;
    await s.says(group, s.users.mona, "/tablee");
    expect(last(group)).toContain("/cuisiner");
    await s.says(group, s.users.mona, "/tablee cuisner mardi");
    expect(last(group)).toContain("/cuisiner");
    expect(last(group)).toContain("/cuisner");
  });

  it("reach the rare commands that have no slash command of their own through /tablee, in French and English", async () => {
    const { mona, alice } = s.users;
    const group = s.channels.group;
    await s.says(group, mona, "/tablee installer Cantine de Belleville");
    await s.says(group, mona, "/tablee reglages annonce 9h30");
    expect(last(group)).toContain("9:30");
    await s.says(group, mona, "/tablee settings");
    expect(last(group)).toContain("9:30");
    await s.says(group, alice, "/tablee postes");
    expect(last(group)).toContain("Cuisine 3");
    await s.says(group, alice, "/tablee reseau");
    expect(last(group)).toContain("réservée aux gérant·es");
  });

  it("acknowledge Slack before the work is done, and finish the work after the ack", async () => {
    const group = s.channels.group;
    const release = s.api.hold("chat.postMessage");
    const res = await s.slack.send(s.slack.slashCommand(group, s.users.mona, "/setup", "Belleville"));
    expect(res.status).toBe(200);
    expect(s.api.messages(group)).toEqual([]); // answered while the reply is still on its way
    release();
    await s.adapter.idle();
    expect(last(group)).toContain("« Belleville » est créée");
  });

  it("reply through the response_url where the bot may not post", async () => {
    const secret = s.api.addChannel("G0SECRET", "cuisine-privee", { botMember: false }).id;
    await s.says(secret, s.users.mona, "/setup Belleville");
    expect(s.api.callsOf("chat.postMessage").at(-1)?.result).toBe("not_in_channel");
    expect(last(secret)).toContain("« Belleville » est créée");
    expect(s.api.channels.get(secret)!.messages.at(-1)!.via).toBe("response_url");
  });

  it("use the person's Slack display name and send it in the sign-up", async () => {
    s.api.users.get("U0ALICE")!.name = "Alice Martin";
    await s.says(s.channels.group, s.users.mona, "/setup Belleville");
    await s.says(s.channels.group, s.users.alice, "/cook tuesday");
    expect(last(s.channels.group)).toContain("Alice Martin, c'est noté");
    expect(s.api.callsOf("users.info").map((c) => c.args.user)).toContain("U0ALICE");
  });
});

describe("Slack buttons", () => {
  it("sign the presser up, toast them privately, and update the sheet in place", async () => {
    const { mona, alice } = s.users;
    const group = s.channels.group;
    await s.says(group, mona, "/setup Belleville");
    await s.says(group, mona, "/slots");
    const sheet = s.api.channels.get(group)!.messages.at(-1)!;
    const res = await s.press(group, alice, /Cuisine mar/);
    expect(res.status).toBe(200);
    expect(s.api.channels.get(group)!.messages.at(-1)).toBe(sheet); // no new message
    expect(sheet.edits).toBe(1);
    expect(s.api.callsOf("chat.update").at(-1)?.args).toMatchObject({ channel: group, ts: sheet.ts });
    expect(last(group)).toContain("Cuisine 1/3 : Alice");
    expect(s.api.ephemeralTexts(alice.id)).toEqual(["Inscription confirmée"]);
    expect(s.api.callsOf("chat.postEphemeral").at(-1)?.args).toMatchObject({ channel: group, user: alice.id });
  });

  it("answer in the chat when the pressed message cannot refresh itself", async () => {
    const group = s.channels.group;
    await s.says(group, s.users.mona, "/setup Belleville");
    await s.says(group, s.users.alice, "/cook tuesday");
    const count = s.api.messages(group).length;
    await s.press(group, s.users.alice, /Annuler|Cancel/);
    expect(s.api.messages(group)).toHaveLength(count + 1);
    expect(last(group)).toMatch(/Alice/);
    expect(s.api.ephemeralTexts(s.users.alice.id)).toEqual([]);
  });

  it("count a press once when Slack delivers it twice", async () => {
    const group = s.channels.group;
    await s.says(group, s.users.mona, "/setup Belleville");
    await s.says(group, s.users.mona, "/slots");
    await s.press(group, s.users.alice, /Cuisine mar/);
    expect((await s.slack.redeliverLast()).status).toBe(200);
    await s.adapter.idle();
    expect(s.api.callsOf("chat.update")).toHaveLength(1);
    expect(s.api.ephemeralTexts(s.users.alice.id)).toHaveLength(1);
  });
});

describe("Slack mentions and direct messages", () => {
  it("answer '@Tablée cook tuesday' in the channel, and in the thread it was asked in", async () => {
    const group = s.channels.group;
    await s.says(group, s.users.mona, "/setup Belleville");
    await s.deliver(s.slack.mention(group, s.users.alice, `<@${s.api.bot.id}> cook tuesday`));
    expect(last(group)).toContain("Alice, c'est noté : Cuisine mardi 24 novembre");
    await s.deliver(s.slack.mention(group, s.users.bob, `<@${s.api.bot.id}> slots`, "1764000000.000100"));
    const reply = s.api.channels.get(group)!.messages.at(-1)!;
    expect(reply.thread_ts).toBe("1764000000.000100");
    expect(last(group)).toContain("Cuisine 1/3 : Alice");
  });

  it("answer a bare mention with the help and chatter with a hint", async () => {
    const group = s.channels.group;
    await s.deliver(s.slack.mention(group, s.users.alice, `<@${s.api.bot.id}>`));
    expect(last(group)).toContain("/cuisiner");
    await s.deliver(s.slack.mention(group, s.users.alice, `hello <@${s.api.bot.id}>`));
    expect(s.api.messages(group)).toHaveLength(2);
  });

  it("answer a direct message to the app in that DM, for the canteen the person belongs to", async () => {
    const group = s.channels.group;
    await s.says(group, s.users.mona, "/setup Belleville");
    await s.says(group, s.users.alice, "/cook tuesday");
    const dm = s.api.addChannel("D0ALICE", "directmessage").id;
    await s.deliver(s.slack.directMessage(dm, s.users.alice, "slots"));
    expect(last(dm)).toContain("Cuisine 1/3 : Alice");
    expect(s.api.messages(group)).toHaveLength(2);
  });

  it("ignore messages from bots, edits and other channels' chatter", async () => {
    const group = s.channels.group;
    await s.deliver(
      s.slack.event({ type: "message", channel: group, channel_type: "channel", user: "U0ALICE", text: "/cook tuesday", ts: "1.1" }),
    );
    await s.deliver(s.slack.event({ type: "message", channel: "D0ALICE", channel_type: "im", subtype: "message_changed", ts: "1.2" }));
    await s.deliver(
      s.slack.event({
        type: "message",
        channel: "D0ALICE",
        channel_type: "im",
        bot_id: "B0OTHER",
        user: "U0OTHER",
        text: "help",
        ts: "1.3",
      }),
    );
    expect(s.api.callsOf("chat.postMessage")).toEqual([]);
  });

  it("mention Slack people as Slack mentions that show their name", async () => {
    const { mona, alice, bob } = s.users;
    const group = s.channels.group;
    await s.says(group, mona, "/setup Belleville");
    await s.says(group, alice, "/cook tuesday head cook");
    await s.says(group, bob, "/cook tuesday head cook");
    await s.says(group, alice, "/uncook tuesday");
    const raw = JSON.stringify(s.api.channels.get(group)!.messages.at(-1)!.blocks);
    expect(raw).toContain(`<@${bob.id}>`);
    expect(last(group)).toContain("@Bob");
  });
});
