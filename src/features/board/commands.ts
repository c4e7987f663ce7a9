// /tableau · /board: a one-time login link to the web board, sent where only its owner sees it
// (a private chat, an ephemeral answer, the console: the kernel routes it), and /board logout to
// end every session.
import type { BaseContext, CoreDeps, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { message, samePlatform, say, type Message, type PersonRef } from "../../kernel/model.ts";
import type { Locale, Subject } from "../../kernel/ports.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import { translator, type Translate } from "../../kernel/i18n/index.ts";
import { issueLoginLink, LOGIN_LINK_MINUTES, type IssuedLink } from "./login.ts";

/** Deep-link payload of the Telegram "open the private chat" button: "/start board" asks again. */
export const BOARD_START_PAYLOAD = "board";

/** The private message carrying a login link: a link button, or the address itself where the platform has no link buttons. */
export function renderLoginLink(t: Translate, link: IssuedLink, linkButtons = true): Message {
  const m = message().text(t("board.link", { minutes: LOGIN_LINK_MINUTES }));
  if (linkButtons) m.buttons({ label: t("board.open"), url: link.url, style: "primary" });
  else m.text(link.url);
  return m.note(t("board.keep")).build();
}

/** The person behind the author, and the canteen the board should open on. */
async function whoAsks(ctx: BaseContext): Promise<{ personId: number; canteenId: number | null }> {
  if (ctx.canteen && !ctx.event.chat.private) {
    const member = await ctx.store.ensureMember(ctx.canteen.id, { ...ctx.event.author, platform: ctx.event.platform });
    return { personId: member.personId, canteenId: ctx.canteen.id };
  }
  const personId = await ctx.store.personOf(ctx.event.author.address);
  if (personId === null) throw new UserError("errors.noCanteenPrivate");
  return { personId, canteenId: null };
}

/** `/board logout`: ends every board session of the person. Only a count: the group may read it (its audience). */
async function logout(ctx: BaseContext): Promise<HandlerResult> {
  const personId = await ctx.store.personOf(ctx.event.author.address);
  const ended = personId === null ? 0 : await ctx.store.endBoardSessions(personId, ctx.now);
  return say(ctx.t("board.loggedOut", { count: ended }));
}

/**
 * The link, for its owner alone: the kernel shows it where only they see it (a private chat, an
 * ephemeral answer, the console) or sends it privately, the group reading only that it was sent
 * (or a button to open the private chat, when the bot cannot write first).
 */
async function board(ctx: BaseContext): Promise<HandlerResult> {
  const baseUrl = ctx.boardUrl?.() ?? null;
  if (baseUrl === null) throw new UserError("board.notServed");
  const { personId, canteenId } = await whoAsks(ctx);
  const link = renderLoginLink(ctx.t, await issueLoginLink(ctx.store, { personId, canteenId, baseUrl, now: ctx.now }), ctx.can.linkButtons);
  // With an https board, the group also gets the way into the Mini App where the platform opens
  // one (a web_app button is not allowed in groups; a t.me/<bot>?startapp link is).
  if (ctx.event.chat.private || !ctx.can.privateChatButton || !/^https:\/\//i.test(baseUrl)) return link;
  const groupT = translator(ctx.canteen?.locale ?? ctx.defaults.locale);
  return {
    replies: [link],
    shared: [
      message()
        .buttons({ label: groupT("home.openInTelegram"), start: BOARD_START_PAYLOAD, app: true })
        .build(),
    ],
  };
}

/**
 * Composes a queued board message: for the person, a fresh login link; for a group (the person
 * could not be written to privately), a mention with a button that opens the private chat.
 */
export async function composeBoardMessage(
  deps: CoreDeps,
  canteenId: number | null,
  subject: Subject,
  target: { kind: "chat" | "person"; address: string } | undefined,
  now: Date,
): Promise<Message | null> {
  if (subject.personId === undefined || !target) return null;
  const canteen = canteenId === null ? null : await deps.store.canteen(canteenId);
  const locale: Locale = canteen?.locale ?? deps.defaults.locale;
  const t = translator(locale);
  if (target.kind === "person") {
    const baseUrl = deps.boardUrl?.() ?? null;
    if (baseUrl === null) return null;
    return renderLoginLink(t, await issueLoginLink(deps.store, { personId: subject.personId, canteenId, baseUrl, now }));
  }
  const identities = await deps.store.identitiesOf(subject.personId);
  const address = identities.find((i) => samePlatform(i.address, target.address))?.address;
  const name = canteenId === null ? "" : ((await deps.store.members(canteenId)).find((m) => m.personId === subject.personId)?.name ?? "");
  const who: PersonRef | null = address && name ? { address, name } : null;
  return message()
    .text(...(who ? [{ mention: who }, " "] : []), t("board.startPrivate"))
    .buttons({ label: t("board.openPrivateChat"), start: BOARD_START_PAYLOAD, style: "primary" })
    .build();
}

/** The board command, for the core's command table: its link is for the asker alone, its logout's count for the group. */
export const boardCommands: CommandSpec[] = [
  {
    key: "board",
    audience: "person",
    privately: { sent: "board.sentPrivately", unreachable: "board.startPrivate", start: BOARD_START_PAYLOAD },
    names: { en: ["board", "dashboard"], fr: ["tableau", "tableaudebord"] },
    needsCanteen: false,
    run: (ctx) => board(ctx),
    subcommands: [
      {
        key: "logout",
        names: { en: ["logout", "signout"], fr: ["deconnexion", "deconnecter", "sortir"] },
        audience: "group",
        run: (ctx) => logout(ctx),
      },
    ],
  },
];
