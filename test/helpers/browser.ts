// What the browser tests share: Debian's Chromium launched as ../shared/notes/web-testing.md
// says (no sandbox as root, no background networking on this closed network), and the app
// `npm start` runs with no token, driven through its console as a person types into it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { chromium, type Browser, type Page } from "playwright-core";
import { startApp, type App } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { MemoryLogger } from "./harness.ts";

/** Debian's Chromium, headless (CHROMIUM_PATH overrides /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A small PNG of what the window shows (the top of the page), into docs/ for the README. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join("docs", name), fullPage: false });
}

/** The login link in what the console printed. */
export function linkIn(text: string): string {
  return /(http:\/\/127\.0\.0\.1:\d+\/login\/[A-Za-z0-9_-]{43})/.exec(text)![1]!;
}

/** The app of `npm start` with its console chat on a fresh SQLite file, the board on a free port. */
export interface ConsoleApp {
  app: App;
  /** Types a console line and waits until the bot has printed something matching `until`; returns what it printed. */
  type(line: string, until: RegExp): Promise<string>;
  /** Everything the console printed so far. */
  printed(): string;
  /** Waits until `check` holds (it fails with the end of the console's output). */
  eventually(check: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the app with its clock at `clockStart` (an ISO instant). */
export async function startConsoleApp(clockStart: string): Promise<ConsoleApp> {
  const dir = mkdtempSync(join(tmpdir(), "tablee-browser-"));
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (d: Buffer) => (printed += d.toString("utf8")));
  const config = loadConfig({ DATABASE_URL: `file:${join(dir, "t.db")}`, PORT: "0", TABLEE_CLOCK_START: clockStart });
  const app = await startApp({ config, log: new MemoryLogger(), console: { input, output, prompt: false } });

  async function eventually(check: () => boolean, timeoutMs = 20_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`condition not met in time; console so far:\n${printed.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    app,
    eventually,
    printed: () => printed,
    async type(line, until) {
      const from = printed.length;
      input.write(`${line}\n`);
      await eventually(() => until.test(printed.slice(from)));
      return printed.slice(from);
    },
    async close() {
      input.end();
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
