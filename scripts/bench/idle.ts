// Benchmark 5: idle memory. Tablée runs as `npm start` runs it (the bundled sources), with
// Telegram, Discord and Slack all enabled against the fakes of test/fakes (started here, in this
// process); once it has started and sat idle, its resident set is read from /proc.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FakeDiscord } from "../../test/fakes/discord/server.ts";
import { BOT_TOKEN, SIGNING_SECRET } from "../../test/fakes/slack/harness.ts";
import { FakeSlackApi } from "../../test/fakes/slack/web-api.ts";
import { FakeTelegram } from "../../test/fakes/telegram/server.ts";
import { sleep } from "./util.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What the idle run measured. */
export interface IdleResult {
  rssMb: number;
  /** Seconds from spawning to the "Tablée started" log line. */
  startupSeconds: number;
  idleSeconds: number;
}

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The arguments of the `node` command that `npm start` ends with (package.json; the steps before
 * `&&` build the bundle and are run by `buildForStart`): the process measured.
 */
export function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  const [node, ...args] = pkg.scripts.start.split("&&").at(-1)!.trim().split(/\s+/);
  if (node !== "node") throw new Error(`npm start does not end by running node: ${pkg.scripts.start}`);
  return args;
}

/** Runs the steps of `npm start` before its final `node` command (building the bundle). */
export function buildForStart(): void {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  for (const step of pkg.scripts.start.split("&&").slice(0, -1)) {
    const [cmd, ...args] = step.trim().split(/\s+/);
    execFileSync(cmd === "node" ? process.execPath : cmd!, args, { cwd: ROOT, stdio: "inherit" });
  }
}

/** The resident set of a process, in MB (VmRSS of /proc/<pid>/status). */
export function rssMb(pid: number): number {
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  return kb / 1024;
}

/** Starts Tablée on the three fakes, waits `idleSeconds` after start-up, reads its RSS. */
export async function idleRss(idleSeconds: number, nodeArgs: string[] = startCommand()): Promise<IdleResult> {
  const telegram = await FakeTelegram.start();
  const discord = await FakeDiscord.start();
  const owner = discord.world.addUser("Owner");
  const guild = discord.world.addGuild("Belleville", owner);
  discord.world.addChannel(guild, "cantine");
  const slack = new FakeSlackApi(BOT_TOKEN);
  await slack.start();
  const dir = mkdtempSync(join(tmpdir(), "tablee-idle-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: `file:${join(dir, "tablee.db")}`,
    LOG_LEVEL: "info",
    PORT: String(await freePort()),
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE: discord.apiBase,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
  };
  const spawned = performance.now();
  const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Tablée did not start within 90 s:\n${log.slice(-2000)}`)), 90_000);
      child.stderr!.on("data", (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('"msg":"Tablée started"')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`Tablée exited (${code}) before starting:\n${log.slice(-2000)}`));
      });
    });
    const startupSeconds = (performance.now() - spawned) / 1000;
    for (const adapter of ["telegram", "discord", "slack"]) {
      if (!new RegExp(`"adapters":\\[[^\\]]*"${adapter}"`).test(log))
        throw new Error(`${adapter} adapter not running:\n${log.slice(-2000)}`);
    }
    await sleep(idleSeconds * 1000);
    if (child.exitCode !== null) throw new Error(`Tablée exited while idle:\n${log.slice(-2000)}`);
    if (process.env.BENCH_DEBUG)
      console.log(
        log
          .split("\n")
          .filter((l) => l.startsWith("MEMPROBE"))
          .join("\n"),
      );
    if (process.env.BENCH_DEBUG)
      console.log(
        readFileSync(`/proc/${child.pid}/status`, "utf8")
          .split("\n")
          .filter((l) => /Rss|Threads/.test(l))
          .join(" | "),
      );
    return { rssMb: rssMb(child.pid!), startupSeconds, idleSeconds };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    await telegram.close();
    await discord.stop();
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
