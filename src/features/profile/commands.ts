// A person's own settings: diet and allergies (for the kitchen summary), and `/forget me`.
// Joining accounts (`/link`) lives in src/features/link.
import type { BaseContext, CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { DIETS, foodWords, isNone, parseDiet, type Diet } from "../../kernel/food.ts";
import { message } from "../../kernel/model.ts";
import { allergenList, dietList } from "../sheet/index.ts";
import { parseAllergenList } from "../menu/index.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";

async function showProfile(ctx: CanteenContext, prefix?: string): Promise<HandlerResult> {
  const p = await ctx.store.profile(ctx.member.personId);
  const m = message();
  if (prefix) m.text(prefix);
  return m
    .title(ctx.t("profile.title", { name: ctx.member.name }))
    .item(ctx.t("profile.diets", { list: p.diets.length ? dietList(ctx, p.diets) : ctx.t("profile.none") }))
    .item(ctx.t("profile.allergies", { list: p.allergies.length ? allergenList(ctx, p.allergies) : ctx.t("profile.noneAllergies") }))
    .note(ctx.t("profile.howTo"))
    .build();
}

async function diet(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const words = foodWords(args);
  if (words.length === 0) return showProfile(ctx);
  let diets: Diet[] = [];
  if (!(words.length === 1 && isNone(words[0]!))) {
    const set = new Set<Diet>();
    for (const w of words) {
      const d = parseDiet(w);
      if (!d) throw new UserError("profile.unknownDiet", { word: w, list: DIETS.map((x) => ctx.t(`diets.${x}`)).join(", ") });
      set.add(d);
    }
    diets = DIETS.filter((d) => set.has(d));
  }
  await ctx.store.setProfile(ctx.member.personId, { diets });
  return showProfile(ctx, ctx.t("profile.saved"));
}

async function allergies(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  if (args.trim() === "") return showProfile(ctx);
  const list = parseAllergenList(ctx, args);
  await ctx.store.setProfile(ctx.member.personId, { allergies: list });
  return showProfile(ctx, ctx.t("profile.saved"));
}

async function forget(ctx: BaseContext, args: string): Promise<HandlerResult> {
  if (!["me", "moi"].includes(args.trim().toLowerCase())) throw new UserError("forget.confirm");
  const personId = await ctx.store.personOf(ctx.event.author.address);
  if (personId === null) return message().text(ctx.t("forget.nothing")).build();
  const promoted = await ctx.store.forgetPerson(personId, ctx.now);
  ctx.personForgotten(personId);
  const m = message().text(ctx.t("forget.done"));
  if (promoted.length > 0) m.note(ctx.t("forget.promoted", { count: promoted.length }));
  return m.build();
}

/** Diet and allergies are health data: every answer showing them is for the person alone. */
const PROFILE_PRIVATELY = { start: "profile" } as const;

/** The profile commands, for the core's command table. */
export const profileCommands: CommandSpec[] = [
  {
    key: "diet",
    names: { en: ["diet"], fr: ["regime"] },
    params: [{ kind: "text" }],
    audience: "person",
    privately: PROFILE_PRIVATELY,
    needsCanteen: true,
    run: diet,
  },
  {
    key: "allergies",
    names: { en: ["allergies", "allergy"], fr: ["allergie"] },
    params: [{ kind: "text" }],
    audience: "person",
    privately: PROFILE_PRIVATELY,
    needsCanteen: true,
    run: allergies,
  },
  {
    key: "profile",
    names: { en: ["profile", "me"], fr: ["profil", "moi"] },
    audience: "person",
    privately: PROFILE_PRIVATELY,
    needsCanteen: true,
    run: (ctx) => showProfile(ctx),
  },
  { key: "forget", names: { en: ["forget"], fr: ["oublier"] }, params: [{ kind: "text" }], needsCanteen: false, run: forget },
];
