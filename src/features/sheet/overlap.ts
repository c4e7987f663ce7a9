// A volunteer signing up for a service at the same hours as another one they cook at (another
// canteen, of the same network or not, the same day) is warned; the sign-up still stands.
import type { DateTime } from "luxon";
import type { CanteenContext } from "../../kernel/context.ts";
import { atLocal } from "../../kernel/days.ts";
import type { Member } from "../../kernel/ports.ts";
import { roleLabel } from "./render.ts";

/** How long after lunch starts a service is taken to end (no canteen sets an end time yet). */
export const SERVICE_END_AFTER_LUNCH_HOURS = 2;

/** A service's hours, from cooking to the end of the meal. */
function hours(date: string, s: { timezone: string; cookTime: string; lunchTime: string }): { from: DateTime; to: DateTime } {
  return {
    from: atLocal(date, s.cookTime, s.timezone),
    to: atLocal(date, s.lunchTime, s.timezone).plus({ hours: SERVICE_END_AFTER_LUNCH_HOURS }),
  };
}

/** The warning lines for `who`'s places elsewhere at the same hours as `date` here (none: no line). */
export async function overlapWarnings(ctx: CanteenContext, who: Member, date: string): Promise<string[]> {
  const elsewhere = (await ctx.store.shiftsElsewhere(who.personId, date, ctx.canteen.id)).filter((s) => s.status === "confirmed");
  if (elsewhere.length === 0) return [];
  const here = hours(date, ctx.canteen);
  const self = who.personId === ctx.member.personId;
  return elsewhere
    .map((s) => ({ s, h: hours(date, s) }))
    .filter(({ h }) => h.from < here.to && here.from < h.to)
    .map(({ s, h }) =>
      ctx.t(self ? "cook.overlap" : "cook.overlapOther", {
        name: who.name,
        canteen: s.canteen,
        role: roleLabel(ctx, s.role),
        from: h.from.setZone(s.timezone).toFormat("HH:mm"),
        to: h.to.setZone(s.timezone).toFormat("HH:mm"),
      }),
    );
}
