// Who sees an answer: a command declares its audience and the kernel routes its answer by what the
// platform can do — the group, an answer only its author sees, or a private message with a
// neutral line in the group. Handlers here never look at the platform.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { routeAnswer } from "../../src/kernel/audience.ts";
import { NO_CAPABILITIES } from "../../src/kernel/adapter.ts";
import type { CommandSpec } from "../../src/kernel/commands/registry.ts";
import { plainText, say, type IncomingEvent } from "../../src/kernel/model.ts";
import { translator } from "../../src/kernel/i18n/index.ts";
import { PLATFORM_CAPABILITIES } from "../../adapters/capabilities.ts";

/** A secret only its author may read, and a report whose money only managers may read. */
const commands: CommandSpec[] = [
  {
    key: "secret",
    names: { en: ["secret"], fr: ["secret"] },
    hidden: true,
    audience: "person",
    needsCanteen: true,
    run: async (ctx) => say(ctx.t("audience.openPrivateChat"), " · secret 42"),
  },
  {
    key: "report",
    names: { en: ["report"], fr: ["rapport"] },
    hidden: true,
    audience: "managers",
    needsCanteen: true,
    run: async (ctx) =>
      ctx.member.role === "manager" ? { replies: [say("meals 40 · takings 312 €")], shared: [say("meals 40")] } : say("meals 40"),
  },
];

const TG: SendOptions = { chat: "telegram:-100" };

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z", { extra: commands });
  await h.say("Mona", "/setup Cantine de Belleville");
  const code = /[A-Z0-9]{8}/.exec(await h.say("Mona", "/invite"))![0];
  await h.say("Mona", `/setup ${code}`, TG);
  const slack = /[A-Z0-9]{8}/.exec(await h.say("Mona", "/invite"))![0];
  await h.say("Mona", `/setup ${slack}`, { chat: "slack:C1" });
});
afterEach(() => h.close());

describe("an answer for its author alone", () => {
  it("is shown only to them where the platform can (Slack, and the console's one terminal), never in the group", async () => {
    for (const chat of ["console:group", "slack:C1"]) {
      const out = await h.send("Alice", "/secret", { chat });
      expect(out.replies).toEqual([]);
      expect(plainText(out.personal!)).toContain("secret 42");
    }
  });

  it("goes in a private message on Telegram: the group reads only that it was sent, or how to open the private chat", async () => {
    const out = await h.send("Alice", "/secret", TG);
    expect(out.replies).toEqual([]);
    expect(out.direct!.messages.map(plainText)).toEqual(["Ouvrir la conversation privée · secret 42"]);
    expect(plainText(out.direct!.sent)).toBe("Alice, je t'ai répondu en privé.");
    expect(plainText(out.direct!.unreachable)).toBe(
      "@Alice ta réponse est personnelle et je ne peux pas encore t'écrire en privé : ouvre la conversation avec moi, appuie sur « Démarrer », puis redemande-moi.",
    );
    // The button asks again from the private chat, for this canteen.
    const [canteen] = await h.store.allCanteens();
    expect(out.direct!.unreachable.buttons).toEqual([
      [{ label: "Ouvrir la conversation privée", start: `secret-${canteen!.id}`, style: "primary" }],
    ]);
  });

  it("is simply the reply in a private chat", async () => {
    await h.say("Alice", "/creneaux", TG);
    const out = await h.send("Alice", "/secret", { chat: "telegram:alice", private: true });
    expect(out.replies.map(plainText)).toEqual(["Ouvrir la conversation privée · secret 42"]);
    expect(out.direct).toBeUndefined();
  });

  it("speaks its author's language, while the group's line speaks the canteen's", async () => {
    await h.say("Alice", "/langue en", TG);
    const out = await h.send("Alice", "/secret", TG);
    expect(plainText(out.direct!.messages[0]!)).toBe("Open the private chat · secret 42");
    expect(plainText(out.direct!.sent)).toBe("Alice, je t'ai répondu en privé.");
  });
});

describe("an answer with a part for managers", () => {
  it("gives a manager the whole answer privately and the group the shared part", async () => {
    const slack = await h.send("Mona", "/report", { chat: "slack:C1" });
    expect(slack.replies.map(plainText)).toEqual(["meals 40"]);
    expect(plainText(slack.personal!)).toBe("meals 40 · takings 312 €");
    const tg = await h.send("Mona", "/report", TG);
    expect(tg.replies).toEqual([]);
    expect(plainText(tg.direct!.sent)).toBe("Mona, je t'ai répondu en privé.\nmeals 40");
    expect(plainText(tg.direct!.unreachable)).not.toContain("€");
    expect(tg.direct!.messages.map(plainText)).toEqual(["meals 40 · takings 312 €"]);
  });

  it("leaves an answer with nothing held back in the group", async () => {
    const out = await h.send("Alice", "/report", TG);
    expect(out.replies.map(plainText)).toEqual(["meals 40"]);
    expect(out.personal).toBeUndefined();
    expect(out.direct).toBeUndefined();
  });
});

describe("routing by capabilities alone", () => {
  const event = (chatPrivate: boolean): IncomingEvent => ({
    platform: "console",
    chat: { address: "console:x", private: chatPrivate },
    author: { address: "console:ann", name: "Ann" },
    text: "/secret",
  });
  const t = translator("en");

  it("offers no button to the private chat where the platform has none", () => {
    const out = routeAnswer({ replies: [say("mine")] }, "person", { event: event(false), can: NO_CAPABILITIES, t });
    expect(out.direct!.unreachable.buttons).toEqual([]);
    expect(plainText(out.direct!.sent)).toBe("Ann, I answered you in a private message.");
  });

  it("keeps a group answer in the group, whatever the platform", () => {
    for (const can of Object.values(PLATFORM_CAPABILITIES)) {
      const out = routeAnswer({ replies: [say("for all")] }, "group", { event: event(false), can, t });
      expect(out.replies.map(plainText)).toEqual(["for all"]);
    }
  });

  it("lets one answer of a private command stay in the group (a harmless count)", () => {
    const out = routeAnswer({ replies: [say("2 sessions closed")], audience: "group" }, "person", {
      event: event(false),
      can: PLATFORM_CAPABILITIES.telegram,
      t,
    });
    expect(out.replies.map(plainText)).toEqual(["2 sessions closed"]);
  });
});
