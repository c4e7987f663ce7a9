// Which lunch programme a command is about: the one of the group it is typed in, or — in a
// private chat with the bot — the one the person takes part in.
import type { CanteenContext } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import type { LunchProgram } from "./ports.ts";

/** The programme of this chat; throws the helpful error when there is none (or several). */
export async function programOf(ctx: CanteenContext): Promise<LunchProgram> {
  if (!ctx.event.chat.private && ctx.group) {
    const p = await ctx.store.lunchProgramOfGroup(ctx.group.id);
    if (!p) throw new UserError("lunch.errors.noProgram");
    return p;
  }
  const mine = await ctx.store.lunchProgramsOf(ctx.member.personId, ctx.canteen.id);
  if (mine.length === 1) return mine[0]!;
  if (mine.length === 0) throw new UserError("lunch.errors.noProgramPrivate");
  throw new UserError("lunch.errors.severalPrograms", { groups: mine.map((p) => p.groupTitle ?? p.groupAddress).join(", ") });
}
