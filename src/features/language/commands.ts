// /langue · /language: the language of what only this person sees. The reply comes in the new
// language; groups keep the canteen's.
import { translator } from "../../kernel/i18n/index.ts";
import type { BaseContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { message } from "../../kernel/model.ts";
import type { Locale } from "../../kernel/ports.ts";
import { fold } from "../../kernel/text.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import { personalLocale, supportedLocale } from "../../kernel/locale.ts";

/** Words people type for each language; "auto" goes back to the app's language. */
const WORDS: Record<string, Locale | "auto"> = Object.assign(Object.create(null) as Record<string, Locale | "auto">, {
  fr: "fr",
  francais: "fr",
  french: "fr",
  en: "en",
  anglais: "en",
  english: "en",
  auto: "auto",
  app: "auto",
  application: "auto",
});

/** The person behind the author (a member of the chat's canteen, or an account already known), their language and whether they chose it. */
async function personOf(ctx: BaseContext): Promise<{ personId: number; locale: Locale; chosen: boolean | undefined }> {
  if (ctx.canteen) {
    const m = await ctx.store.ensureMember(ctx.canteen.id, { ...ctx.event.author, platform: ctx.event.platform });
    return {
      personId: m.personId,
      locale: personalLocale(m, ctx.event.author.language, ctx.canteen.locale),
      chosen: (m.locale ?? null) !== null,
    };
  }
  const id = await ctx.store.personOf(ctx.event.author.address);
  if (id === null) throw new UserError("language.unknownPerson");
  return { personId: id, locale: ctx.me.locale, chosen: undefined };
}

/** The current language with a button for each. */
function current(locale: Locale, chosen: boolean | undefined): HandlerResult {
  const t = translator(locale);
  const m = message().text(t("language.current"));
  if (chosen === false) m.note(t("language.fromApp"));
  return m
    .buttons({ label: t("language.french"), command: "/language fr" }, { label: t("language.english"), command: "/language en" })
    .build();
}

export const languageCommands: CommandSpec[] = [
  {
    key: "language",
    names: { en: ["language", "lang"], fr: ["langue"] },
    params: [{ kind: "language" }],
    needsCanteen: false,
    async run(ctx, args) {
      const word = fold(args.trim());
      const { personId, locale, chosen } = await personOf(ctx);
      if (word === "") return current(locale, chosen);
      const wanted = WORDS[word];
      if (!wanted) throw new UserError("errors.usage", { usage: ctx.t("commands.language.usage") });
      await ctx.store.setPersonLocale(personId, { chosen: wanted === "auto" ? null : wanted });
      const now: Locale =
        wanted === "auto"
          ? ((await ctx.store.personLocale(personId)) ?? supportedLocale(ctx.event.author.language) ?? ctx.canteen?.locale ?? ctx.locale)
          : wanted;
      const text = translator(now)(wanted === "auto" ? "language.auto" : "language.set");
      if (ctx.event.action) return { replies: [], toast: text };
      return message().text(text).build();
    },
  },
];
