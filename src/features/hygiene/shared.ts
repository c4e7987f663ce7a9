// What the hygiene commands and the cooling sweep share: the canteen's date, how names compare,
// and telling the managers privately of a record out of limits.
import type { CanteenContext, CanteenView, CoreDeps } from "../../kernel/context.ts";
import { localNow } from "../../kernel/days.ts";
import { viewFor } from "../../kernel/locale.ts";
import { message } from "../../kernel/model.ts";
import { managersOf } from "../../kernel/people.ts";
import type { Canteen } from "../../kernel/ports.ts";
import { fold } from "../../kernel/text.ts";

/** Longest equipment or dish name. */
export const MAX_EQUIPMENT_NAME = 40;

/** The canteen's local date today: readings belong to it. */
export function todayOf(ctx: Pick<CanteenContext, "now" | "canteen">): string {
  return localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
}

/** An equipment or dish name as compared: folded, single spaces. */
export function equipmentKey(name: string): string {
  return fold(name).replace(/\s+/g, " ");
}

/**
 * Tells each manager of `c` but `except` (who found it, and already reads the answer), privately
 * and in their language, of a record out of limits; `key` names the record (one message each).
 */
export async function alertManagers(
  deps: Pick<CoreDeps, "store" | "outbox">,
  c: Canteen,
  now: Date,
  input: { except: number | null; date: string; key: string; text: (v: CanteenView) => string },
): Promise<void> {
  const managers = (await managersOf(deps.store, c.id)).filter((m) => m.personId !== input.except);
  for (const manager of managers) {
    const [identity] = await deps.store.identitiesOf(manager.personId);
    if (!identity) continue;
    const v = await viewFor(deps.store, c, now, manager.personId);
    await deps.outbox.enqueue([
      {
        key: `${input.key}:${manager.personId}`,
        canteenId: c.id,
        kind: "hygiene-alert",
        subject: { date: input.date, personId: manager.personId },
        target: { kind: "person", address: identity.address },
        payload: message().text(input.text(v)).note(v.t("hygiene.alert.action")).build(),
      },
    ]);
  }
}

/** The same, from a command: its author is not told again. */
export function tellManagers(ctx: CanteenContext, date: string, key: string, text: (v: CanteenView) => string): Promise<void> {
  return alertManagers(ctx, ctx.canteen, ctx.now, { except: ctx.member.personId, date, key, text });
}
