// A seated person confirms or drops out (buttons on the table's message, or commands). Dropping
// out releases the seat from the kitchen's headcount and, when the table falls below 3, moves
// people between tables; the people concerned are told in the programme's group.
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, localNow } from "../../kernel/days.ts";
import { message } from "../../kernel/model.ts";
import type { LunchProgram, LunchRound, LunchTable } from "./ports.ts";
import { rebalance } from "./rebalance.ts";
import { lunchStarted, renderDropNotice, renderTable } from "./render.ts";
import { programOf } from "./where.ts";

/** A seat a command is about: its programme, round and table. */
interface SeatRef {
  program: LunchProgram;
  round: LunchRound;
  table: LunchTable;
}

/** The round and programme of a table this canteen may see (a group of canteen A never reads canteen B). */
async function tableHere(ctx: CanteenContext, tableId: number): Promise<{ program: LunchProgram; round: LunchRound; table: LunchTable }> {
  const found = Number.isSafeInteger(tableId) ? await ctx.store.lunchRoundOfTable(tableId) : null;
  const table = found?.round.tables.find((t) => t.id === tableId);
  if (!found || !table || found.program.canteenId !== ctx.canteen.id) throw new UserError("lunch.errors.unknownTable");
  return { ...found, table };
}

/**
 * The person's seat: in the round of the table named (they may have been moved to another table
 * of it), or else at their next lunch to come.
 */
async function mySeat(ctx: CanteenContext, args: string): Promise<SeatRef> {
  const me = ctx.member.personId;
  const at = (round: LunchRound) => round.tables.find((t) => t.seats.some((s) => s.personId === me));
  const typed = args.trim();
  if (typed !== "") {
    if (!/^\d{1,9}$/.test(typed)) throw new UserError("lunch.errors.unknownTable");
    const { program, round } = await tableHere(ctx, Number(typed));
    const table = at(round);
    if (!table) throw new UserError("lunch.errors.notYourTable");
    return { program, round, table };
  }
  const program = await programOf(ctx);
  const today = localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
  const round = (await ctx.store.lunchRounds(program.id)).find((r) => r.date >= today && !lunchStarted(ctx, r.date) && at(r));
  if (!round) throw new UserError("lunch.errors.noUpcomingTable");
  return { program, round, table: at(round)! };
}

function checkOpen(ctx: CanteenContext, round: LunchRound): void {
  if (lunchStarted(ctx, round.date)) throw new UserError("lunch.errors.over", { date: formatDate(round.date, ctx.locale, ctx.now) });
}

/** `/lunch confirm [table]`: "I'll be there". */
export async function confirmSeat(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const { round } = await mySeat(ctx, args);
  checkOpen(ctx, round);
  const seat = await ctx.store.confirmLunchSeat(round.id, ctx.member.personId);
  if (!seat) throw new UserError("lunch.errors.alreadyDropped");
  // A toast is the presser's alone: their language.
  const l = ctx.event.action ? ctx.me : ctx;
  const text = l.t("lunch.seat.confirmed", {
    name: ctx.member.name,
    date: formatDate(round.date, l.locale, ctx.now),
    time: ctx.canteen.lunchTime,
  });
  return ctx.event.action ? { replies: [], toast: text } : message().text(text).build();
}

/** `/lunch drop [table]`: releases the seat, rebalances the tables and tells the people concerned. */
export async function dropSeat(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const { program, round } = await mySeat(ctx, args);
  checkOpen(ctx, round);
  const people = round.tables.flatMap((t) => t.seats.map((s) => s.personId));
  const history = {
    recent: await ctx.store.lunchHistory(program.id, round.date, program.avoidRounds),
    avoid: await ctx.store.lunchAvoidPairs(people),
  };
  const res = await ctx.store.dropLunchSeat({
    roundId: round.id,
    personId: ctx.member.personId,
    plan: (seating, from) => rebalance(seating, from, history, program.tableSize),
  });
  if (res.kind === "already") throw new UserError("lunch.errors.alreadyDropped");
  if (res.kind === "not-seated") throw new UserError("lunch.errors.notYourTable");
  const dropped = res.round.tables.flatMap((t) => t.seats).find((s) => s.personId === ctx.member.personId)!;
  await ctx.outbox.touch(ctx.canteen.id, "announcement", { date: round.date });
  await ctx.outbox.enqueue([
    {
      key: `lunch:drop:${dropped.id}`,
      canteenId: ctx.canteen.id,
      kind: "lunch",
      subject: { date: round.date },
      target: { kind: "chat", address: program.groupAddress },
      payload: renderDropNotice(ctx, program, res.round, dropped, res.tableId, res.moves),
    },
  ]);
  const l = ctx.event.action ? ctx.me : ctx;
  const text = l.t("lunch.seat.dropped", { name: ctx.member.name, date: formatDate(round.date, l.locale, ctx.now) });
  return ctx.event.action ? { replies: [], toast: text } : message().text(text).build();
}

/** `/lunch table <id>`: a table as announced, as it is now (what its buttons refresh). */
export async function showTable(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const typed = args.trim();
  if (!/^\d{1,9}$/.test(typed)) throw new UserError("lunch.errors.unknownTable");
  const { program, round, table } = await tableHere(ctx, Number(typed));
  return renderTable(ctx, program, round, table);
}
