// /calendrier · /calendar: a person's two secret calendar links (their shifts, the canteen's
// services), answered privately; `/calendar reset` revokes every link they were given first.
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import type { CanteenContext } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { message, type Message } from "../../kernel/model.ts";
import { fold, tokenize } from "../../kernel/text.ts";
import { issueCalendarLinks } from "./links.ts";

/**
 * The links are secret: the command's audience is its author alone, so the kernel shows them
 * where only they see them, or sends them privately (src/kernel/audience.ts). With `reset`, every
 * link given before is revoked first.
 */
async function links(ctx: CanteenContext, reset: boolean): Promise<Message> {
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

/** The calendar command, for the core's command table: its answer is for the asker alone. */
export const calendarCommands: CommandSpec[] = [
  {
    key: "calendar",
    audience: "person",
    privately: { start: CALENDAR_START_PAYLOAD },
    names: { en: ["calendar", "ical"], fr: ["calendrier"] },
    needsCanteen: true,
    // A word that is not a subcommand gets the calendar's own explanation of both uses.
    freeFirstWord: true,
    run: (ctx, args) => {
      const word = tokenize(args)[0];
      if (word !== undefined) throw new UserError("calendar.unknownWord", { word: fold(word) });
      return links(ctx, false);
    },
    subcommands: [
      {
        key: "reset",
        names: { en: ["reset", "new", "renew"], fr: ["nouveau", "nouveaux", "renouveler", "reinitialiser"] },
        run: (ctx) => links(ctx, true),
      },
    ],
  },
];
