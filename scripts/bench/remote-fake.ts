// The parent's side of fake-process.ts: starts the fake Bot API in a child process and calls it.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { RecordedCall } from "../../test/fakes/telegram/server.ts";

/** A recorded Bot API call, with its sub-millisecond wall-clock time. */
export type TimedCall = RecordedCall & { hr: number };

/** A fake Bot API running in a child process. */
export class RemoteFake {
  private next = 1;
  private readonly waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly token: string,
    readonly apiRoot: string,
  ) {
    child.on("message", (m: { id: number; result?: unknown; error?: string }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error !== undefined) w?.reject(new Error(m.error));
      else w?.resolve(m.result);
    });
  }

  /** Forks the child and waits until its server listens. */
  static async start(): Promise<RemoteFake> {
    const child = fork(fileURLToPath(new URL("./fake-process.ts", import.meta.url)), [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const ready = await new Promise<{ token: string; apiRoot: string }>((resolve, reject) => {
      child.once("message", (m: { ready: boolean; token: string; apiRoot: string }) => resolve(m));
      child.once("exit", (code) => reject(new Error(`fake Bot API process exited (${code})`)));
    });
    return new RemoteFake(child, ready.token, ready.apiRoot);
  }

  /** Calls a method of the fake (`target` "fake") or of its world (`target` "state"). RegExps go as `{ regex, flags }`. */
  call<T>(target: "fake" | "state", method: string, ...args: unknown[]): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, target, method, args: args.map((a) => (a instanceof RegExp ? { regex: a.source, flags: a.flags } : a)) });
    });
  }

  /** Every call the fake recorded, as of the last `refresh`. */
  readonly seen: TimedCall[] = [];

  /** Fetches the calls recorded since the last refresh; returns them all. */
  async refresh(): Promise<TimedCall[]> {
    this.seen.push(...(await this.call<TimedCall[]>("fake", "calls", this.seen.length)));
    return this.seen;
  }

  async close(): Promise<void> {
    await this.call("fake", "close").catch(() => undefined);
    this.child.disconnect();
    await new Promise((r) => (this.child.exitCode !== null ? r(null) : this.child.once("exit", r)));
  }
}
