// Finding the person a manager names in a command: a platform mention first, then a display name.
import type { CanteenContext } from "./context.ts";
import { UserError } from "./context.ts";
import type { Member, Store } from "./ports.ts";
import { cleanName, fold } from "./text.ts";

/** Longest display name we accept for an outside helper typed by a manager. */
export const MAX_NAME_LENGTH = 64;

/**
 * The member a name or mention designates. A mentioned account is added to the canteen if new.
 * Returns undefined when nobody matches; throws when several people share the name.
 */
export async function findMember(ctx: CanteenContext, typed: string): Promise<Member | undefined> {
  const name = typed.replace(/^@/, "").trim();
  const mention = ctx.event.mentions?.find((m) => fold(m.name) === fold(name) || typed.includes(m.address.split(":").slice(1).join(":")));
  if (mention) return ctx.store.ensureMember(ctx.canteen.id, { ...mention, platform: ctx.event.platform });
  const all = await ctx.store.members(ctx.canteen.id);
  const matches = all.filter((m) => fold(m.name) === fold(name));
  if (matches.length > 1) {
    throw new UserError("errors.ambiguousName", { name, count: matches.length });
  }
  return matches[0];
}

/** Validates a typed name for an outside helper. */
export function checkHelperName(name: string): string {
  const clean = cleanName(name.replace(/^@/, ""));
  if (clean.length === 0) throw new UserError("errors.emptyName");
  if (clean.length > MAX_NAME_LENGTH) throw new UserError("errors.nameTooLong", { max: MAX_NAME_LENGTH });
  return clean;
}

/**
 * The managers of a canteen: members with the manager role who are real people (not a helper's
 * name typed by a manager). The one definition every feature uses.
 */
export async function managersOf(store: Pick<Store, "members">, canteenId: number): Promise<Member[]> {
  return (await store.members(canteenId)).filter((m) => m.role === "manager" && !m.placeholder);
}
