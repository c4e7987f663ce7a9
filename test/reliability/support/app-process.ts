// Tablée as a real process: `node --import tsx src/main.ts` (not npm, so the pid is the app's
// own and SIGKILL hits it), configured through its environment only. Its JSON log lines (pino on
// stderr) are collected so tests can wait for them and count them.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root, where `src/main.ts` lives. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** One structured log line of the process. */
export interface LogLine {
  level: number;
  msg?: string;
  [field: string]: unknown;
}

/** A running (or finished) Tablée process. */
export interface AppProcess {
  name: string;
  pid: number;
  logs: LogLine[];
  /** Lines of stderr that were not JSON (stack traces of a crash). */
  other: string[];
  /** Resolves with the exit code, or the signal that ended the process. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first log line (already seen or future) that matches. */
  waitForLog(match: (l: LogLine) => boolean, what: string, timeoutMs?: number): Promise<LogLine>;
  /** Sends a signal to the process itself. */
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts the app with exactly these variables (plus PATH and HOME): no .env, no inherited token.
 * Resolves once it logged "Tablée started".
 */
export async function startAppProcess(name: string, env: Record<string, string>, readyTimeoutMs = 60_000): Promise<AppProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const logs: LogLine[] = [];
  const other: string[] = [];
  const waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  let rest = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    for (const raw of lines) {
      if (raw.trim() === "") continue;
      let line: LogLine;
      try {
        line = JSON.parse(raw) as LogLine;
      } catch {
        other.push(raw);
        continue;
      }
      logs.push(line);
      for (const w of [...waiters]) {
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  let ended = false;
  void exited.then(() => (ended = true));

  const waitForLog: AppProcess["waitForLog"] = (match, what, timeoutMs = 60_000) => {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const tail = [...logs.slice(-5).map((l) => JSON.stringify(l)), ...other.slice(-20)].join("\n");
        reject(new Error(`${name}: no log line "${what}" within ${timeoutMs} ms; last lines:\n${tail}`));
      }, timeoutMs);
      const early = exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited (${code ?? signal}) before logging "${what}":\n${other.slice(-20).join("\n")}`));
      });
      waiters.push({
        match,
        resolve: (l) => {
          clearTimeout(timer);
          void early.catch(() => undefined);
          resolve(l);
        },
      });
    });
  };

  const app: AppProcess = {
    name,
    pid: child.pid!,
    logs,
    other,
    exited,
    waitForLog,
    kill: (signal) => {
      if (!ended) process.kill(child.pid!, signal);
    },
    async stop(graceMs = 15_000) {
      if (ended) return;
      app.kill("SIGTERM");
      const timer = setTimeout(() => app.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitForLog((l) => l.msg === "Tablée started", "Tablée started", readyTimeoutMs);
  } catch (e) {
    await app.stop(1_000);
    throw e;
  }
  return app;
}

/** Polls `check` every few milliseconds until it holds; fails with `what` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000, everyMs = 5): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
