// The Telegram adapter's pure parts: rendering to Telegram HTML (checked with the fake's
// parser, which refuses what Telegram refuses), button payloads and update decoding. Failure
// kinds are checked end to end in telegram-delivery.test.ts (tests may not import telegraf).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCallbackData, encodeCallbackData } from "../../adapters/telegram/ids.ts";
import { decodeUpdate } from "../../adapters/telegram/inbound.ts";
import { renderCommandMenu, renderMessage, renderSingle, renderToast } from "../../adapters/telegram/outbound.ts";
import { commandMenu } from "../../src/kernel/commands/platform-menu.ts";
import { createCore } from "../../src/kernel/core.ts";
import { plainText, type Line, type Message, type Span } from "../../src/kernel/model.ts";
import type { CoreInput } from "../../src/kernel/core.ts";
import { parseTelegramHtml } from "../fakes/telegram/html.ts";
import { FEATURES } from "../../src/app.ts";

const bot = { id: 7, username: "TableeBot" };
const alice = { id: 42, is_bot: false, first_name: "Alice", last_name: "Martin", language_code: "fr" };
const group = { id: -4001, type: "group", title: "Cantine" };
const say = (text: string, chat: object = group, extra: object = {}) => ({
  update_id: 10,
  message: { message_id: 3, from: alice, chat, date: 1, text, ...extra },
});

const span: fc.Arbitrary<Span> = fc.oneof(
  fc.string(),
  fc.record({ bold: fc.string() }),
  fc.record({ italic: fc.string() }),
  fc.record({ mention: fc.record({ address: fc.constantFrom("telegram:42", "slack:U1", "telegram:-100"), name: fc.string() }) }),
);
const line: fc.Arbitrary<Line> = fc.record({
  style: fc.constantFrom("title", "text", "item", "note"),
  spans: fc.array(span, { minLength: 1, maxLength: 4 }),
});

describe("rendering for Telegram", () => {
  it("shows whatever people typed literally: the HTML always parses back to the message's text", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const m: Message = { lines, buttons: [] };
        const shown = renderMessage(m)
          .map((r) => parseTelegramHtml(r.text).text)
          .join("\n");
        // plainText writes mentions as "@name"; Telegram shows the name alone.
        expect(shown.replace(/@/g, "")).toBe(plainText(m).replace(/@/g, ""));
      }),
    );
  });

  it("links Telegram members only; others are shown by name", () => {
    const m: Message = {
      lines: [
        {
          style: "text",
          spans: [{ mention: { address: "telegram:42", name: "A<b>" } }, " & ", { mention: { address: "discord:9", name: "Zoé" } }],
        },
      ],
      buttons: [],
    };
    const [r] = renderMessage(m);
    expect(r!.text).toBe('<a href="tg://user?id=42">A&lt;b&gt;</a> &amp; Zoé');
  });

  it("splits a long reply between lines into messages Telegram accepts, the buttons on the last", () => {
    const lines: Line[] = Array.from({ length: 300 }, (_, i) => ({ style: "item", spans: [`ligne ${i} `, "é&<>".repeat(10)] }));
    const parts = renderMessage({ lines, buttons: [[{ label: "Planning", command: "/slots" }]] });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(parseTelegramHtml(p.text).text.length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => Boolean(p.keyboard))).toEqual([...parts.slice(1).map(() => false), true]);
    expect(parts.map((p) => parseTelegramHtml(p.text).text).join("\n")).toBe(plainText({ lines, buttons: [] }));
  });

  it("cuts a single over-long line instead of failing", () => {
    const r = renderSingle({ lines: [{ style: "text", spans: ["&".repeat(5000)] }], buttons: [] });
    expect(r.text.length).toBeLessThanOrEqual(4096);
    expect(parseTelegramHtml(r.text).text.endsWith("…")).toBe(true);
  });

  it("lists a command's subcommands after its description in the menu, in each language", () => {
    const core = createCore({ features: FEATURES } as unknown as CoreInput);
    const fr = renderCommandMenu(commandMenu(core.commands), "fr").find((c) => c.command === "dejeuner")!;
    expect(fr.description).toMatch(/^déjeuners inter-équipes.* — rejoindre, quitter, pause, reprendre/);
    const en = renderCommandMenu(commandMenu(core.commands), "en").find((c) => c.command === "network")!;
    expect(en.description).toMatch(/ — create, invite, join, leave, list$/);
  });

  it("keeps toasts within Telegram's 200 characters", () => {
    expect(Array.from(renderToast("é".repeat(500)))).toHaveLength(200);
    expect(renderToast("Inscription confirmée")).toBe("Inscription confirmée");
  });

  it("publishes valid command names and descriptions in both languages", () => {
    const core = createCore({ features: FEATURES } as unknown as CoreInput);
    for (const locale of ["fr", "en"] as const) {
      const list = renderCommandMenu(commandMenu(core.commands), locale);
      expect(list.length).toBeGreaterThan(5);
      for (const c of list) {
        expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
        expect(c.description.length).toBeGreaterThan(0);
        expect(c.description.length).toBeLessThanOrEqual(256);
      }
    }
  });
});

describe("button payloads", () => {
  it("carry the command and the refresh within 64 bytes, or the command alone, or nothing", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.constantFrom("/slots", "/slots next", "/creneaux suivante")), (arg, refresh) => {
        const command = `/cook ${arg}`;
        const data = encodeCallbackData(refresh ? { command, refresh } : { command });
        if (data === undefined) return expect(Buffer.byteLength(`|${command}`)).toBeGreaterThan(64);
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
        const back = decodeCallbackData(data)!;
        expect(back.command).toBe(command);
        if (back.refresh) expect(back.refresh).toBe(refresh);
      }),
    );
  });
});

describe("decoding updates", () => {
  it("reads a group command, also addressed as /cook@TableeBot, and skips commands for other bots", () => {
    const d = decodeUpdate(say("/cook@TableeBot mardi plonge"), bot);
    expect(d.kind === "event" && d.event).toMatchObject({
      text: "/cook mardi plonge",
      deliveryId: "telegram:update:7:10",
      chat: { address: "telegram:-4001", title: "Cantine", private: false },
      author: { address: "telegram:42", name: "Alice Martin", language: "fr" },
      addressed: true,
    });
    expect(decodeUpdate(say("/cook@OtherBot mardi"), bot)).toMatchObject({ kind: "ignored" });
    expect(decodeUpdate(say("bonjour à tous"), bot)).toMatchObject({ kind: "ignored" });
  });

  it("reads a command after the bot's name, and mentions of people without a username", () => {
    const d = decodeUpdate(
      say("@TableeBot /gerant Karim", group, {
        entities: [{ type: "text_mention", offset: 19, length: 5, user: { id: 99, is_bot: false, first_name: "Karim" } }],
      }),
      bot,
    );
    expect(d.kind === "event" && d.event.text).toBe("/gerant Karim");
    expect(d.kind === "event" && d.event.mentions).toEqual([{ address: "telegram:99", name: "Karim" }]);
  });

  it("treats a private chat as private and addressed, and /start as help", () => {
    const d = decodeUpdate(say("/start", { id: 42, type: "private", first_name: "Alice" }), bot);
    expect(d.kind === "event" && d.event).toMatchObject({ text: "/help", chat: { private: true }, addressed: true });
    const link = decodeUpdate(say("/start from-poster", { id: 42, type: "private", first_name: "Alice" }), bot);
    expect(link.kind === "event" && link.event.text).toBe("/help");
    // The "open the private chat" button of /calendar in a group asks for the links again there.
    const calendar = decodeUpdate(say("/start calendar", { id: 42, type: "private", first_name: "Alice" }), bot);
    expect(calendar.kind === "event" && calendar.event.text).toBe("/calendar");
    // …and that of /lier in a group asks for a /link code there.
    const linking = decodeUpdate(say("/start link", { id: 42, type: "private", first_name: "Alice" }), bot);
    expect(linking.kind === "event" && linking.event.text).toBe("/link");
    const odd = decodeUpdate(say("/start constructor", { id: 42, type: "private", first_name: "Alice" }), bot);
    expect(odd.kind === "event" && odd.event.text).toBe("/help");
  });

  it("reads both halves of a group → supergroup migration as one move", () => {
    const to = decodeUpdate({ update_id: 1, message: { message_id: 9, chat: group, date: 1, migrate_to_chat_id: -1005 } }, bot);
    const from = decodeUpdate(
      {
        update_id: 2,
        message: { message_id: 1, chat: { id: -1005, type: "supergroup", title: "C" }, date: 1, migrate_from_chat_id: -4001 },
      },
      bot,
    );
    expect(to).toEqual({ kind: "moved", from: "telegram:-4001", to: "telegram:-1005" });
    expect(from).toEqual(to);
  });

  it("reads a button press, and still answers presses on buttons that are not ours", () => {
    const press = (data: string) => ({
      update_id: 11,
      callback_query: { id: "q1", from: alice, chat_instance: "x", data, message: { message_id: 5, chat: group, date: 1 } },
    });
    expect(decodeUpdate(press("/slots|/cook 2026-11-24"), bot)).toMatchObject({
      kind: "event",
      event: { text: "/cook 2026-11-24", refresh: "/slots", action: true },
      target: { chatId: -4001, callback: { id: "q1", messageId: 5 } },
    });
    expect(decodeUpdate(press("something else"), bot)).toEqual({ kind: "ignored", reason: "button not ours", callbackId: "q1" });
  });

  it("ignores what it does not use: edits, other bots, unreadable payloads", () => {
    expect(decodeUpdate({ update_id: 1, edited_message: say("/cook").message }, bot).kind).toBe("ignored");
    expect(decodeUpdate(say("/cook", group, { from: { ...alice, is_bot: true } }), bot).kind).toBe("ignored");
    expect(decodeUpdate({ nonsense: true }, bot).kind).toBe("ignored");
  });
});
