// /calendrier · /calendar: a person's two secret calendar links (their shifts, the canteen's
// services), answered privately; `/calendar reset` revokes every link they were given.
import type { CommandSpec } from "../commands/registry.ts";
import type { CanteenContext, HandlerResult } from "../context.ts";
import { UserError } from "../context.ts";
import { message, say, type Message } from "../model.ts";
import { fold, tokenize } from "../text.ts";
import { issueCalendarLinks } from "./links.ts";

/** Words that ask for new links (and revoke the old ones). */
const RESET_WORDS: ReadonlySet<string> = new Set(["reset", "new", "renew", "nouveau", "nouveaux", "renouveler", "reinitialiser"]);

async function links(ctx: CanteenContext, args: string): Promise<Message> {
  const words = tokenize(args).map(fold);
  const reset = words.length > 0 && RESET_WORDS.has(words[0]!);
  if (words.length > 0 && !reset) throw new UserError("calendar.unknownWord", { word: words[0] });
  const baseUrl = ctx.boardUrl?.() ?? null;
  if (baseUrl === null) throw new UserError("calendar.noBoard");
  const urls = await issueCalendarLinks(ctx.store, { personId: ctx.member.personId, canteenId: ctx.canteen.id, baseUrl, reset });
  const m = message();
  if (urls.revoked !== null) m.text(ctx.t("calendar.revoked", { count: urls.revoked }));
  return m
    .title(ctx.t("calendar.title"))
    .item(ctx.t("calendar.shifts"), urls.shifts)
    .item(ctx.t("calendar.canteen", { canteen: ctx.canteen.name }), urls.canteen)
    .note(ctx.t("calendar.howTo"))
    .note(ctx.t("calendar.secret"))
    .build();
}

/** Deep-link payload of the Telegram "open the private chat" button: "/start calendar" asks again there. */
export const CALENDAR_START_PAYLOAD = "calendar";

/**
 * The links are secret: in a private chat or the console they are the reply; in a Slack or
 * Discord channel, an answer only the asker sees; in a Telegram group nothing is issued — the
 * group gets a button that opens the private chat, where the bot answers.
 */
async function calendar(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const { event } = ctx;
  if (event.chat.private || event.platform === "console") return links(ctx, args);
  if (event.platform === "slack" || event.platform === "discord") {
    try {
      return { replies: [], personal: await links(ctx, args) };
    } catch (e) {
      if (e instanceof UserError) return { replies: [], personal: say(ctx.t(e.key, e.params)) };
      throw e;
    }
  }
  return message()
    .text(ctx.t("calendar.privateOnly"))
    .buttons({ label: ctx.t("calendar.openPrivateChat"), start: CALENDAR_START_PAYLOAD, style: "primary" })
    .build();
}

/** The calendar command, for the core's command table. */
export const calendarCommands: CommandSpec[] = [
  {
    key: "calendar",
    names: { en: ["calendar", "ical"], fr: ["calendrier"] },
    params: [{ kind: "text" }],
    needsCanteen: true,
    run: calendar,
  },
];
