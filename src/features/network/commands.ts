// /reseau · /network: a canteen manager creates a network (their canteen is its first member and
// they manage it), its managers hand out one-time codes, other canteens' managers join or leave
// with them, and `/reseau` lists its canteens — names only, never members or groups.
import { formatDay, localNow } from "../../kernel/days.ts";
import { UserError, type BaseContext, type HandlerResult } from "../../kernel/context.ts";
import { message, type Message } from "../../kernel/model.ts";
import { slugify, tokenize } from "../../kernel/text.ts";
import type { CommandSpec, Rights, SubcommandSpec } from "../../kernel/commands/registry.ts";
import { asCanteen, inLocale, managedNetwork, managesANetwork, privateLocale } from "./access.ts";
import type { Network } from "./ports.ts";

/** Longest network name. */
export const MAX_NETWORK_NAME = 80;

/** How long a network join code stays valid. */
export const NETWORK_CODE_HOURS = 48;

/** What a join code looks like: eight letters and digits (at least two of each). */
const CODE = /^(?=(?:.*\d){2})(?=(?:.*[A-Z]){2})[A-Z0-9]{8}$/i;

function listing(ctx: BaseContext, n: Network, opts: { manager: boolean; ownCanteenId?: number }): Message {
  const m = message().title(ctx.t("network.list.title", { network: n.name, count: n.canteens.length }));
  for (const c of n.canteens) m.item(c.name, c.canteenId === opts.ownCanteenId ? ctx.t("network.list.yours") : "");
  if (opts.manager) {
    m.note(ctx.t("network.list.managerTips"));
    m.buttons(
      { label: ctx.t("network.buttons.impact"), command: "/impact network" },
      { label: ctx.t("network.buttons.invite"), command: "/network invite" },
    );
  } else {
    m.note(ctx.t("network.list.memberNote"));
  }
  return m.build();
}

async function create(ctx: BaseContext, rest: string): Promise<HandlerResult> {
  const c = await asCanteen(ctx);
  const name = rest
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["«“]\s*|\s*["»”]$/g, "");
  if (name === "") throw new UserError("errors.usage", { usage: c.t("network.usage.create") });
  if (name.length > MAX_NETWORK_NAME) throw new UserError("errors.nameTooLong", { max: MAX_NETWORK_NAME });
  const slug = slugify(name);
  if (slug === "") throw new UserError("network.errors.badName");
  const res = await c.store.createNetwork({ name, slug, canteenId: c.canteen.id, personId: c.member.personId });
  if (res.kind === "already-member")
    throw new UserError("network.errors.alreadyMember", { canteen: c.canteen.name, network: res.network.name });
  if (res.kind === "name-taken") throw new UserError("network.errors.nameTaken", { network: name });
  return message()
    .title(c.t("network.created.title", { network: res.network.name }))
    .text(c.t("network.created.body", { canteen: c.canteen.name }))
    .item(c.t("network.created.tipInvite"))
    .item(c.t("network.created.tipImpact"))
    .buttons({ label: c.t("network.buttons.invite"), command: "/network invite" })
    .build();
}

async function invite(ctx: BaseContext): Promise<HandlerResult> {
  const n = await managedNetwork(ctx);
  const c = inLocale(ctx, await privateLocale(ctx));
  const personId = (await c.store.personOf(c.event.author.address))!;
  const expires = localNow(c.now, c.canteen?.timezone ?? c.defaults.timezone).plus({ hours: NETWORK_CODE_HOURS });
  const code = await c.store.createNetworkInvite(n.id, personId, expires.toJSDate());
  return message()
    .text(c.t("network.invite.created", { network: n.name }))
    .text({ bold: `${c.t("network.invite.command")} ${code}` })
    .note(c.t("network.invite.expires", { when: formatDay(expires, c.locale, "cccc d LLLL HH:mm"), hours: NETWORK_CODE_HOURS }))
    .build();
}

async function join(ctx: BaseContext, rest: string): Promise<HandlerResult> {
  const c = await asCanteen(ctx);
  const code = tokenize(rest)[0] ?? "";
  if (code === "") throw new UserError("errors.usage", { usage: c.t("network.usage.join") });
  if (!CODE.test(code)) throw new UserError("network.errors.badCode");
  const res = await c.store.joinNetwork(code.toUpperCase(), c.canteen.id, c.now);
  if (res.kind === "bad-code") throw new UserError("network.errors.badCode");
  if (res.kind === "already-member")
    throw new UserError("network.errors.alreadyMember", { canteen: c.canteen.name, network: res.network.name });
  return message()
    .title(c.t("network.joined.title", { canteen: c.canteen.name, network: res.network.name }))
    .text(c.t("network.joined.body"))
    .build();
}

async function leave(ctx: BaseContext): Promise<HandlerResult> {
  const c = await asCanteen(ctx);
  const left = await c.store.leaveNetwork(c.canteen.id);
  if (!left) throw new UserError("network.errors.notInNetwork", { canteen: c.canteen.name });
  return message()
    .text(c.t(left.canteens.length === 0 ? "network.left.closed" : "network.left.done", { canteen: c.canteen.name, network: left.name }))
    .build();
}

/** `/reseau`: a network manager sees their network; a member canteen's managers see theirs. */
async function list(ctx: BaseContext): Promise<HandlerResult> {
  if (await managesANetwork(ctx)) {
    const n = await managedNetwork(ctx);
    return listing(inLocale(ctx, await privateLocale(ctx)), n, { manager: true, ownCanteenId: ctx.canteen?.id });
  }
  const c = await asCanteen(ctx);
  const canteen = c.canteen;
  const n = await c.store.networkOfCanteen(canteen.id);
  if (!n)
    return message()
      .text(c.t("network.none", { canteen: canteen.name }))
      .note(c.t("network.noneHow"))
      .build();
  return listing(c, n, { manager: false, ownCanteenId: canteen.id });
}

/** `/reseau` (its list): a network's managers see their network, else a canteen's managers their canteen's. */
const LIST_RIGHTS: Rights = ["networkManagers", "managers"];

/** The names of a subcommand, canonical first (the words of `/network <subcommand>`). */
const names = (en: string[], fr: string[]) => ({ en, fr });

/**
 * `/reseau` alone lists the network. A canteen's managers create, join and leave for their
 * canteen; a network's managers invite; the list is for either (the kernel checks, ../commands/rights.ts).
 */
const networkSubcommands: SubcommandSpec<BaseContext>[] = [
  {
    key: "create",
    names: names(["create", "new"], ["creer", "nouveau"]),
    params: [{ kind: "name", required: true }],
    who: "managers",
    run: create,
  },
  // The one-time code lets a canteen in: for the manager who asked alone, never the group.
  {
    key: "invite",
    names: names(["invite", "code"], ["inviter", "invitation"]),
    who: "networkManagers",
    audience: "person",
    run: (ctx) => invite(ctx),
  },
  { key: "join", names: names(["join"], ["rejoindre", "adherer"]), params: [{ kind: "text", required: true }], who: "managers", run: join },
  { key: "leave", names: names(["leave"], ["quitter", "sortir"]), who: "managers", run: (ctx) => leave(ctx) },
  { key: "list", names: names(["list", "canteens"], ["liste", "cantines"]), who: LIST_RIGHTS, run: (ctx) => list(ctx) },
];

/** The network command, for the core's command table. */
export const networkCommands: CommandSpec[] = [
  {
    key: "network",
    names: { en: ["network"], fr: ["reseau"] },
    params: [{ kind: "text" }],
    needsCanteen: false,
    who: LIST_RIGHTS,
    run: (ctx) => list(ctx),
    subcommands: networkSubcommands,
  },
];
