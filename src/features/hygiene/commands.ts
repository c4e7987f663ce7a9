// /hygiene · /hygiene and /releve · /reading: the canteen's equipment (managers add and remove
// it), the day's temperature readings (the day's team or a manager records them), and the
// corrective action attached to a reading out of limits. Out of limits, the managers are told
// privately at once, each in their language.
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate } from "../../kernel/days.ts";
import { message } from "../../kernel/model.ts";
import { fold, tokenize } from "../../kernel/text.ts";
import type { CommandSpec, SubcommandSpec } from "../../kernel/commands/registry.ts";
import {
  DEFAULT_LIMITS,
  formatTemperature,
  limitsText,
  parseKind,
  parseTemperature,
  PLAUSIBLE,
  splitNameAndTemperature,
  withinLimits,
} from "./limits.ts";
import type { Equipment } from "./ports.ts";
import { changesPlan, cleaning, cleaningDone } from "./cleaning.ts";
import { cooling, hotDish } from "./dish.ts";
import { training } from "./training.ts";
import { dishLine, readingLine, timeOf } from "./render.ts";
import { equipmentKey, MAX_EQUIPMENT_NAME, tellManagers, todayOf } from "./shared.ts";

/** Longest corrective action. */
export const MAX_ACTION = 500;
/** How far back `/hygiene action` looks for a reading out of limits that waits for one. */
const ACTION_WINDOW_MS = 48 * 3600_000;

/** The equipment in use a typed name means: its exact name, else the one name it begins. */
async function findEquipment(ctx: CanteenContext, typed: string): Promise<Equipment> {
  const all = await ctx.store.kitchenEquipment(ctx.canteen.id);
  if (all.length === 0) throw new UserError("hygiene.errors.noEquipment");
  const key = equipmentKey(typed);
  const exact = all.find((e) => e.key === key);
  if (exact) return exact;
  const begun = all.filter((e) => e.key.startsWith(key));
  if (begun.length === 1) return begun[0]!;
  throw new UserError("hygiene.errors.unknownEquipment", { name: typed, list: all.map((e) => e.name).join(", ") });
}

/** Today's readings, equipment by equipment: what was read, and what is still to read. */
async function status(ctx: CanteenContext): Promise<HandlerResult> {
  const date = todayOf(ctx);
  const all = await ctx.store.kitchenEquipment(ctx.canteen.id);
  const m = message().title(ctx.t("hygiene.status.title", { date: formatDate(date, ctx.locale, ctx.now), canteen: ctx.canteen.name }));
  if (all.length === 0) m.text(ctx.t("hygiene.errors.noEquipment"));
  const readings = await ctx.store.temperatureReadings(ctx.canteen.id, date, date);
  for (const e of all) {
    const mine = readings.filter((r) => r.equipmentId === e.id);
    if (mine.length === 0) m.item(ctx.t("hygiene.status.toRead", { name: e.name, limits: limitsText(ctx, e.min, e.max) }));
    for (const r of mine) m.item(readingLine(ctx, r));
  }
  const dishes = await ctx.store.dishRecords(ctx.canteen.id, date, date);
  if (dishes.length > 0) m.text(ctx.t("hygiene.status.dishes"));
  for (const d of dishes) m.item(dishLine(ctx, d));
  return m.note(ctx.t("hygiene.status.howTo")).build();
}

/** The equipment in use, with each one's kind and limits. */
async function listEquipment(ctx: CanteenContext): Promise<HandlerResult> {
  const all = await ctx.store.kitchenEquipment(ctx.canteen.id);
  const m = message().title(ctx.t("hygiene.equipment.title", { canteen: ctx.canteen.name }));
  if (all.length === 0) return m.text(ctx.t("hygiene.errors.noEquipment")).build();
  for (const e of all)
    m.item(
      ctx.t("hygiene.equipment.line", { name: e.name, kind: ctx.t(`hygiene.kinds.${e.kind}`), limits: limitsText(ctx, e.min, e.max) }),
    );
  return m.note(ctx.t("hygiene.equipment.howTo")).build();
}

/** Reads "<name> <kind> [min max]": the name is every word before the last kind word. */
function parseEquipment(ctx: CanteenContext, args: string): Omit<Equipment, "id"> {
  const words = tokenize(args);
  const at = words.findLastIndex((w) => parseKind(w) !== undefined);
  if (at < 1) throw new UserError("errors.usage", { usage: ctx.t("commands.hygiene.subcommands.add.usage") });
  const kind = parseKind(words[at]!)!;
  const numbers = words.slice(at + 1).map((w) => parseTemperature(w));
  if (numbers.length > 2 || numbers.some((n) => n === undefined))
    throw new UserError("hygiene.errors.badLimits", { words: words.slice(at + 1).join(" ") });
  const name = words.slice(0, at).join(" ");
  if (name.length > MAX_EQUIPMENT_NAME) throw new UserError("hygiene.errors.nameTooLong", { max: MAX_EQUIPMENT_NAME });
  let { min, max } = DEFAULT_LIMITS[kind];
  const [a, b] = numbers as number[];
  if (a !== undefined && b !== undefined) [min, max] = [Math.min(a, b), Math.max(a, b)];
  else if (a !== undefined && kind === "hot") min = a;
  else if (a !== undefined) max = a;
  return { name, key: equipmentKey(name), kind, min, max };
}

async function addEquipment(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const input = parseEquipment(ctx, args);
  const { equipment: e, created } = await ctx.store.saveEquipment({ canteenId: ctx.canteen.id, ...input });
  const params = { name: e.name, kind: ctx.t(`hygiene.kinds.${e.kind}`), limits: limitsText(ctx, e.min, e.max) };
  return message()
    .text(ctx.t(created ? "hygiene.equipment.added" : "hygiene.equipment.updated", params))
    .note(ctx.t("hygiene.equipment.readHowTo", { name: e.name }))
    .build();
}

async function removeEquipment(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  if (args.trim() === "") throw new UserError("errors.usage", { usage: ctx.t("commands.hygiene.subcommands.remove.usage") });
  const e = await findEquipment(ctx, args.trim().replace(/^["«“]\s*|\s*["»”]$/gu, ""));
  await ctx.store.removeEquipment(ctx.canteen.id, e.key, ctx.now);
  return message()
    .text(ctx.t("hygiene.equipment.removed", { name: e.name }))
    .build();
}

/** /releve <équipement> <température>: records it against the equipment's limits. */
async function recordReading(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  if (args.trim() === "") return status(ctx);
  const split = splitNameAndTemperature(args);
  // "/releve Frigo 1" names "Frigo 1" and no temperature, not "Frigo" at 1 °C.
  const named = (await ctx.store.kitchenEquipment(ctx.canteen.id)).some((e) => e.key === equipmentKey(args));
  if (!split || named) throw new UserError("hygiene.errors.noTemperature", { usage: ctx.t("commands.reading.usage") });
  if (split.value < PLAUSIBLE.min || split.value > PLAUSIBLE.max)
    throw new UserError("hygiene.errors.implausible", { value: formatTemperature(split.value, ctx.locale) });
  const e = await findEquipment(ctx, split.name);
  const within = withinLimits(split.value, e.min, e.max);
  const r = await ctx.store.recordReading({
    canteenId: ctx.canteen.id,
    equipment: e,
    date: todayOf(ctx),
    at: ctx.now,
    value: split.value,
    within,
    by: { personId: ctx.member.personId, name: ctx.member.name },
  });
  const params = {
    name: e.name,
    value: formatTemperature(r.value, ctx.locale),
    limits: limitsText(ctx, e.min, e.max),
    who: ctx.member.name,
  };
  if (within) return message().text(ctx.t("hygiene.reading.within", params)).build();
  await tellManagers(ctx, r.date, `hygiene-alert:${ctx.canteen.id}:${r.id}`, (v) =>
    v.t("hygiene.alert.text", {
      canteen: ctx.canteen.name,
      name: r.equipment,
      value: formatTemperature(r.value, v.locale),
      limits: limitsText(v, r.min, r.max),
      who: r.by.name,
      time: timeOf(r.at, ctx.canteen.timezone),
    }),
  );
  return message()
    .text(ctx.t("hygiene.reading.outside", params))
    .text(ctx.t("hygiene.reading.askAction"))
    .note(ctx.t("hygiene.reading.managersTold"))
    .build();
}

/** /hygiene action <texte>: the corrective action, attached to the latest reading out of limits waiting for one. */
async function recordAction(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const text = args.trim();
  if (text === "") throw new UserError("errors.usage", { usage: ctx.t("commands.hygiene.subcommands.action.usage") });
  if (text.length > MAX_ACTION) throw new UserError("hygiene.errors.actionTooLong", { max: MAX_ACTION });
  const r = await ctx.store.attachCorrectiveAction({
    canteenId: ctx.canteen.id,
    since: new Date(ctx.now.getTime() - ACTION_WINDOW_MS),
    text,
    at: ctx.now,
    by: { personId: ctx.member.personId, name: ctx.member.name },
  });
  if (!r) throw new UserError("hygiene.errors.nothingToAct");
  return message()
    .text(
      ctx.t("hygiene.action.saved", {
        name: r.subject,
        value: r.value === null ? ctx.t("hygiene.action.noValue") : formatTemperature(r.value, ctx.locale),
        date: formatDate(r.date, ctx.locale, ctx.now),
        time: timeOf(r.at, ctx.canteen.timezone),
        action: text,
      }),
    )
    .build();
}

const names = (en: string[], fr: string[]) => ({ en, fr });

const ADD_WORDS = new Set(["ajouter", "add"]);
const REMOVE_WORDS = new Set(["retirer", "remove"]);

/**
 * `/hygiene equipements` lists; `/hygiene equipements ajouter …` · `retirer …` is read as
 * `/hygiene ajouter …` · `retirer …` (people type both), for managers only, as those are.
 */
async function equipment(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const [first = "", ...rest] = tokenize(args);
  const word = fold(first);
  if (!ADD_WORDS.has(word) && !REMOVE_WORDS.has(word)) return listEquipment(ctx);
  if (ctx.member.role !== "manager") throw new UserError("errors.managersOnly");
  return ADD_WORDS.has(word) ? addEquipment(ctx, rest.join(" ")) : removeEquipment(ctx, rest.join(" "));
}

/** `/hygiene` alone shows today's readings; each subcommand is picked and rights-checked by the kernel. */
const hygieneSubcommands: SubcommandSpec<CanteenContext>[] = [
  { key: "equipment", names: names(["equipment"], ["equipements", "equipement"]), run: equipment },
  {
    key: "add",
    names: names(["add"], ["ajouter"]),
    who: "managers",
    params: [
      { kind: "name", required: true },
      { kind: "text", required: true },
    ],
    run: addEquipment,
  },
  {
    key: "remove",
    names: names(["remove"], ["retirer"]),
    who: "managers",
    params: [{ kind: "name", required: true }],
    run: removeEquipment,
  },
  {
    key: "action",
    names: names(["action"], ["action"]),
    who: "teamOrManagers",
    params: [{ kind: "text", required: true }],
    run: recordAction,
  },
  {
    key: "cooling",
    names: names(["cooling"], ["refroidissement", "refroidir"]),
    who: "teamOrManagers",
    params: [
      { kind: "name", required: true },
      { kind: "text", required: true },
    ],
    run: cooling,
  },
  {
    key: "core",
    names: names(["core", "cooking"], ["cuisson"]),
    who: "teamOrManagers",
    params: [
      { kind: "name", required: true },
      { kind: "text", required: true },
    ],
    run: hotDish("core"),
  },
  {
    key: "reheat",
    names: names(["reheat", "reheating"], ["rechauffage", "rechauffe"]),
    who: "teamOrManagers",
    params: [
      { kind: "name", required: true },
      { kind: "text", required: true },
    ],
    run: hotDish("reheat"),
  },
  {
    key: "cleaning",
    names: names(["cleaning"], ["nettoyage"]),
    params: [{ kind: "text" }],
    // Anyone sees today's tasks; the managers add and remove them.
    changes: { who: "managers", when: (_ctx, args) => changesPlan(args) },
    run: cleaning,
  },
  {
    key: "cleaningDone",
    names: names(["cleaning-done"], ["nettoyage-fait"]),
    who: "teamOrManagers",
    params: [{ kind: "text", required: true }],
    hidden: true,
    run: cleaningDone,
  },
  {
    key: "training",
    names: names(["training"], ["formation"]),
    who: "managers",
    params: [
      { kind: "name", required: true },
      { kind: "text", required: true },
    ],
    run: training,
  },
];

/** Readings and actions are the day's team's or a manager's: the service they are about is today's. */
const today = async (ctx: CanteenContext): Promise<string> => todayOf(ctx);

/** The kitchen records' commands, for the core's command table. */
export const hygieneCommands: CommandSpec[] = [
  {
    key: "hygiene",
    names: { en: ["hygiene"], fr: ["hygiene"] },
    params: [{ kind: "text" }],
    needsCanteen: true,
    dayOf: today,
    run: (ctx) => status(ctx),
    subcommands: hygieneSubcommands,
  },
  {
    key: "reading",
    names: { en: ["reading"], fr: ["releve"] },
    params: [{ kind: "name" }, { kind: "text" }],
    needsCanteen: true,
    // Anyone sees today's readings; the day's team and the managers record them.
    changes: { who: "teamOrManagers", when: (_ctx, args) => args.trim() !== "" },
    dayOf: today,
    run: recordReading,
  },
];
