// Who may run a command: the kernel checks what a command or subcommand declares (`who`, and a
// stricter `changes` right for some uses) before its handler runs, and answers the refusal in
// the chat's language. Handlers never check rights themselves.
import { UserError, type BaseContext, type CanteenContext } from "../context.ts";
import { formatDate } from "../days.ts";
import type { Canteen, Member } from "../ports.ts";
import { HEAD_COOK_ROLE } from "../roles.ts";
import { whoList, type ChangeRights, type Rights } from "./registry.ts";

/** What a right is checked against; `day` is the service a head-cook right is about. */
export interface RightsInput {
  who: Rights | undefined;
  changes?: ChangeRights<never>;
  /** The service a "headCookOrManagers" right is about, read from the arguments. */
  dayOf?: (ctx: never, args: string) => Promise<string>;
}

function isCanteenContext(ctx: BaseContext): ctx is CanteenContext {
  return "member" in ctx && ctx.canteen !== null;
}

/** The canteen a command without one speaks for: the group's, or in a private chat the person's only one. */
export async function ownCanteen(ctx: BaseContext): Promise<Canteen> {
  if (ctx.canteen) return ctx.canteen;
  if (!ctx.event.chat.private) throw new UserError("errors.notLinked");
  const mine = await ctx.store.canteensOf(ctx.event.author.address);
  if (mine.length > 1) throw new UserError("errors.severalCanteens", { canteens: mine.map((c) => c.name).join(", ") });
  if (mine.length === 0) throw new UserError("errors.noCanteenPrivate");
  return mine[0]!;
}

/** The author as a member of the canteen the command speaks for; platform admins count as managers. */
async function memberOf(ctx: BaseContext): Promise<{ member: Member; canteen: Canteen }> {
  if (isCanteenContext(ctx)) return { member: ctx.member, canteen: ctx.canteen };
  const canteen = await ownCanteen(ctx);
  const member = await ctx.store.ensureMember(canteen.id, { ...ctx.event.author, platform: ctx.event.platform });
  return { member: ctx.event.author.platformAdmin ? { ...member, role: "manager" } : member, canteen };
}

async function managesANetwork(ctx: BaseContext): Promise<boolean> {
  const personId = await ctx.store.personOf(ctx.event.author.address);
  return personId !== null && (await ctx.store.networksManagedBy(personId)).length > 0;
}

async function isHeadCook(ctx: BaseContext, member: Member, canteen: Canteen, date: string): Promise<boolean> {
  const sheet = await ctx.store.sheet(canteen.id, [date]);
  return sheet.some((s) => s.personId === member.personId && s.role === HEAD_COOK_ROLE && s.status === "confirmed");
}

/** True when the member is on the service's team: confirmed on its sheet, in any role. */
async function isOnTeam(ctx: BaseContext, member: Member, canteen: Canteen, date: string): Promise<boolean> {
  const sheet = await ctx.store.sheet(canteen.id, [date]);
  return sheet.some((s) => s.personId === member.personId && s.status === "confirmed");
}

/**
 * Checks a declared right, trying each `Who` in order; when none holds, throws the refusal of
 * the last one (managers: "reserved for the canteen's managers"; head cook: "managers and the
 * head cook of <day>"; team: "managers and the team of <day>"; network managers: "for a network's managers").
 */
export async function checkRights(ctx: BaseContext, who: Rights | undefined, args: string, dayOf?: RightsInput["dayOf"]): Promise<void> {
  const wanted = whoList(who);
  if (wanted.includes("anyone")) return;
  let refusal: UserError | undefined;
  for (const w of wanted) {
    if (w === "networkManagers") {
      if (await managesANetwork(ctx)) return;
      refusal = new UserError("errors.networkManagersOnly");
      continue;
    }
    const { member, canteen } = await memberOf(ctx);
    if (member.role === "manager") return;
    if (w === "managers") {
      refusal = new UserError("errors.managersOnly");
      continue;
    }
    if (!dayOf) throw new Error(`a ${w} right needs the command's dayOf`);
    const date = await dayOf(ctx as never, args);
    if (w === "teamOrManagers") {
      if (await isOnTeam(ctx, member, canteen, date)) return;
      refusal = new UserError("errors.teamOrManagers", { date: formatDate(date, ctx.locale, ctx.now) });
      continue;
    }
    if (await isHeadCook(ctx, member, canteen, date)) return;
    refusal = new UserError("errors.headCookOrManagers", { date: formatDate(date, ctx.locale, ctx.now) });
  }
  throw refusal!;
}

/** Checks a command's or subcommand's rights for these arguments: its `who`, then `changes` when they apply. */
export async function checkDeclaredRights(ctx: BaseContext, spec: RightsInput, args: string): Promise<void> {
  await checkRights(ctx, spec.who, args, spec.dayOf);
  if (spec.changes && (await spec.changes.when(ctx as never, args))) await checkRights(ctx, spec.changes.who, args, spec.dayOf);
}
