// /lier · /link: joining one's accounts on several apps into one person. `/link` makes a code;
// `/link CODE` typed on the other app shows whose account it joins (name, app, canteens) with a
// warning, and only its confirmation (a button, or `/link CODE yes`) merges the accounts.
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import type { BaseContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { localNow } from "../../kernel/days.ts";
import { message, type Message } from "../../kernel/model.ts";
import { supportedLocale } from "../../kernel/locale.ts";
import { fold, tokenize } from "../../kernel/text.ts";
import type { LinkPreview, RolesNotCarried } from "./ports.ts";

/** Minutes a /link code stays valid. */
export const LINK_CODE_MINUTES = 15;

/** Deep-link payload of the Telegram "open the private chat" button: "/start link" asks for a code there. */
export const LINK_START_PAYLOAD = "link";

/** Words that confirm (`/link CODE yes`) or cancel (`/link CODE no`) a code shown. */
const YES = new Set(["oui", "yes", "o", "y", "ok", "confirmer", "confirm", "cestmoi"]);
const NO = new Set(["non", "no", "n", "annuler", "cancel", "pasmoi"]);

function rolesText(ctx: BaseContext, roles: RolesNotCarried): string {
  return [
    ...roles.managerOf.map((canteen) => ctx.t("link.roleManager", { canteen })),
    ...roles.networks.map((network) => ctx.t("link.roleNetwork", { network })),
  ].join(" · ");
}

const noRoles = (r: RolesNotCarried): boolean => r.managerOf.length === 0 && r.networks.length === 0;

async function makeCode(ctx: BaseContext): Promise<Message> {
  const me = ctx.event.author.address;
  // Joining one's accounts needs no canteen: an account never seen before becomes a person here.
  const { name, language } = ctx.event.author;
  const personId = await ctx.store.ensurePerson({
    address: me,
    platform: ctx.event.platform,
    name,
    reportedLocale: supportedLocale(language),
  });
  const expires = localNow(ctx.now, ctx.defaults.timezone).plus({ minutes: LINK_CODE_MINUTES });
  const created = await ctx.store.createLinkCode({ personId, madeBy: me, expiresAt: expires.toJSDate() });
  return message()
    .text(ctx.t("link.created", { minutes: LINK_CODE_MINUTES }))
    .text({ bold: `/link ${created}` })
    .note(ctx.t("link.why"))
    .note(ctx.t("link.keep"))
    .build();
}

/** Whose account the code joins, the warning, and the two buttons. */
function confirmation(ctx: BaseContext, code: string, p: LinkPreview): Message {
  const m = message()
    .title(ctx.t("link.confirmTitle", { name: p.name, app: ctx.t(`link.apps.${p.platform}`) }))
    .item(p.canteens.length > 0 ? ctx.t("link.canteens", { list: p.canteens.join(", ") }) : ctx.t("link.noCanteens"))
    .text(ctx.t("link.whatMoves"));
  if (!noRoles(p.notCarried)) m.text(ctx.t("link.notCarriedBefore", { roles: rolesText(ctx, p.notCarried) })).note(ctx.t("link.otherWay"));
  return m
    .text({ bold: ctx.t("link.warning") })
    .note(ctx.t("link.orType", { code }))
    .buttons(
      { label: ctx.t("link.confirm"), command: `/link ${code} yes`, style: "primary" },
      { label: ctx.t("link.cancel"), command: `/link ${code} no`, style: "danger" },
    )
    .build();
}

async function show(ctx: BaseContext, code: string): Promise<Message> {
  const found = await ctx.store.showLinkCode(code, ctx.event.author.address, ctx.now);
  if (found.kind === "own") throw new UserError("link.own");
  if (found.kind === "invalid") throw new UserError("link.badCode");
  return confirmation(ctx, code, found.preview);
}

async function confirm(ctx: BaseContext, code: string): Promise<Message> {
  const before = await ctx.store.personOf(ctx.event.author.address);
  const done = await ctx.store.redeemLinkCode(code, { ...ctx.event.author, platform: ctx.event.platform }, ctx.now);
  // Typed with "yes" before the code was ever shown: show it first, never merge unseen.
  if (done.kind === "unseen") return show(ctx, code);
  if (done.kind === "own") throw new UserError("link.own");
  if (done.kind === "invalid") throw new UserError("link.badCode");
  // Survey answers still waiting to be counted follow the person too (src/core/survey/pool.ts).
  if (before !== null && before !== done.personId) ctx.personMerged(before, done.personId);
  const m = message().text(ctx.t("link.done", { name: done.name }));
  if (!noRoles(done.notCarried)) {
    m.text(ctx.t("link.notCarriedAfter", { roles: rolesText(ctx, done.notCarried) }));
    if (done.notCarried.managerOf.length > 0) m.note(ctx.t("link.regainManager", { name: done.name }));
    m.note(ctx.t("link.regainOwn"));
  }
  return m.build();
}

/**
 * In a group the answer is only "write to me privately" (with a button to the private chat where
 * the platform has one); a code typed there was seen by everyone, so it is cancelled.
 */
async function inGroup(ctx: BaseContext, code: string | undefined): Promise<Message> {
  const m = message().text(ctx.t("link.privateOnly"));
  if (code && (await ctx.store.cancelLinkCode(code, null, ctx.now))) m.text(ctx.t("link.seenInGroup"));
  return m.buttons({ label: ctx.t("link.openPrivateChat"), start: LINK_START_PAYLOAD, style: "primary" }).build();
}

async function link(ctx: BaseContext, args: string): Promise<HandlerResult> {
  const [first, word, ...rest] = tokenize(args);
  const code = first?.toUpperCase();
  if (!ctx.event.chat.private) return inGroup(ctx, code);
  if (code === undefined) return makeCode(ctx);
  if (word === undefined) return show(ctx, code);
  const answer = fold(word).replace(/[^a-z]/g, "");
  if (rest.length === 0 && YES.has(answer)) return confirm(ctx, code);
  if (rest.length === 0 && NO.has(answer)) {
    if (!(await ctx.store.cancelLinkCode(code, ctx.event.author.address, ctx.now))) throw new UserError("link.badCode");
    return message().text(ctx.t("link.cancelled")).build();
  }
  throw new UserError("link.unknownWord", { code });
}

/** The /link command, for the core's command table. */
export const linkCommands: CommandSpec[] = [
  { key: "link", names: { en: ["link"], fr: ["lier", "relier"] }, params: [{ kind: "text" }], needsCanteen: false, run: link },
];
