// Which canteen and network a network command is about. A canteen's managers act for their
// canteen (create, join, leave); a network's managers see the network (its canteens and
// figures), never another canteen's members, names or groups. The kernel checks those rights.
import { calendarOf, UserError, type BaseContext, type CanteenContext } from "../../kernel/context.ts";
import { ownCanteen } from "../../kernel/commands/rights.ts";
import type { Locale } from "../../kernel/ports.ts";
import { translator } from "../../kernel/i18n/index.ts";
import type { Network } from "./ports.ts";

/**
 * The context of the canteen the command speaks for (the group's, or in a private chat the
 * person's only one), in its language. The kernel has checked the author's rights already.
 */
export async function asCanteen(ctx: BaseContext): Promise<CanteenContext> {
  const canteen = await ownCanteen(ctx);
  const member = await ctx.store.ensureMember(canteen.id, { ...ctx.event.author, platform: ctx.event.platform });
  const view = inLocale(ctx, canteen.locale);
  return {
    ...view,
    canteen,
    member: ctx.event.author.platformAdmin ? { ...member, role: "manager" } : member,
    calendar: calendarOf(canteen),
  };
}

/** The same context answering in another language. */
export function inLocale<C extends BaseContext>(ctx: C, locale: Locale): C {
  return locale === ctx.locale ? ctx : { ...ctx, locale, t: translator(locale) };
}

/**
 * The network the author manages: the only one, or the one the chat's canteen belongs to.
 * Refuses people who manage none (a canteen's managers see their canteen only).
 */
export async function managedNetwork(ctx: BaseContext): Promise<Network> {
  const personId = await ctx.store.personOf(ctx.event.author.address);
  const mine = personId === null ? [] : await ctx.store.networksManagedBy(personId);
  if (mine.length === 0) throw new UserError("errors.networkManagersOnly");
  if (mine.length === 1) return mine[0]!;
  const here = ctx.canteen ? mine.find((n) => n.canteens.some((c) => c.canteenId === ctx.canteen!.id)) : undefined;
  if (here) return here;
  throw new UserError("network.errors.severalNetworks", { networks: mine.map((n) => n.name).join(", ") });
}

/** True when the author manages at least one network. */
export async function managesANetwork(ctx: BaseContext): Promise<boolean> {
  const personId = await ctx.store.personOf(ctx.event.author.address);
  return personId !== null && (await ctx.store.networksManagedBy(personId)).length > 0;
}

/** The language to answer a network manager in a private chat: their first canteen's, else the default. */
export async function privateLocale(ctx: BaseContext): Promise<Locale> {
  if (ctx.canteen) return ctx.canteen.locale;
  const mine = await ctx.store.canteensOf(ctx.event.author.address);
  return mine[0]?.locale ?? ctx.locale;
}
