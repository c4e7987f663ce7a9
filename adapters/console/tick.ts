// `/tick <when>`: the console's clock for demos and scripted checks. It moves Tablée's clock to
// a local date and time (or forward by a duration), then runs whatever became due — the daily
// announcement, the poll's closing, reminders — so it prints right away. Console only.
import { DateTime } from "luxon";
import type { CommandSpec } from "../../src/kernel/commands/registry.ts";
import { UserError } from "../../src/kernel/context.ts";
import { message } from "../../src/kernel/model.ts";
import type { Clock } from "../../src/kernel/ports.ts";

/** A clock that runs from wherever it was last set, at real speed or `speed` times faster. */
export class ConsoleClock implements Clock {
  private base: number;
  private origin = Date.now();
  constructor(
    start: Date = new Date(),
    private readonly speed = 1,
  ) {
    this.base = start.getTime();
  }
  now(): Date {
    return new Date(this.base + (Date.now() - this.origin) * this.speed);
  }
  set(to: Date): void {
    this.base = to.getTime();
    this.origin = Date.now();
  }
}

/** "2026-12-01T10:00", "2026-12-01 10:00", "10:00" (today), "+2h", "+30m", "+1d". */
export function parseTick(text: string, now: Date, zone: string): Date | undefined {
  const s = text.trim();
  const rel = /^\+(\d+)\s*([mhd])$/i.exec(s);
  if (rel) {
    const n = Number(rel[1]);
    const unit = { m: "minutes", h: "hours", d: "days" }[rel[2]!.toLowerCase() as "m" | "h" | "d"];
    return DateTime.fromJSDate(now, { zone })
      .plus({ [unit]: n })
      .toJSDate();
  }
  const time = /^(\d{1,2})[:h](\d{2})$/.exec(s);
  if (time) {
    return DateTime.fromJSDate(now, { zone })
      .set({ hour: Number(time[1]), minute: Number(time[2]), second: 0, millisecond: 0 })
      .toJSDate();
  }
  const dt = DateTime.fromISO(s.replace(" ", "T"), { zone });
  return dt.isValid ? dt.toJSDate() : undefined;
}

/**
 * The /tick command, wired to the app's clock. `plan` runs before the clock moves (so what was
 * set up just now is planned on time, not seen as missed), `runDue` after.
 */
export function tickCommand(clock: ConsoleClock, plan: () => Promise<void>, runDue: () => Promise<void>, defaultZone: string): CommandSpec {
  return {
    key: "tick",
    names: { en: ["tick"], fr: ["horloge"] },
    hidden: true,
    needsCanteen: false,
    async run(ctx, args) {
      if (ctx.event.platform !== "console") throw new UserError("tick.consoleOnly");
      const zone = ctx.canteen?.timezone ?? defaultZone;
      const to = parseTick(args, clock.now(), zone);
      if (!to) throw new UserError("tick.usage");
      await plan();
      clock.set(to);
      await runDue();
      const shown = DateTime.fromJSDate(to, { zone })
        .setLocale(ctx.locale === "fr" ? "fr-FR" : "en-GB")
        .toFormat("cccc d LLLL yyyy HH:mm");
      return message()
        .note(ctx.t("tick.now", { when: shown }))
        .build();
    },
  };
}
