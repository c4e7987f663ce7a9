// Where other features add to /impact (src/kernel/feature.ts); its subcommands (`/impact reseau`)
// come through the kernel's SUBCOMMANDS point.
import type { CanteenContext } from "../../kernel/context.ts";
import { point } from "../../kernel/feature.ts";
import type { Tx } from "../../store/tx.ts";

/** Answers not counted yet in a canteen's figures (the survey's pools), said under them. */
export const IMPACT_WAITING = point<(ctx: CanteenContext) => number>("impact.waiting");

/** Inside the figures' transaction: dates of a canteen between two dates that are no service held (closed dates). */
export const NOT_HELD = point<(tx: Tx, canteenId: number, from: string, to: string) => Promise<ReadonlySet<string>>>("impact.notHeld");

/**
 * Inside the figures' transaction: the volunteer minutes each of a canteen's closed services
 * had (the team that really cooked × each role's hours); a date left out is unknown.
 */
export const VOLUNTEER_MINUTES =
  point<(tx: Tx, canteenId: number, dates: readonly string[]) => Promise<ReadonlyMap<string, number>>>("impact.volunteerMinutes");
