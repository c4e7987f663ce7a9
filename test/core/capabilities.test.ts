// Capabilities, not platform names: the kernel reads what an adapter declares it can do — the same
// platform name with other capabilities gets other routing — and nothing outside adapters/
// decides by a platform's name (lint fails on it; this test checks the rule and the tree).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { PLATFORM_CAPABILITIES } from "../../adapters/capabilities.ts";
import { CONSOLE_CAPABILITIES } from "../../adapters/console/capabilities.ts";
import { createConsoleAdapter } from "../../adapters/console/adapter.ts";
import { plainText } from "../../src/kernel/model.ts";

let h: Harness | undefined;
afterEach(() => h?.close());

/** Every hand-written .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("the kernel reads capabilities", () => {
  it("routes a private answer by what the platform declares, not by its name", async () => {
    const ephemeralTelegram = { ...PLATFORM_CAPABILITIES, telegram: { ...PLATFORM_CAPABILITIES.telegram, ephemeral: true } };
    h = await createHarness("2026-11-23T08:00:00Z", { capabilities: ephemeralTelegram });
    await h.say("Mona", "/setup Cantine", { chat: "telegram:-100" });
    const out = await h.send("Carol", "/allergies gluten", { chat: "telegram:-100" });
    expect(out.direct).toBeUndefined();
    expect(plainText(out.personal!)).toContain("Allergies : gluten");
  });

  it("refuses “don't pair me with” in a group where the platform shows no answer to one person alone", async () => {
    const noEphemeralSlack = { ...PLATFORM_CAPABILITIES, slack: { ...PLATFORM_CAPABILITIES.slack, ephemeral: false } };
    h = await createHarness("2026-11-23T08:00:00Z", { capabilities: noEphemeralSlack });
    await h.say("Mona", "/setup Cantine", { chat: "slack:C1" });
    await h.say("Mona", "/lunch setup", { chat: "slack:C1" });
    expect(await h.say("Alice", "/lunch avoid Mona", { chat: "slack:C1" })).toContain("envoie-moi cette demande en message privé");
  });

  it("writes a board link as its address where the platform has no link buttons", async () => {
    const plain = { ...PLATFORM_CAPABILITIES, console: { ...CONSOLE_CAPABILITIES, linkButtons: false } };
    h = await createHarness("2026-11-23T08:00:00Z", { capabilities: plain, boardUrl: "http://board.test" });
    await h.say("Mona", "/setup Cantine");
    const link = (await h.send("Mona", "/tableau")).personal!;
    expect(link.buttons).toEqual([]);
    expect(plainText(link)).toMatch(/http:\/\/board\.test\/login\/[A-Za-z0-9_-]{43}/);
  });

  it("each adapter declares its capabilities on its Adapter object", () => {
    expect(createConsoleAdapter().capabilities).toEqual(CONSOLE_CAPABILITIES);
    expect(PLATFORM_CAPABILITIES.console).toBe(CONSOLE_CAPABILITIES);
  });
});

describe("no platform names outside adapters/", () => {
  it("lint refuses a decision by platform name in src/, and allows it in an adapter", async () => {
    const eslint = new ESLint();
    const code = `export const f = (e: { platform: string }, platform: string) => e.platform === "slack" || platform !== "telegram";\n`;
    const [inSrc] = await eslint.lintText(code, { filePath: "src/kernel/example.ts" });
    expect(inSrc!.messages.filter((m) => m.ruleId === "no-restricted-syntax").length).toBeGreaterThanOrEqual(2);
    const [inAdapter] = await eslint.lintText(code, { filePath: "adapters/slack/example.ts" });
    expect(inAdapter!.messages.filter((m) => m.ruleId === "no-restricted-syntax")).toEqual([]);
  });

  it("the tree holds no `platform ===` (nor a comparison with a platform's name) outside adapters/", () => {
    const found = sources("src").flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => /\bplatform\s*[!=]==?|[!=]==?\s*["'](?:telegram|discord|slack|console)["']/.test(line))
        .map(({ at }) => at),
    );
    expect(found).toEqual([]);
  });
});
