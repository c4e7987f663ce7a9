// The coolings under way, swept about once a minute: 2 hours after a cooling started, whoever
// started it is asked privately for its end temperature; still unanswered 30 minutes later, it is
// out of limits — the managers are told privately and its author asked for the corrective action.
import type { CoreDeps } from "../../kernel/context.ts";
import type { Running } from "../../kernel/feature.ts";
import { viewFor } from "../../kernel/locale.ts";
import { message } from "../../kernel/model.ts";
import type { Canteen } from "../../kernel/ports.ts";
import { DISH_LIMITS } from "./dish.ts";
import { formatTemperature } from "./limits.ts";
import type { DishRecord } from "./ports.ts";
import { timeOf } from "./render.ts";
import { alertManagers } from "./shared.ts";

/** How long after the question a cooling left unanswered is out of limits. */
export const UNANSWERED_AFTER_MIN = 30;

/** Sends its author, privately in their language, one message about a cooling. */
async function tellAuthor(deps: CoreDeps, c: Canteen, r: DishRecord, step: "ask" | "unanswered", now: Date): Promise<void> {
  if (r.by.personId === null) return;
  const [identity] = await deps.store.identitiesOf(r.by.personId);
  if (!identity) return;
  const v = await viewFor(deps.store, c, now, r.by.personId);
  const params = {
    dish: r.dish,
    canteen: c.name,
    time: timeOf(r.startAt, c.timezone),
    start: formatTemperature(r.startValue ?? 0, v.locale),
    max: formatTemperature(r.max ?? DISH_LIMITS.coolingMax, v.locale),
  };
  const m = message().text(v.t(`hygiene.cooling.${step}`, params));
  m.note(v.t(step === "ask" ? "hygiene.cooling.endHowTo" : "hygiene.reading.askAction", params));
  await deps.outbox.enqueue([
    {
      key: `hygiene-cooling-${step}:${c.id}:${r.id}`,
      canteenId: c.id,
      kind: "hygiene-cooling",
      subject: { date: r.date, personId: r.by.personId },
      target: { kind: "person", address: identity.address },
      payload: m.build(),
    },
  ]);
}

/** The sweep of coolings under way (each step claimed once in the database, whichever instance sweeps). */
export function coolingSweep(deps: CoreDeps): Running {
  const canteenOf = async (id: number) => deps.store.canteen(id);
  return {
    async sweep(now) {
      const due = new Date(now.getTime() - DISH_LIMITS.coolingMinutes * 60_000);
      for (const r of await deps.store.coolingsToAsk(due, now)) {
        const c = await canteenOf(r.canteenId);
        if (c) await tellAuthor(deps, c, r, "ask", now);
      }
      const late = new Date(due.getTime() - UNANSWERED_AFTER_MIN * 60_000);
      for (const r of await deps.store.coolingsUnanswered(late, now)) {
        const c = await canteenOf(r.canteenId);
        if (!c) continue;
        await tellAuthor(deps, c, r, "unanswered", now);
        await alertManagers(deps, c, now, {
          except: null,
          date: r.date,
          key: `hygiene-alert:${c.id}:dish:${r.id}`,
          text: (v) =>
            v.t("hygiene.alert.unanswered", {
              canteen: c.name,
              dish: r.dish,
              who: r.by.personId === null ? v.t("hygiene.formerVolunteer") : r.by.name,
              time: timeOf(r.startAt, c.timezone),
            }),
        });
      }
    },
  };
}
