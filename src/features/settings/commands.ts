// /settings · /reglages: a canteen's days, times, capacity, language, timezone and own texts.
// Anyone may read them; managers change them. The scheduler picks changed times up by itself.
import { IANAZone } from "luxon";
import { z } from "zod";
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { parseDays, parseTime, weekdayNames } from "../../kernel/days.ts";

import { message } from "../../kernel/model.ts";
import type { CanteenPatch } from "../../kernel/ports.ts";
import { fold } from "../../kernel/text.ts";
import { translator } from "../../kernel/i18n/index.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import { SETTINGS_ITEMS } from "./points.ts";

/** Longest custom text (announcement intro, reminder, help call). */
export const MAX_CUSTOM_TEXT = 500;

const TIME_KEYS = {
  announceTime: ["announce", "annonce"],
  // The poll's end ("cloture" kept for those who learnt it: /cloturer closes a service).
  pollDeadline: ["poll-end", "fin-sondage", "deadline", "cloture", "limite"],
  reminderTime: ["reminder", "rappel"],
  alertTime: ["alert", "alerte"],
  lunchTime: ["lunch", "repas", "dejeuner"],
  cookTime: ["cooking", "cuisine", "rdv"],
} as const;
const TEXT_KEYS = {
  announce: ["announce-text", "texte-annonce"],
  reminder: ["reminder-text", "texte-rappel"],
  help: ["help-text", "texte-renfort"],
} as const;
const OTHER_KEYS = {
  openDays: ["days", "jours"],
  covers: ["covers", "couverts"],
  locale: ["language", "langue"],
  timezone: ["timezone", "fuseau"],
} as const;

const covers = z.coerce.number().int().min(1).max(2000);

function keyOf<T extends Record<string, readonly string[]>>(table: T, word: string): keyof T | undefined {
  return (Object.keys(table) as (keyof T)[]).find((k) => table[k]!.includes(word));
}

function show(ctx: CanteenContext, prefix: string[] = []): HandlerResult {
  const c = ctx.canteen;
  const m = message();
  for (const line of prefix) m.text(line);
  m.title(ctx.t("settings.title", { canteen: c.name }))
    .item(ctx.t("settings.days", { days: weekdayNames(c.openDays, ctx.locale).join(", ") }))
    .item(ctx.t("settings.times", { cook: c.cookTime, lunch: c.lunchTime, announce: c.announceTime, deadline: c.pollDeadline }))
    .item(ctx.t("settings.eve", { reminder: c.reminderTime, alert: c.alertTime }))
    .item(ctx.t("settings.other", { covers: c.covers, language: c.locale, timezone: c.timezone }));
  for (const item of ctx.offered(SETTINGS_ITEMS)) m.item(item.line(ctx));
  m.item(ctx.t("settings.texts", { announce: c.texts.announce ?? "—", reminder: c.texts.reminder ?? "—", help: c.texts.help ?? "—" }));
  m.note(ctx.t("settings.howTo"));
  // Other features' settings say how they are changed too (the close-out's prices and times).
  for (const item of ctx.offered(SETTINGS_ITEMS)) if (item.howTo) m.note(item.howTo(ctx));
  return m.build();
}

/** Checks the times still make a sensible day: poll before lunch, cooking before lunch. */
function checkDay(ctx: CanteenContext, c: CanteenContext["canteen"]): void {
  if (!(c.announceTime < c.pollDeadline && c.pollDeadline <= c.lunchTime)) {
    throw new UserError("settings.badOrder", { announce: c.announceTime, deadline: c.pollDeadline, lunch: c.lunchTime });
  }
  if (c.cookTime > c.lunchTime) throw new UserError("settings.cookAfterLunch", { cook: c.cookTime, lunch: c.lunchTime });
}

async function settings(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const trimmed = args.trim();
  if (trimmed === "") return show(ctx);
  const first = trimmed.split(/\s+/)[0] ?? "";
  const key = fold(first);
  const value = trimmed.slice(first.length).trim();
  if (value === "") throw new UserError("errors.usage", { usage: ctx.t("commands.settings.usage") });
  let patch: CanteenPatch;
  const timeKey = keyOf(TIME_KEYS, key);
  const textKey = keyOf(TEXT_KEYS, key);
  const otherKey = keyOf(OTHER_KEYS, key);
  if (timeKey) {
    const time = parseTime(value);
    if (!time) throw new UserError("settings.badTime", { value });
    patch = { [timeKey]: time };
  } else if (textKey) {
    const reset = ["-", "default", "defaut"].includes(fold(value));
    if (value.length > MAX_CUSTOM_TEXT) throw new UserError("settings.textTooLong", { max: MAX_CUSTOM_TEXT });
    patch = { texts: { [textKey]: reset ? null : value } };
  } else if (otherKey === "openDays") {
    const days = parseDays(value);
    if (!days) throw new UserError("settings.badDays", { value });
    patch = { openDays: days };
  } else if (otherKey === "covers") {
    const n = covers.safeParse(value);
    if (!n.success) throw new UserError("settings.badCovers");
    patch = { covers: n.data };
  } else if (otherKey === "locale") {
    const l = fold(value).slice(0, 2);
    if (l !== "fr" && l !== "en") throw new UserError("settings.badLanguage");
    patch = { locale: l };
  } else if (otherKey === "timezone") {
    if (!IANAZone.isValidZone(value)) throw new UserError("settings.badTimezone", { value });
    patch = { timezone: value };
  } else {
    patch =
      ctx
        .offered(SETTINGS_ITEMS)
        .reduce<CanteenPatch | undefined>((p, s) => p ?? s.parse(first, value, parseTime, ctx.canteen), undefined) ?? {};
    if (Object.keys(patch).length === 0) throw new UserError("settings.unknownKey", { key: first });
  }
  const next = { ...ctx.canteen, ...patch, texts: { ...ctx.canteen.texts, ...(patch.texts ?? {}) } } as CanteenContext["canteen"];
  checkDay(ctx, next);
  const saved = await ctx.store.updateCanteen(ctx.canteen.id, patch);
  const t = translator(saved.locale);
  const after = { ...ctx, canteen: saved, locale: saved.locale, t };
  const followed: string[] = [];
  for (const item of ctx.offered(SETTINGS_ITEMS)) if (item.saved) followed.push(...(await item.saved(after, ctx.canteen)));
  return show(after, [t("settings.saved"), ...followed]);
}

export const settingsCommands: CommandSpec[] = [
  {
    key: "settings",
    names: { en: ["settings", "config"], fr: ["reglages", "parametres"] },
    params: [{ kind: "text" }],
    needsCanteen: true,
    // Anyone reads the settings; managers change them.
    changes: { who: "managers", when: (_ctx, args) => args.trim() !== "" },
    run: settings,
  },
];
