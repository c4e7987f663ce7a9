// Where other features add to the sheet's daily messages and its sign-up flow (src/kernel/feature.ts).
import type { CanteenContext, CanteenView } from "../../kernel/context.ts";
import { point } from "../../kernel/feature.ts";
import type { RhythmDeps } from "../../kernel/feature.ts";
import type { Line } from "../../kernel/model.ts";
import type { Canteen } from "../../kernel/ports.ts";
import type { Tx } from "../../store/tx.ts";

/** Lines under the announcement's crew (the pay-what-you-want price). */
export const ANNOUNCEMENT_NOTES = point<(v: CanteenView, c: Canteen) => string | null>("sheet.announcementNotes");

/** Lines added to the kitchen brief before its closing note (the forecast, an estimate). */
export const BRIEF_LINES = point<(deps: RhythmDeps, c: Canteen, date: string, v: CanteenView) => Promise<Line[]>>("sheet.briefLines");

/** Work to do when the poll closes at its deadline, before the brief goes (keep the forecast). */
export const POLL_CLOSED = point<(deps: RhythmDeps, c: Canteen, date: string) => Promise<void>>("sheet.pollClosed");

/**
 * Other needs of a service the managers' alert names (replacement requests nobody took): lines
 * of the alert in `v`'s language, and short notes for the log.
 */
export const ALERT_NEEDS =
  point<(deps: RhythmDeps, c: Canteen, date: string, v: CanteenView) => Promise<{ lines: string[]; notes: string[] }>>("sheet.alertNeeds");

/** Someone left a service (/uncook, or a manager took them off): other features follow (open replacement calls close). */
export const LEFT_SERVICE = point<(ctx: CanteenContext, date: string, personId: number) => Promise<void>>("sheet.leftService");

/** Inside the transaction that took someone off a service (the calendar keeps the cancellation for its feeds). */
export const SEAT_RELEASED =
  point<(tx: Tx, released: { canteenId: number; personId: number; date: string; role: string }) => Promise<void>>("sheet.seatReleased");

/**
 * Inside a sign-up's transaction, once its services are locked: which of the asked (canteen, date)
 * pairs closed meanwhile, as "canteenId|date" (a closure racing the sign-up wins: nobody stays on a closed date).
 */
export const CLOSED_IN_TX =
  point<(tx: Tx, asked: readonly { canteenId: number; date: string }[]) => Promise<ReadonlySet<string>>>("sheet.closedInTx");
