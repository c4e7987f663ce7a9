// A dish's temperatures: a cooling (`/hygiene refroidissement <plat> <température>`, then
// `… <plat> fin <température>`: at most +10 °C within 2 hours), a core cooking temperature and a
// reheating (at least +63 °C). Out of limits, the reply says so and asks for the action, and the
// managers are told privately at once — as for a reading.
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { message } from "../../kernel/model.ts";
import { fold } from "../../kernel/text.ts";
import { capitalise } from "../sheet/index.ts";
import { equipmentKey, MAX_EQUIPMENT_NAME, tellManagers, todayOf } from "./shared.ts";
import { formatTemperature, PLAUSIBLE, splitNameAndTemperature } from "./limits.ts";
import type { DishRecord } from "./ports.ts";
import { durationText, timeOf } from "./render.ts";

/** The usual limits of dish records (see ../../../README.md, "The kitchen's records"). */
export const DISH_LIMITS = {
  /** A cooling ends at most this many °C… */
  coolingMax: 10,
  /** …within this many minutes of its start. */
  coolingMinutes: 120,
  /** Time allowed to answer the question asked when the cooling's time is up. */
  answerGraceMinutes: 15,
  /** A core cooking temperature and a reheating reach at least this. */
  hotMin: 63,
} as const;

const END_WORDS = new Set(["fin", "end", "fini", "done"]);

/** Reads "<plat> <température>" (a dish and a plausible temperature), or "<plat> fin <température>". */
function parseDish(ctx: CanteenContext, args: string, usage: string): { dish: string; value: number; end: boolean } {
  const split = splitNameAndTemperature(args);
  if (!split) throw new UserError("errors.usage", { usage: ctx.t(usage) });
  if (split.value < PLAUSIBLE.min || split.value > PLAUSIBLE.max)
    throw new UserError("hygiene.errors.implausible", { value: formatTemperature(split.value, ctx.locale) });
  const words = split.name.split(/\s+/);
  const end = END_WORDS.has(fold(words[words.length - 1]!));
  const dish = (end ? words.slice(0, -1) : words).join(" ").trim();
  if (dish.length > MAX_EQUIPMENT_NAME) throw new UserError("hygiene.errors.nameTooLong", { max: MAX_EQUIPMENT_NAME });
  return { dish, value: split.value, end };
}

/** The cooling under way a typed dish names (or the only one under way when none is named). */
async function openCooling(ctx: CanteenContext, dish: string): Promise<DishRecord> {
  const open = await ctx.store.openCoolings(ctx.canteen.id);
  if (open.length === 0) throw new UserError("hygiene.errors.noCooling");
  if (dish === "" && open.length === 1) return open[0]!;
  const key = equipmentKey(dish);
  const found = open.filter((r) => r.key === key);
  const begun = found.length > 0 ? found : open.filter((r) => r.key.startsWith(key) && key !== "");
  if (begun.length >= 1) return begun[begun.length - 1]!;
  throw new UserError("hygiene.errors.unknownCooling", { dish, list: open.map((r) => r.dish).join(", ") });
}

/** An out-of-limits reply: what was found, the action asked, the managers told. */
function outside(ctx: CanteenContext, text: string): HandlerResult {
  return message().text(text).text(ctx.t("hygiene.reading.askAction")).note(ctx.t("hygiene.reading.managersTold")).build();
}

/** /hygiene refroidissement: starts a cooling, or ends the one of that dish. */
export async function cooling(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const { dish, value, end } = parseDish(ctx, args, "commands.hygiene.subcommands.cooling.usage");
  const by = { personId: ctx.member.personId, name: ctx.member.name };
  const limits = { max: formatTemperature(DISH_LIMITS.coolingMax, ctx.locale), hours: DISH_LIMITS.coolingMinutes / 60 };
  if (!end) {
    if (dish === "") throw new UserError("errors.usage", { usage: ctx.t("commands.hygiene.subcommands.cooling.usage") });
    const r = await ctx.store.startCooling({
      canteenId: ctx.canteen.id,
      dish,
      key: equipmentKey(dish),
      date: todayOf(ctx),
      startValue: value,
      at: ctx.now,
      max: DISH_LIMITS.coolingMax,
      minutes: DISH_LIMITS.coolingMinutes,
      by,
    });
    return message()
      .text(
        ctx.t("hygiene.cooling.started", {
          dish: r.dish,
          value: formatTemperature(value, ctx.locale),
          time: timeOf(r.startAt, ctx.canteen.timezone),
          ...limits,
        }),
      )
      .note(ctx.t("hygiene.cooling.endHowTo", { dish: r.dish }))
      .build();
  }
  const open = await openCooling(ctx, dish);
  const minutes = Math.round((ctx.now.getTime() - open.startAt.getTime()) / 60_000);
  const inTime = minutes <= (open.minutes ?? DISH_LIMITS.coolingMinutes) + DISH_LIMITS.answerGraceMinutes;
  const within = open.missedAt === null && inTime && value <= (open.max ?? DISH_LIMITS.coolingMax);
  const r = await ctx.store.endCooling({ id: open.id, value, at: ctx.now, within });
  if (!r) throw new UserError("hygiene.errors.noCooling");
  const params = { dish: r.dish, value: formatTemperature(value, ctx.locale), duration: durationText(ctx, minutes), ...limits };
  if (within) return message().text(ctx.t("hygiene.cooling.within", params)).build();
  // A cooling found unanswered told the managers already; a late or warm end tells them now.
  if (open.missedAt === null)
    await tellManagers(ctx, r.date, `hygiene-alert:${ctx.canteen.id}:dish:${r.id}`, (v) =>
      v.t("hygiene.alert.cooling", {
        canteen: ctx.canteen.name,
        ...params,
        value: formatTemperature(value, v.locale),
        duration: durationText(v, minutes),
        max: formatTemperature(DISH_LIMITS.coolingMax, v.locale),
        who: r.by.name,
      }),
    );
  return outside(ctx, ctx.t("hygiene.cooling.outside", params));
}

/** /hygiene cuisson and /hygiene rechauffage: one temperature, at least +63 °C. */
export function hotDish(kind: "core" | "reheat"): (ctx: CanteenContext, args: string) => Promise<HandlerResult> {
  return async (ctx, args) => {
    const usage = `commands.hygiene.subcommands.${kind}.usage`;
    const { dish, value } = parseDish(ctx, args, usage);
    if (dish === "") throw new UserError("errors.usage", { usage: ctx.t(usage) });
    const min = DISH_LIMITS.hotMin;
    const within = value >= min;
    const r = await ctx.store.recordDishTemperature({
      canteenId: ctx.canteen.id,
      kind,
      dish,
      key: equipmentKey(dish),
      date: todayOf(ctx),
      value,
      at: ctx.now,
      min,
      within,
      by: { personId: ctx.member.personId, name: ctx.member.name },
    });
    const params = {
      dish: r.dish,
      value: formatTemperature(value, ctx.locale),
      min: formatTemperature(min, ctx.locale),
      what: capitalise(ctx.t(`hygiene.dishKinds.${kind}`)),
    };
    if (within) return message().text(ctx.t("hygiene.hot.within", params)).build();
    await tellManagers(ctx, r.date, `hygiene-alert:${ctx.canteen.id}:dish:${r.id}`, (v) =>
      v.t("hygiene.alert.hot", {
        canteen: ctx.canteen.name,
        dish: r.dish,
        what: v.t(`hygiene.dishKinds.${kind}`),
        value: formatTemperature(value, v.locale),
        min: formatTemperature(min, v.locale),
        who: r.by.name,
        time: timeOf(ctx.now, ctx.canteen.timezone),
      }),
    );
    return outside(ctx, ctx.t("hygiene.hot.outside", params));
  };
}
