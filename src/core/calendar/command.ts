// /calendrier · /calendar: a person's two secret calendar links (their shifts, the canteen's
// services), answered privately; `/calendar reset` revokes every link they were given.
import { PRIVATE_ANSWER_PLATFORMS } from "../commands/lunch.ts";
import type { CommandSpec } from "../commands/registry.ts";
import type { CanteenContext, HandlerResult } from "../context.ts";
import { UserError } from "../context.ts";
import { message, plainText, type Message } from "../model.ts";
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

/**
 * The links are secret: in a private chat they are the reply; in a group, only where an answer
 * can be shown to its author alone (Slack, Discord, console) — elsewhere the group is told to ask
 * in private, and nothing is issued.
 */
async function calendar(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  if (ctx.event.chat.private) return links(ctx, args);
  if (!PRIVATE_ANSWER_PLATFORMS.has(ctx.event.platform)) throw new UserError("calendar.privateOnly");
  try {
    return { replies: [], toast: plainText(await links(ctx, args)) };
  } catch (e) {
    if (e instanceof UserError) return { replies: [], toast: ctx.t(e.key, e.params) };
    throw e;
  }
}

/** The calendar command, for the core's command table. */
export const calendarCommands: CommandSpec[] = [
  { key: "calendar", names: { en: ["calendar", "ical"], fr: ["calendrier"] }, params: [{ kind: "text" }], needsCanteen: true, run: calendar },
];
