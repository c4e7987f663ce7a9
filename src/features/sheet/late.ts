// Leaving the sheet when it matters: a drop-out after the managers' alert the day before (or after
// the day's announcement) tells the managers privately at once and, when the role is now short,
// calls the groups for help; someone a manager takes off is told privately, with the manager's name.
import { DateTime } from "luxon";
import type { CanteenContext, CanteenView } from "../../kernel/context.ts";
import { atLocal, formatDate } from "../../kernel/days.ts";
import { viewFor } from "../../kernel/locale.ts";
import { message, type Message } from "../../kernel/model.ts";
import { managersOf } from "../../kernel/people.ts";
import type { Canteen, OutgoingItem, SignUp } from "../../kernel/ports.ts";
import { openRoles } from "./announce.ts";
import { roleLabel } from "./render.ts";

/**
 * True once leaving `date` leaves the kitchen short by surprise: the managers' alert of the day
 * before has gone (its time passed), or the day's announcement has.
 */
export function isLateFor(c: Canteen, date: string, now: Date): boolean {
  const at = DateTime.fromJSDate(now);
  const eve = DateTime.fromISO(date, { zone: c.timezone }).minus({ days: 1 }).toISODate()!;
  return at >= atLocal(eve, c.alertTime, c.timezone) || at >= atLocal(date, c.announceTime, c.timezone);
}

/** "Plonge 1 · Chef·fe 1" */
function openList(v: CanteenView, open: { role: string; open: number }[]): string {
  return open.map((o) => `${roleLabel(v, o.role)} ${o.open}`).join(" · ");
}

/** The managers' private notice of a late drop-out, in `v`'s language. */
function renderDropOut(
  v: CanteenView,
  s: { released: SignUp; promoted: SignUp | null; by: string | null; open: { role: string; open: number }[]; called: boolean },
): Message {
  const p = {
    canteen: v.canteen.name,
    name: s.released.name,
    date: formatDate(s.released.date, v.locale, v.now),
    role: roleLabel(v, s.released.role),
  };
  const m = message().text(s.by ? v.t("dropOut.removed", { ...p, manager: s.by }) : v.t("dropOut.left", p));
  if (s.promoted) m.text(v.t("dropOut.promoted", { person: s.promoted.name, role: p.role }));
  m.text(s.open.length > 0 ? v.t("dropOut.short", { list: openList(v, s.open) }) : v.t("dropOut.covered"));
  if (s.called) m.note(v.t("alert.posted"));
  return m.build();
}

/**
 * After `released` left (a confirmed place, late): each manager but the one who acted is told
 * privately, and a role now short gets a help call in every group. Keys name the sign-up, so a
 * command handled twice tells nobody twice.
 */
export async function lateDropOut(ctx: CanteenContext, released: SignUp, promoted: SignUp | null): Promise<void> {
  const c = ctx.canteen;
  if (released.status !== "confirmed" || !isLateFor(c, released.date, ctx.now)) return;
  const date = released.date;
  const open = openRoles(ctx, date, await ctx.store.sheet(c.id, [date]));
  const short = promoted === null && open.some((o) => o.role === released.role);
  const by = released.personId === ctx.member.personId ? null : ctx.member.name;
  const items: OutgoingItem[] = [];
  for (const manager of await managersOf(ctx.store, c.id)) {
    if (manager.personId === ctx.member.personId) continue;
    const [identity] = await ctx.store.identitiesOf(manager.personId);
    if (!identity) continue;
    const v = await viewFor(ctx.store, c, ctx.now, manager.personId);
    items.push({
      key: `dropout:${released.id}:${manager.personId}`,
      canteenId: c.id,
      kind: "notice",
      subject: { date, personId: manager.personId },
      target: { kind: "person", address: identity.address },
      payload: renderDropOut(v, { released, promoted, by, open, called: short }),
    });
  }
  // The help call is composed when sent, from the sheet as it is then (as the alert's).
  if (short)
    for (const g of await ctx.store.groupsOf(c.id))
      items.push({
        key: `help:${c.id}:${date}:${g.address}:dropout:${released.id}`,
        canteenId: c.id,
        kind: "help",
        subject: { date },
        target: { kind: "chat", address: g.address },
      });
  await ctx.outbox.enqueue(items);
  await ctx.outbox.touch(c.id, "announcement", { date });
}

/** Tells someone a manager took off the sheet, privately and in their language, with the manager's name. */
export async function tellRemoved(ctx: CanteenContext, released: SignUp): Promise<void> {
  if (released.personId === ctx.member.personId) return;
  const [identity] = await ctx.store.identitiesOf(released.personId);
  if (!identity) return;
  const v = await viewFor(ctx.store, ctx.canteen, ctx.now, released.personId);
  const text = v.t(released.status === "confirmed" ? "notice.removed" : "notice.removedWaiting", {
    manager: ctx.member.name,
    date: formatDate(released.date, v.locale, v.now),
    role: roleLabel(v, released.role),
    canteen: ctx.canteen.name,
  });
  await ctx.outbox.enqueue([
    {
      key: `removed:${released.id}`,
      canteenId: ctx.canteen.id,
      kind: "notice",
      subject: { date: released.date, personId: released.personId },
      target: { kind: "person", address: identity.address },
      payload: message().text(text).build(),
    },
  ]);
}
