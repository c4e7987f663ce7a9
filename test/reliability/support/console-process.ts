// What `npm start` runs with no platform token — the bundle, console chat on stdin/stdout and the
// web board on PORT — as a child process a test talks to line by line, as a person would, and
// whose /healthz and board it can request. Also the mounts the store-failure tests make the
// database fail on (a small tmpfs, an ext4 image on a loop device); they need root, and fail
// loudly when the system refuses them.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./app-process.ts";

/** Bundles the sources into dist/main.mjs, as `npm start` does first. */
export function buildBundle(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT });
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A running console app. */
export interface ConsoleApp {
  port: number;
  /** Everything printed on stdout so far. */
  readonly stdout: string;
  /** Everything printed on stderr so far (JSON log lines). */
  readonly stderr: string;
  /** Types a line; resolves with what the bot printed until `done` matches it (or throws after `timeoutMs`). */
  say(line: string, done: RegExp, timeoutMs?: number): Promise<string>;
  /** GET on the app's HTTP server: status and body, or throws when no answer comes within `timeoutMs`. */
  get(path: string, timeoutMs?: number): Promise<{ status: number; body: string }>;
  /** Sends SIGTERM; resolves with the exit code and how long the process took to exit. */
  terminate(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** SIGKILL if still running (cleanup). */
  kill(): void;
}

/** Starts the bundle in console mode on `databaseUrl`; resolves once it logged "Tablée started". */
export async function startConsoleApp(databaseUrl: string, env: Record<string, string> = {}): Promise<ConsoleApp> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "dist", "main.mjs")], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: "info",
      TABLEE_CLOCK_START: "2026-11-30T08:00:00+01:00",
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve((exit = { code, signal }))),
  );
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));

  const waitFor = async (check: () => boolean, what: string, timeoutMs: number) => {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (exit) throw new Error(`the app exited (${exit.code ?? exit.signal}) while waiting for ${what}:\n${stderr.slice(-2000)}`);
      if (Date.now() > end)
        throw new Error(`no ${what} within ${timeoutMs} ms; stdout:\n${stdout.slice(-1500)}\nstderr:\n${stderr.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  await waitFor(() => stderr.includes('"msg":"Tablée started"'), "start", 60_000);

  return {
    port,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    async say(line, done, timeoutMs = 30_000) {
      const from = stdout.length;
      child.stdin!.write(`${line}\n`);
      await waitFor(() => done.test(stdout.slice(from)), `answer to "${line}" matching ${done}`, timeoutMs);
      return stdout.slice(from);
    },
    async get(path, timeoutMs = 5_000) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
      return { status: res.status, body: await res.text() };
    },
    async terminate() {
      const started = Date.now();
      child.kill("SIGTERM");
      const result = await exited;
      return { ...result, ms: Date.now() - started };
    },
    kill() {
      if (!exit) child.kill("SIGKILL");
    },
  };
}

/** A mounted test filesystem and how to remove it. */
export interface TestMount {
  dir: string;
  unmount(): void;
}

/** Runs a system command; its failure (a refused mount) fails the test with the command's own words. */
function system(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`${command} ${args.join(" ")} failed (these tests need root): ${err.stderr?.toString().trim() || err.message}`);
  }
}

/** A tmpfs of `size` (e.g. "8m"): a small disk that can really be filled. */
export function mountTmpfs(size: string): TestMount {
  const dir = mkdtempSync(join(tmpdir(), "tablee-tmpfs-"));
  system("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tablee-test", dir]);
  return {
    dir,
    unmount() {
      system("umount", ["-l", dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An ext4 filesystem in an image file on a loop device: files on it can be made immutable (chattr +i). */
export function mountExt4(size: string): TestMount {
  const base = mkdtempSync(join(tmpdir(), "tablee-ext4-"));
  const image = join(base, "disk.img");
  const dir = join(base, "mnt");
  system("truncate", ["-s", size, image]);
  system("mkfs.ext4", ["-q", "-F", image]);
  system("mkdir", ["-p", dir]);
  system("mount", ["-o", "loop", image, dir]);
  return {
    dir,
    unmount() {
      system("umount", ["-l", dir]);
      rmSync(base, { recursive: true, force: true });
    },
  };
}
