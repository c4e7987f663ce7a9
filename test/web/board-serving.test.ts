// Serving the board from the app `npm start` runs: always (also with no token), on PORT, with
// links built from TABLEE_PUBLIC_URL; a taken port only disables the board when nothing else
// needs the HTTP server.
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { startApp, type App } from "../../src/app.ts";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { MemoryLogger } from "../helpers/harness.ts";

let app: App | undefined;
let dir: string | undefined;
let blocker: Server | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  await new Promise((r) => (blocker ? blocker.close(r) : r(undefined)));
  blocker = undefined;
});

/** Starts the console app; returns a function that types a line and gives what the bot printed. */
async function consoleApp(env: Record<string, string>): Promise<(line: string) => Promise<string>> {
  dir = mkdtempSync(join(tmpdir(), "tablee-serving-"));
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (d: Buffer) => (printed += d.toString("utf8")));
  app = await startApp({
    config: loadConfig({ DATABASE_URL: `file:${join(dir, "t.db")}`, ...env }),
    log: new MemoryLogger(),
    console: { input, output, prompt: false },
  });
  return async (line) => {
    const from = printed.length;
    input.write(`${line}\n`);
    const end = Date.now() + 10_000;
    while (!printed.slice(from).includes("\n") && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    return printed.slice(from);
  };
}

describe("TABLEE_PUBLIC_URL", () => {
  it("is an http(s) address without query or fragment", () => {
    expect(loadConfig({ TABLEE_PUBLIC_URL: "https://tablee.example.org" }).TABLEE_PUBLIC_URL).toBe("https://tablee.example.org");
    for (const bad of ["javascript:alert(1)", "ftp://x.org", "https://x.org/?a=1", "tablee.example.org"]) {
      expect(() => loadConfig({ TABLEE_PUBLIC_URL: bad }), bad).toThrow(ConfigError);
    }
  });
});

describe("the board in the app npm start runs", () => {
  it("is served with no token, at the address links use by default, next to /healthz", async () => {
    const type = await consoleApp({ PORT: "0" });
    await type("/setup Cantine");
    const link = /(http:\/\/127\.0\.0\.1:(\d+)\/login\/\S+)/.exec(await type("/tableau"))!;
    const base = `http://127.0.0.1:${link[2]}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const page = await fetch(link[1]!);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("Continuer en tant que <bdi>you</bdi>");
    expect((await fetch(`${base}/assets/board.css`)).headers.get("content-type")).toContain("text/css");
  });

  it("builds links from TABLEE_PUBLIC_URL (behind a proxy)", async () => {
    const type = await consoleApp({ PORT: "0", TABLEE_PUBLIC_URL: "https://tablee.example.org/" });
    await type("/setup Cantine");
    expect(await type("/tableau")).toMatch(/https:\/\/tablee\.example\.org\/login\/[A-Za-z0-9_-]{43}/);
  });

  it("starts anyway when the port is taken and only the console runs; /tableau says the board is not served", async () => {
    blocker = createServer();
    await new Promise<void>((r) => blocker!.listen(0, "0.0.0.0", r));
    const port = (blocker.address() as AddressInfo).port;
    const type = await consoleApp({ PORT: String(port) });
    await type("/setup Cantine");
    expect(await type("/tableau")).toContain("Le tableau web n'est pas servi par cette installation de Tablée.");
  });
});
