// Where other features add to /impact (src/kernel/feature.ts).
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { point } from "../../kernel/feature.ts";
import type { Tx } from "../../store/tx.ts";

/** Another scope of /impact (the network's: `/impact reseau …`), added by its feature. */
export interface ImpactScope {
  words: readonly string[];
  run(ctx: CanteenContext, rest: string): Promise<HandlerResult>;
}

/** Scopes other features add to /impact. */
export const IMPACT_SCOPES = point<ImpactScope>("impact.scopes");

/** Answers not counted yet in a canteen's figures (the survey's pools), said under them. */
export const IMPACT_WAITING = point<(ctx: CanteenContext) => number>("impact.waiting");

/** Inside the figures' transaction: dates of a canteen between two dates that are no service held (closed dates). */
export const NOT_HELD = point<(tx: Tx, canteenId: number, from: string, to: string) => Promise<ReadonlySet<string>>>("impact.notHeld");
