// Virtual time for pacing tests: `sleep` registers a timer; `run` lets all pending work settle,
// then jumps the clock to the earliest timer — so waits are exact and take no real time.

/** A discrete-event clock. */
export class VirtualTime {
  private now = 0;
  private timers: { at: number; resolve: () => void }[] = [];

  clock = (): number => this.now;

  sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.timers.push({ at: this.now + Math.max(0, ms), resolve });
    });

  /** Runs `work` to completion, advancing the clock whenever everything is waiting. */
  async run<T>(work: Promise<T>): Promise<T> {
    let done = false;
    const result = work.finally(() => (done = true));
    while (!done) {
      await new Promise((r) => setImmediate(r));
      if (done) break;
      if (this.timers.length === 0) continue;
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0]!.at;
      this.now = Math.max(this.now, next);
      const due = this.timers.filter((t) => t.at <= this.now);
      this.timers = this.timers.filter((t) => t.at > this.now);
      for (const t of due) t.resolve();
    }
    return result;
  }
}
