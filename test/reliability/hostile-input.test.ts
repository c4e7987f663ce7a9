// The inputs the fuzzer found crashing the core, kept as plain regression tests (the fuzz runs
// on fixed seeds that may no longer reach them): lone UTF-16 surrogates, which the database
// cannot store, and words that are names of JavaScript's object prototype.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainText, type IncomingEvent } from "../../src/kernel/model.ts";
import { translator } from "../../src/kernel/i18n/index.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

const INTERNAL = translator("fr")("errors.internal");
let h: Harness;
// One world for the file: each test uses its own chats and words.
beforeAll(async () => {
  h = await createHarness("2026-11-23T08:00:00Z");
  await h.say("Mona", "/installer Belleville");
});
afterAll(() => h.close());

describe("text a platform can hand over with a lone surrogate (a cut emoji)", () => {
  const event = (o: { chat?: string; title?: string; name?: string; text: string }): IncomingEvent => ({
    platform: "console",
    chat: { address: o.chat ?? "console:group", title: o.title ?? "Groupe", private: false },
    author: { address: "console:zoe", name: o.name ?? "Zoé" },
    text: o.text,
    addressed: true,
  });

  it.each([
    ["a display name", event({ name: "Zo\uD83D", text: "/cuisiner mardi" }), "Zo\uFFFD, c'est noté"],
    [
      "a group title",
      event({ chat: "console:new", title: "Cantine \uDE00", text: "/installer Nouvelle cantine" }),
      "« Nouvelle cantine » est créée",
    ],
    ["a canteen name", event({ chat: "console:other", text: "/installer Cantine \uD83D" }), "« Cantine \uFFFD » est créée"],
    [
      "a mention",
      {
        ...event({ text: "/gerant Jo\uDE00" }),
        author: { address: "console:mona", name: "Mona" },
        mentions: [{ address: "console:jo", name: "Jo\uDE00" }],
      },
      "Jo\uFFFD",
    ],
  ])("in %s, is stored with U+FFFD in its place", async (_what, e, expected) => {
    const out = (await h.core.handle(e)).replies.map(plainText).join("\n");
    expect(out).not.toContain(INTERNAL);
    expect(out).toContain(expected);
    expect(h.log.lines.filter((l) => l.level === "error")).toEqual([]);
  });
});

describe("words that name properties of every JavaScript object", () => {
  it.each(["__proto__", "constructor", "__proto__ prochain", "12 constructor", "constructor 12"])(
    "/cuisiner %s is an unknown day, not a crash",
    async (day) => {
      const out = await h.say("Alice", `/cuisiner ${day}`);
      expect(out).not.toContain(INTERNAL);
      expect(out).toContain("Je ne comprends pas le jour");
    },
  );

  it.each(["__proto__", "constructor", "lun-constructor", "__proto__-ven"])("/reglages jours %s is refused as days", async (days) => {
    const out = await h.say("Mona", `/reglages jours ${days}`);
    expect(out).not.toContain(INTERNAL);
    expect((await h.store.findChat("console:group"))!.canteen.openDays).toEqual([1, 2, 3, 4, 5]);
    expect(h.log.lines.filter((l) => l.level === "error")).toEqual([]);
  });
});

describe("words a template engine could mistake for its own", () => {
  it.each(["{{canteen}}", "$t(errors.internal)", "undefined", "NaN", "[object Object]", "{{name}} %s%n"])(
    "%s typed as a canteen name, a helper's name and a menu is shown literally",
    async (word) => {
      expect(await h.say("Zoé", `/installer ${word} et fils`, { chat: `console:${encodeURIComponent(word)}` })).toContain(
        `« ${word} et fils » est créée`,
      );
      const signedUp = await h.say("Mona", `/inscrire "${word}" mardi`);
      expect([`${word}, c'est noté`, `${word}, tu es n°`].some((t) => signedUp.includes(t))).toBe(true);
      expect(await h.say("Mona", `/menu mardi Soupe ${word}`)).toContain(`Soupe ${word}`);
      expect(h.log.lines.filter((l) => l.level === "error")).toEqual([]);
    },
  );
});
