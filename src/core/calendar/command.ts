// /calendrier · /calendar: a person's two secret calendar links (their shifts, the canteen's
// services), answered privately; `/calendar reset` revokes every link they were given.
import type { CommandSpec } from "../commands/registry.ts";
import type { CanteenContext, HandlerResult } from "../context.ts";
import { UserError } from "../context.ts";
import { message, say, type Message } from "../model.ts";
import { fold, tokenize } from "../text.ts";
import { hashToken, newToken } from "../board/tokens.ts";
import { FEED_PATH } from "./feed.ts";

/** Words that ask for new links (and revoke the old ones). */
const RESET_WORDS: ReadonlySet<string> = new Set(["reset", "new", "renew", "nouveau", "nouveaux", "renouveler", "reinitialiser"]);

/** The URL of a feed token on the board. */
export function feedUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${FEED_PATH}/${token}.ics`;
}

/** Issues a fresh pair of links; links given earlier keep working until a reset. */
async function issue(ctx: CanteenContext, baseUrl: string): Promise<{ shifts: string; canteen: string }> {
  const shifts = newToken();
  const canteen = newToken();
  const personId = ctx.member.personId;
  await ctx.store.createCalendarFeeds([
    { kind: "shifts", personId, canteenId: ctx.canteen.id, tokenHash: hashToken(shifts) },
    { kind: "canteen", personId, canteenId: ctx.canteen.id, tokenHash: hashToken(canteen) },
  ]);
  return { shifts: feedUrl(baseUrl, shifts), canteen: feedUrl(baseUrl, canteen) };
}

async function links(ctx: CanteenContext, args: string): Promise<Message> {
  const words = tokenize(args).map(fold);
  const reset = words.length > 0 && RESET_WORDS.has(words[0]!);
  if (words.length > 0 && !reset) throw new UserError("calendar.unknownWord", { word: words[0] });
  const baseUrl = ctx.boardUrl?.() ?? null;
  if (baseUrl === null) throw new UserError("calendar.noBoard");
  const m = message();
  if (reset) {
    const revoked = await ctx.store.revokeCalendarFeeds(ctx.member.personId);
    m.text(ctx.t("calendar.revoked", { count: revoked }));
  }
  const urls = await issue(ctx, baseUrl);
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
  { key: "calendar", names: { en: ["calendar", "ical"], fr: ["calendrier"] }, params: [{ kind: "text" }], needsCanteen: true, run: calendar },
];
