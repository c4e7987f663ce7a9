// Rendering to Block Kit and reading Slack's payloads, checked without a network: user text always
// shows literally, messages always fit Slack's limits, commands read the same whichever way typed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeButtonValue, encodeButtonValue } from "../../adapters/slack/ids.ts";
import { asCommand, slashCommandText } from "../../adapters/slack/inbound.ts";
import { chunk, escapeMrkdwn, renderMessage } from "../../adapters/slack/outbound.ts";
import { classify } from "../../adapters/slack/transport.ts";
import { CommandTable } from "../../src/kernel/commands/registry.ts";
import { message, type Message } from "../../src/kernel/model.ts";
import { validateBlocks } from "../fakes/slack/blocks.ts";
import { renderMessage as seen, renderMrkdwn, type WireBlock } from "../fakes/slack/mrkdwn.ts";

const nameOf = (id: string) => `name-of-${id}`;
/** A rendered message as a person sees it. */
const show = (m: Message) => seen(renderMessage(m) as unknown as { text: string; blocks: WireBlock[] }, nameOf);
const tricky = fc
  .array(
    fc.constantFrom(
      "*",
      "_",
      "~",
      "`",
      "&",
      "<",
      ">",
      "a",
      "Zoé",
      " ",
      "\n",
      "<!channel>",
      "&amp;",
      "<@U1>",
      ":x:",
      "*b*",
      "_i_",
      "x",
      "1",
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("escaping user text for mrkdwn", () => {
  it("shows any text literally, whatever markup it contains", () => {
    fc.assert(fc.property(tricky, (text) => renderMrkdwn(escapeMrkdwn(text), nameOf) === text));
  });

  it("shows user text literally next to bold text, on one line or several", () => {
    const words = fc
      .array(fc.constantFrom("Cuisine", "1/3", "Zoé", "&", "<b>", "x_y", "\n"), { minLength: 1, maxLength: 6 })
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(tricky, words, (a, b) => {
        const m = message().item({ bold: b }, " : ", a).build();
        return show(m) === `• ${b} : ${a}`;
      }),
    );
  });

  it("makes no mention, channel ping or link out of user text", () => {
    const text = escapeMrkdwn("<!channel> <@U0BOB> <https://evil.example|bank>");
    expect(text).not.toMatch(/[<>]/);
  });
});

describe("Block Kit rendering", () => {
  const big = (items: number, rows: number): Message => {
    const m = message().title("📋 Planning — Belleville");
    for (let i = 0; i < items; i++) {
      if (i % 7 === 6) m.note(`attente ${i}`);
      else m.item({ bold: `Poste ${i}` }, " : ", "x".repeat(i * 10));
    }
    for (let r = 0; r < rows; r++)
      m.buttons({ label: `✋ Bouton ${r} ${"très long libellé ".repeat(8)}`, command: `/cook 2026-11-${r}`, style: "primary" });
    return { ...m.build(), refresh: "/slots" };
  };

  it("keeps every message within Slack's limits (50 blocks, 3000-character sections, 75-character labels)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 30 }), (items, rows) => {
        const r = renderMessage(big(items, rows));
        return validateBlocks(r.blocks) === undefined && r.text.length <= 3000 && r.text.length > 0;
      }),
      { numRuns: 60 },
    );
  });

  it("lays a sheet out as a header, sections of bullet items, context notes and button rows", () => {
    const m: Message = {
      ...message()
        .title("Planning")
        .text({ bold: "Mardi" })
        .item({ bold: "Cuisine 1/3" }, " : Alice")
        .note("Attente : Bob")
        .buttons({ label: "✋", command: "/cook mardi" })
        .build(),
      refresh: "/slots",
    };
    const r = renderMessage(m);
    expect(r.blocks.map((b) => b.type)).toEqual(["header", "section", "context", "actions"]);
    expect(show(m)).toBe("Planning\nMardi\n• Cuisine 1/3 : Alice\nAttente : Bob\n[✋]");
  });

  it("gives each button a unique action_id and a value carrying its command and the message's refresh", () => {
    const r = renderMessage({
      ...message().buttons({ label: "a", command: "/cook mardi" }, { label: "b", command: "/cook jeudi" }).build(),
      refresh: "/slots next",
    });
    const elements = r.blocks.flatMap((b) => (b.type === "actions" ? b.elements : [])) as { action_id: string; value: string }[];
    expect(new Set(elements.map((e) => e.action_id)).size).toBe(2);
    expect(elements.map((e) => decodeButtonValue(e.value))).toEqual([
      { command: "/cook mardi", refresh: "/slots next" },
      { command: "/cook jeudi", refresh: "/slots next" },
    ]);
  });

  it("drops the refresh rather than exceed the 2000-character button value", () => {
    const value = encodeButtonValue({ command: "/cook mardi", refresh: `/slots ${"x".repeat(2100)}` });
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(decodeButtonValue(value)).toEqual({ command: "/cook mardi", refresh: undefined });
    expect(decodeButtonValue("not json")).toBeUndefined();
  });

  it("cuts long text at spaces without splitting an entity", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("&amp;", "mot", " ", "\n", "\u200b*\u200b"), { maxLength: 400 }), (parts) => {
        const text = parts.join("");
        const pieces = chunk(text, 50);
        return pieces.every((p) => p.length <= 50 && !/&[a-z]{0,3}$/.test(p));
      }),
    );
  });
});

describe("reading commands from Slack", () => {
  const table = new CommandTable([
    { key: "cook", names: { en: ["cook"], fr: ["cuisiner"] }, needsCanteen: false, run: async () => ({ replies: [] }) },
    { key: "help", names: { en: ["help"], fr: ["aide"] }, needsCanteen: false, run: async () => ({ replies: [] }) },
  ]);

  it("reads /tablee, a per-command slash command and any other entry name the same way", () => {
    expect(slashCommandText({ command: "/tablee", text: "cuisiner mardi" }, table)).toBe("/cuisiner mardi");
    expect(slashCommandText({ command: "/tablee", text: "/cook tuesday" }, table)).toBe("/cook tuesday");
    expect(slashCommandText({ command: "/cook", text: "tuesday" }, table)).toBe("/cook tuesday");
    expect(slashCommandText({ command: "/cuisiner", text: "" }, table)).toBe("/cuisiner");
    expect(slashCommandText({ command: "/cantine", text: "aide" }, table)).toBe("/aide");
    expect(slashCommandText({ command: "/tablee", text: "  " }, table)).toBe("/help");
  });

  it("reads text addressed to the bot as a command only when it starts with one", () => {
    expect(asCommand(" cook tuesday ", table)).toBe("/cook tuesday");
    expect(asCommand("CUISINER mardi", table)).toBe("/CUISINER mardi");
    expect(asCommand("", table)).toBe("/help");
    expect(asCommand("bonjour !", table)).toBe("bonjour !");
  });
});

describe("classifying Slack failures", () => {
  it("maps DM-specific errors to unreachable and keeps a lost installation as gone", () => {
    const platform = (error: string) =>
      Object.assign(new Error(error), { code: "slack_webapi_platform_error", data: { ok: false, error } });
    expect(classify(platform("user_not_found"), "dm").failure).toBe("unreachable");
    expect(classify(platform("cannot_dm_bot"), "dm").failure).toBe("unreachable");
    expect(classify(platform("channel_not_found"), "dm").failure).toBe("unreachable");
    expect(classify(platform("account_inactive"), "dm").failure).toBe("gone");
    expect(classify(platform("user_not_found"), "post").failure).toBe("rejected");
    expect(classify(Object.assign(new Error("x"), { code: "slack_webapi_rate_limited_error", retryAfter: 7 })).retryAfterMs).toBe(7000);
    const requestError = (code: string) =>
      Object.assign(new Error("x"), { code: "slack_webapi_request_error", original: Object.assign(new Error(code), { code }) });
    expect(classify(requestError("ECONNREFUSED")).failure).toBe("transient");
    expect(classify(requestError("ECONNRESET")).failure).toBe("ambiguous");
    expect(classify(requestError("ECONNABORTED")).failure).toBe("ambiguous");
  });

  it("says a call may have gone through where Slack says so, and not where it did nothing", () => {
    const platform = (error: string) =>
      Object.assign(new Error(error), { code: "slack_webapi_platform_error", data: { ok: false, error } });
    expect(classify(platform("internal_error")).failure).toBe("ambiguous");
    expect(classify(platform("fatal_error")).failure).toBe("ambiguous");
    expect(classify(platform("service_unavailable")).failure).toBe("transient");
    expect(classify(platform("request_timeout")).failure).toBe("transient");
    expect(classify(Object.assign(new Error("x"), { code: "slack_webapi_http_error", statusCode: 502 })).failure).toBe("ambiguous");
    expect(classify(Object.assign(new Error("x"), { code: "slack_webapi_http_error", statusCode: 408 })).failure).toBe("transient");
  });
});
