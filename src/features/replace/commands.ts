// /remplacer · /replace: ask every group of the canteen for someone to take one's place; the
// "I'll take it" button (/take) hands the seat over in one transaction; /replacement shows a
// request's message as it stands (the button's in-place refresh).
import { requireDay } from "../../kernel/args.ts";
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, formatShortDate, isPast, sheetDates } from "../../kernel/days.ts";
import { viewFor } from "../../kernel/locale.ts";
import { message } from "../../kernel/model.ts";
import { capitalise, LEFT_SERVICE, notifyPromoted, promotedSpans, roleLabel } from "../sheet/index.ts";
import { tokenize } from "../../kernel/text.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import type { SignUp } from "../../kernel/ports.ts";
import type { ReplacementRequest } from "./ports.ts";
import { renderReplaced, renderRequest } from "./render.ts";

/** Posts the request to every active group of the canteen, once each (through the ledger). */
async function announce(ctx: CanteenContext, r: ReplacementRequest): Promise<number> {
  const groups = await ctx.store.groupsOf(ctx.canteen.id);
  await ctx.outbox.enqueue(
    groups.map((g) => ({
      key: `replacement:${r.id}:${g.address}`,
      canteenId: ctx.canteen.id,
      kind: "replacement" as const,
      subject: { date: r.date, personId: r.requester.personId },
      target: { kind: "chat" as const, address: g.address },
    })),
  );
  return groups.length;
}

/** The person's upcoming confirmed places as buttons, when /replace is typed without a day. */
async function pickService(ctx: CanteenContext): Promise<HandlerResult> {
  const dates = [...sheetDates(ctx.calendar, ctx.now, 0), ...sheetDates(ctx.calendar, ctx.now, 1)];
  const mine = (await ctx.store.sheet(ctx.canteen.id, dates)).filter((s) => s.personId === ctx.member.personId && s.status === "confirmed");
  if (mine.length === 0) throw new UserError("replace.nothing");
  const m = message().text(ctx.t("replace.pick"));
  for (const s of mine)
    m.buttons({
      label: `${capitalise(formatShortDate(s.date, ctx.locale, ctx.now))} · ${roleLabel(ctx, s.role)}`,
      command: `/replace ${s.date}`,
    });
  return m.build();
}

async function ask(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const words = tokenize(args);
  if (words.length === 0) return pickService(ctx);
  const date = requireDay(ctx, words);
  // Someone waiting for that role takes the place at once: no call goes out.
  const handed = await ctx.store.handOver({ canteenId: ctx.canteen.id, date, personId: ctx.member.personId });
  if (handed) return handedOver(ctx, date, handed.promoted);
  const res = await ctx.store.askReplacement({ canteenId: ctx.canteen.id, date, personId: ctx.member.personId });
  const d = formatDate(date, ctx.locale, ctx.now);
  if (res.kind === "not-on-sheet") throw new UserError("replace.notOnSheet", { date: d });
  if (res.kind === "waitlisted") throw new UserError("replace.waitlisted", { date: d, role: roleLabel(ctx, res.role) });
  const role = roleLabel(ctx, res.request.role);
  if (res.kind === "already")
    return message()
      .text(ctx.t("replace.already", { date: d, role }))
      .build();
  const count = await announce(ctx, res.request);
  return message()
    .text(ctx.t("replace.asked", { count, date: d, role }))
    .build();
}

/** The asker's place went to the first person waiting: they are told privately, as after /uncook. */
async function handedOver(ctx: CanteenContext, date: string, promoted: SignUp): Promise<HandlerResult> {
  // An open call of the asker's on that service closes: the place is gone.
  for (const left of ctx.offered(LEFT_SERVICE)) await left(ctx, date, ctx.member.personId);
  await notifyPromoted(ctx, promoted);
  await ctx.outbox.touch(ctx.canteen.id, "announcement", { date });
  const m = message().text(ctx.t("replace.handed", { date: formatDate(date, ctx.locale, ctx.now), role: roleLabel(ctx, promoted.role) }));
  return { replies: [m.text(...promotedSpans(ctx, promoted)).build()], toast: ctx.me.t("replace.toastHanded") };
}

/** Tells the requester privately that someone took their place (once, via the ledger), in their language. */
async function notifyRequester(ctx: CanteenContext, r: ReplacementRequest): Promise<void> {
  const [identity] = await ctx.store.identitiesOf(r.requester.personId);
  if (!identity) return;
  const v = await viewFor(ctx.store, ctx.canteen, ctx.now, r.requester.personId);
  await ctx.outbox.enqueue([
    {
      key: `replaced:${r.id}`,
      canteenId: ctx.canteen.id,
      kind: "notice",
      subject: { date: r.date, personId: r.requester.personId },
      target: { kind: "person", address: identity.address },
      payload: renderReplaced(v, r),
    },
  ]);
}

/** A request number as typed ("12"), or undefined: digits only, within the database's integers. */
function requestId(args: string): number | undefined {
  const s = args.trim();
  return /^\d{1,9}$/.test(s) ? Number(s) : undefined;
}

async function take(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const id = requestId(args);
  if (id === undefined) throw new UserError("errors.usage", { usage: ctx.t("commands.take.usage") });
  const asked = await ctx.store.replacement(ctx.canteen.id, id);
  if (!asked) throw new UserError("replace.unknown");
  if (isPast(asked.date, ctx.calendar, ctx.now)) throw new UserError("replace.past");
  const res = await ctx.store.takeReplacement({ canteenId: ctx.canteen.id, requestId: id, personId: ctx.member.personId, now: ctx.now });
  if (res.kind === "unknown") throw new UserError("replace.unknown");
  const r = res.request;
  const p = {
    date: formatDate(r.date, ctx.me.locale, ctx.now),
    role: roleLabel(ctx.me, r.role),
    name: r.requester.name,
    taker: r.taker?.name ?? "",
  };
  const mine = { date: formatDate(r.date, ctx.locale, ctx.now), role: roleLabel(ctx, r.role) };
  switch (res.kind) {
    case "closed":
      throw new UserError(r.status === "taken" ? "replace.closedTaken" : "replace.closedWithdrawn", p);
    case "own":
      throw new UserError("replace.own");
    case "already-on":
      throw new UserError(res.waitlisted ? "replace.alreadyWaiting" : "replace.alreadyOn", {
        date: p.date,
        role: roleLabel(ctx.me, res.role),
      });
    case "to-waiting": {
      await notifyRequester(ctx, r);
      if (res.promoted.personId !== ctx.member.personId) await notifyPromoted(ctx, res.promoted);
      await ctx.outbox.touch(ctx.canteen.id, "replacement", { date: r.date, personId: r.requester.personId });
      await ctx.outbox.touch(ctx.canteen.id, "announcement", { date: r.date });
      if (res.promoted.personId === ctx.member.personId)
        return { replies: [message().text(ctx.t("replace.youTook", mine)).build()], toast: ctx.me.t("replace.toastTook") };
      return {
        replies: [
          message()
            .text(ctx.t("replace.toWaiting", { ...mine, taker: p.taker }))
            .build(),
        ],
        toast: ctx.me.t("replace.toWaiting", { ...p, taker: p.taker }),
      };
    }
    case "taken": {
      await notifyRequester(ctx, r);
      await ctx.outbox.touch(ctx.canteen.id, "replacement", { date: r.date, personId: r.requester.personId });
      await ctx.outbox.touch(ctx.canteen.id, "announcement", { date: r.date });
      return { replies: [message().text(ctx.t("replace.youTook", mine)).build()], toast: ctx.me.t("replace.toastTook") };
    }
  }
}

/** Closes the person's open request on a service after they cancelled, and updates its messages. */
export async function withdrawRequests(ctx: CanteenContext, date: string, personId: number): Promise<void> {
  const closed = await ctx.store.withdrawReplacements({ canteenId: ctx.canteen.id, date, personId, now: ctx.now });
  if (closed.length > 0) await ctx.outbox.touch(ctx.canteen.id, "replacement", { date, personId });
}

export const replaceCommands: CommandSpec[] = [
  {
    key: "replace",
    names: { en: ["replace"], fr: ["remplacer"] },
    params: [{ kind: "day" }],
    needsCanteen: true,
    run: ask,
  },
  {
    key: "take",
    names: { en: ["take"], fr: ["prendre"] },
    hidden: true,
    params: [{ kind: "text", required: true }],
    needsCanteen: true,
    run: take,
  },
  {
    key: "replacement",
    names: { en: ["replacement"], fr: ["remplacement"] },
    hidden: true,
    needsCanteen: true,
    async run(ctx, args) {
      const id = requestId(args);
      const r = id === undefined ? null : await ctx.store.replacement(ctx.canteen.id, id);
      if (!r) throw new UserError("replace.unknown");
      return renderRequest(ctx, r);
    },
  },
];
