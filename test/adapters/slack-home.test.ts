// Slack's App Home tab through the real Bolt app and the fake Slack: opening the tab publishes a
// "home" view with the person's next shifts, today's menu and count, and a fresh board link.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { startSlackWorld, type SlackWorld } from "../fakes/slack/harness.ts";
import { renderMessage, type WireBlock } from "../fakes/slack/mrkdwn.ts";
import { inspectLoginLink } from "../../src/features/board/login.ts";

const BOARD = "https://tablee.example.org";
let world: Harness;
let s: SlackWorld;
beforeEach(async () => {
  world = await createHarness("2026-11-23T08:00:00Z", { boardUrl: BOARD }); // Monday 09:00 in Paris
  s = await startSlackWorld(world);
});
afterEach(async () => {
  await s.stop();
  await world.close();
});

const homeText = (userId: string) => renderMessage({ blocks: s.api.homeViews.get(userId)?.blocks }, s.api.nameOf);
const buttons = (userId: string) =>
  (s.api.homeViews.get(userId)?.blocks ?? []).flatMap((b: WireBlock) => (b.type === "actions" ? (b.elements ?? []) : [])) as {
    action_id: string;
    url?: string;
    text: { text: string };
  }[];

describe("the Slack Home tab", () => {
  it("shows a volunteer their next shifts, today's menu and count, and an 'Open the board' button with a fresh login link", async () => {
    const { mona, alice } = s.users;
    const group = s.channels.group;
    await s.says(group, mona, "/tablee installer Cantine de Belleville");
    await s.says(group, alice, "/cuisiner mardi");
    await s.says(group, alice, "/cuisiner jeudi plonge");
    await s.says(group, mona, "/menu aujourd'hui Lentilles corail, riz");
    const res = await s.deliver(s.slack.appHomeOpened(alice));
    expect(res.status).toBe(200);

    expect(s.api.callsOf("views.publish").map((c) => c.result)).toEqual(["ok"]);
    const text = homeText(alice.id);
    expect(text).toContain("🏠 Tablée");
    expect(text).toContain("Cantine de Belleville");
    expect(text).toContain("Aujourd'hui : Lentilles corail, riz");
    expect(text).toMatch(/Pour l'instant : .*0 couvert/);
    expect(text).toContain("Tes prochains créneaux");
    expect(text).toContain("mardi 24 novembre — Cuisine · Cantine de Belleville");
    expect(text).toContain("jeudi 26 novembre — Plonge · Cantine de Belleville");

    const [open] = buttons(alice.id);
    expect(open!.text.text).toBe("Ouvrir le tableau");
    const token = new URL(open!.url!).pathname.split("/").at(-1)!;
    expect(open!.url).toBe(`${BOARD}/login/${token}`);
    const state = await inspectLoginLink(world.store, token, world.clock.now());
    expect(state).toEqual({ state: "valid", personId: await world.store.personOf(`slack:${alice.id}`), canteenId: null });
    expect(JSON.stringify(world.log.lines)).not.toContain(token);
  });

  it("speaks the person's own language (here Bob's Slack locale, English) in a French canteen", async () => {
    const { mona, bob } = s.users;
    await s.says(s.channels.group, mona, "/tablee installer Cantine de Belleville");
    await s.says(s.channels.group, bob, "/cook tuesday");
    await s.deliver(s.slack.appHomeOpened(bob));
    const text = homeText(bob.id);
    expect(text).toContain("Your next shifts");
    expect(text).toMatch(/Tuesday,? (24 November|November 24) — Cook · Cantine de Belleville/);
    expect(buttons(bob.id)[0]!.text.text).toBe("Open the board");
    await s.deliver(s.slack.appHomeOpened(mona));
    expect(homeText(mona.id)).toContain("Tes prochains créneaux");
  });

  it("issues a new link each time the tab is opened, and ignores the Messages tab", async () => {
    const { mona } = s.users;
    await s.says(s.channels.group, mona, "/setup Cantine");
    await s.deliver(s.slack.appHomeOpened(mona));
    const first = buttons(mona.id)[0]!.url;
    await s.deliver(s.slack.appHomeOpened(mona, "messages"));
    expect(s.api.callsOf("views.publish")).toHaveLength(1);
    await s.deliver(s.slack.appHomeOpened(mona));
    expect(buttons(mona.id)[0]!.url).not.toBe(first);
  });

  it("acknowledges a press on the button (Slack sends block_actions even for a link) and posts nothing", async () => {
    const { mona } = s.users;
    await s.says(s.channels.group, mona, "/setup Cantine");
    await s.deliver(s.slack.appHomeOpened(mona));
    const before = s.api.calls.length;
    const res = await s.deliver(s.slack.homeBlockAction(mona, buttons(mona.id)[0]!.action_id));
    expect(res.status).toBe(200);
    expect(s.api.calls.slice(before).map((c) => c.method)).toEqual([]);
  });

  it("welcomes someone Tablée does not know yet, in the default language, without a link", async () => {
    await s.deliver(s.slack.appHomeOpened(s.users.bob));
    const text = homeText(s.users.bob.id);
    expect(text).toContain("Bienvenue ! Écris /tablee aide dans le canal de ta cantine pour commencer.");
    expect(buttons(s.users.bob.id)).toEqual([]);
  });

  it("says there is no service on a closed day", async () => {
    await s.says(s.channels.group, s.users.mona, "/setup Cantine");
    world.clock.set("2026-11-28T10:00:00Z"); // Saturday
    await s.deliver(s.slack.appHomeOpened(s.users.mona));
    expect(homeText(s.users.mona.id)).toContain("Pas de service aujourd'hui.");
    expect(homeText(s.users.mona.id)).toContain("Aucun créneau à venir : /cuisiner pour t'inscrire.");
  });
});

describe("the Home tab and calendar feeds together", () => {
  it("opening the Home tab leaves a recently cancelled shift in the calendar feed", async () => {
    const { mona, alice } = s.users;
    await s.says(s.channels.group, mona, "/setup Cantine");
    await s.says(s.channels.group, alice, "/cuisiner mardi");
    await s.says(s.channels.group, alice, "/annuler mardi");
    world.clock.set("2026-11-25T10:00:00Z"); // Wednesday: Tuesday's service is past, within the month kept
    await s.deliver(s.slack.appHomeOpened(alice));
    const personId = (await world.store.personOf(`slack:${alice.id}`))!;
    const shifts = await world.store.shiftsOf(personId, "2026-11-01", "2026-10-26");
    expect(shifts).toEqual([{ canteenId: expect.any(Number), date: "2026-11-24", role: "cook", status: "cancelled" }]);
  });
});
