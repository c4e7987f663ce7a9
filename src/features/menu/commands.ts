// Menus: managers post a service's menu with diet and allergen tags; anyone reads it.
import { menuLines } from "../sheet/index.ts";
import { dayError } from "../../kernel/args.ts";
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, localNow, parseDay, sheetDates } from "../../kernel/days.ts";
import { ALLERGENS, DIETS, dietConflicts, extractTags, foodWords, isNone, parseAllergen, type Allergen } from "../../kernel/food.ts";
import { message } from "../../kernel/model.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";

/**
 * Longest menu text: the announcement adds a title, the crew, the count and notes, and must
 * still fit the smallest platform message (Discord: 2,000 characters).
 */
export const MAX_MENU_LENGTH = 1000;

/** The next service to come: today's until lunch starts, else the next opening day. */
export function nextService(ctx: CanteenContext): string {
  const upcoming = [...sheetDates(ctx.calendar, ctx.now, 0), ...sheetDates(ctx.calendar, ctx.now, 1)];
  const today = localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
  return upcoming.find((d) => d >= today) ?? upcoming[0]!;
}

/**
 * Splits "<day> <rest>" where the day is the longest of the first 1–3 words that reads as a day.
 * Keeps the rest's own spacing and line breaks (menus are multi-line).
 */
export function splitDay(ctx: CanteenContext, args: string): { date: string; rest: string } | undefined {
  const trimmed = args.trimStart();
  const words = trimmed.split(/\s+/, 3);
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const res = parseDay(words.slice(0, k), ctx.calendar, ctx.now);
    if (!res.ok && res.reason === "unknown") continue;
    if (!res.ok) throw dayError(ctx, res, words.slice(0, k).join(" "));
    let rest = trimmed;
    for (let i = 0; i < k; i++) rest = rest.replace(/^\S+\s*/, "");
    return { date: res.date, rest };
  }
  return undefined;
}

async function showMenu(ctx: CanteenContext, date: string): Promise<HandlerResult> {
  const service = await ctx.store.service(ctx.canteen.id, date);
  const m = message().title(ctx.t("menu.title", { date: formatDate(date, ctx.locale, ctx.now) }));
  return menuLines(ctx, service, m).build();
}

async function menu(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  if (args.trim() === "") return showMenu(ctx, nextService(ctx));
  const split = splitDay(ctx, args);
  if (!split) throw new UserError("errors.usage", { usage: ctx.t("commands.menu.usage") });
  if (split.rest.trim() === "") return showMenu(ctx, split.date);
  const { text, diets, allergens, unknown } = extractTags(split.rest);
  if (unknown.length > 0)
    throw new UserError("menu.unknownTags", {
      tags: unknown.join(" "),
      diets: DIETS.map((d) => `#${ctx.t(`diets.${d}`).replace(/ /g, "-")}`).join(" "),
      allergens: ALLERGENS.map((a) => ctx.t(`allergens.${a}`)).join(", "),
    });
  if (text.length > MAX_MENU_LENGTH) throw new UserError("menu.tooLong", { length: text.length, max: MAX_MENU_LENGTH });
  if (text === "") throw new UserError("errors.usage", { usage: ctx.t("commands.menu.usage") });
  await ctx.store.setMenu(ctx.canteen.id, split.date, { text, diets, allergens });
  // The announcements already queued or posted are edited; otherwise the menu waits for the day's.
  const posted = await ctx.outbox.touch(ctx.canteen.id, "announcement", { date: split.date });
  const shown = await showMenu(ctx, split.date);
  const m = "lines" in shown ? shown : shown.replies[0]!;
  const saved = posted > 0 ? ctx.t("menu.saved") : ctx.t("menu.savedForLater", { time: ctx.canteen.announceTime });
  // Tags the menu itself contradicts are kept as written, with a word to the manager who posted it.
  const warnings = dietConflicts({ text, diets, allergens }).map((c) => ({
    style: "text" as const,
    spans: [
      ctx.t("menu.conflict", {
        diet: ctx.t(`diets.${c.diet}`),
        what: [...c.allergens.map((a) => ctx.t(`allergens.${a}`)), ...c.words].join(", "),
      }),
    ],
  }));
  const fix = warnings.length > 0 ? [{ style: "note" as const, spans: [ctx.t("menu.conflictFix")] }] : [];
  return { ...m, lines: [{ style: "text", spans: [saved] }, ...warnings, ...m.lines, ...fix] };
}

/** Reads allergen words ("gluten lait #oeufs fruits à coque"), refusing unknown ones with the list of the 14. */
export function parseAllergenList(ctx: CanteenContext, text: string): Allergen[] {
  const words = foodWords(text);
  if (words.length === 1 && isNone(words[0]!)) return [];
  const out = new Set<Allergen>();
  for (const w of words) {
    const a = parseAllergen(w);
    if (!a) throw new UserError("menu.unknownAllergen", { word: w, list: ALLERGENS.map((x) => ctx.t(`allergens.${x}`)).join(", ") });
    out.add(a);
  }
  return ALLERGENS.filter((a) => out.has(a));
}

async function allergens(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const split = splitDay(ctx, args);
  if (!split || split.rest.trim() === "") throw new UserError("errors.usage", { usage: ctx.t("commands.allergens.usage") });
  const list = parseAllergenList(ctx, split.rest);
  await ctx.store.setMenuAllergens(ctx.canteen.id, split.date, list);
  await ctx.outbox.touch(ctx.canteen.id, "announcement", { date: split.date });
  return showMenu(ctx, split.date);
}

export const foodCommands: CommandSpec[] = [
  {
    key: "menu",
    names: { en: ["menu"], fr: ["menu"] },
    params: [{ kind: "day" }, { kind: "text" }],
    needsCanteen: true,
    // Anyone reads a menu; managers post it (a text after the day).
    changes: { who: "managers", when: (ctx, args) => (splitDay(ctx, args)?.rest.trim() ?? "") !== "" },
    run: menu,
  },
  {
    key: "allergens",
    names: { en: ["allergens"], fr: ["allergenes"] },
    who: "managers",
    params: [
      { kind: "day", required: true },
      { kind: "text", required: true },
    ],
    needsCanteen: true,
    run: allergens,
  },
];
