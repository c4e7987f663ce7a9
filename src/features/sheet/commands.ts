// Volunteer commands on the sign-up sheet: /cook, /uncook, /slots (and their French names).
import { parseDayAndRole, requireDay } from "../../kernel/args.ts";
import { refuseClosed } from "../../kernel/closed.ts";
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, formatShortDate, MAX_SHEET_WINDOW, sheetCommand, sheetDates, sheetWindowOf } from "../../kernel/days.ts";
import { message, type Span } from "../../kernel/model.ts";
import type { Member, SignUp } from "../../kernel/ports.ts";
import { findMember } from "../../kernel/people.ts";
import { DEFAULT_ROLE } from "../../kernel/roles.ts";
import { capitalise, personSpan, roleLabel, sheetWindow } from "./render.ts";
import { fold, tokenize } from "../../kernel/text.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import { renderPromotion } from "./announce.ts";
import { viewFor } from "../../kernel/locale.ts";
import { LEFT_SERVICE } from "./points.ts";
import { lateDropOut, tellRemoved } from "./late.ts";
import { overlapWarnings } from "./overlap.ts";

/** Wordings that depend only on their key and language (dates, role names, fixed labels), kept once made. */
const wordings = new Map<string, string>();

/**
 * The memoised wording `key` (dates and translations are pure: the same inputs give the same
 * text); a sign-up's reply needs half a dozen, and making them costs more than the sign-up.
 */
export function worded(key: string, make: () => string): string {
  let text = wordings.get(key);
  if (text === undefined) {
    if (wordings.size >= 10_000) wordings.clear();
    text = make();
    wordings.set(key, text);
  }
  return text;
}

/** Signs `who` up for a date and role, and words the answer. Shared by /cook and /signup. */
export async function signUp(ctx: CanteenContext, who: Member, date: string, roleKey: string | undefined): Promise<HandlerResult> {
  const key = roleKey ?? DEFAULT_ROLE;
  const role = ctx.canteen.roles.find((r) => r.key === key && r.capacity > 0);
  if (!role) {
    const roles = ctx.canteen.roles
      .filter((r) => r.capacity > 0)
      .map((r) => roleLabel(ctx, r.key))
      .join(", ");
    throw new UserError("errors.unknownRole", { role: roleKey ?? key, roles });
  }
  // A closed date (a closure, a public holiday) is refused inside the sign-up's own transaction,
  // then answered here with its reason and the next open service.
  const res = await ctx.store.claimSeat({ canteenId: ctx.canteen.id, date, role: key, personId: who.personId, capacity: role.capacity });
  if (res.kind === "closed") {
    await refuseClosed(ctx, date);
    throw new UserError("cook.closedMeanwhile", { date: formatDate(date, ctx.locale, ctx.now) });
  }
  const l = ctx.locale;
  const label = (role: string) => worded(`role|${l}|${role}`, () => roleLabel(ctx, role));
  const params = {
    name: who.name,
    date: worded(`date|${l}|${date}|${ctx.now.getUTCFullYear()}`, () => formatDate(date, l, ctx.now)),
    role: label(key),
  };
  const m = message();
  switch (res.kind) {
    case "confirmed":
      m.text(ctx.t("cook.confirmed", { ...params, taken: res.taken, capacity: role.capacity }));
      break;
    case "waitlist":
      m.text(ctx.t("cook.waitlist", { ...params, position: res.position }));
      break;
    case "already":
      m.text(
        ctx.t(res.signUp.status === "waitlist" ? "cook.alreadyWaiting" : "cook.already", {
          ...params,
          role: label(res.signUp.role),
        }),
      );
      break;
  }
  // Cooking elsewhere at the same hours: warned, and the sign-up stands.
  if (res.kind !== "already") for (const line of await overlapWarnings(ctx, who, date)) m.text(line);
  // A service beyond the next seven days is not on /slots: say so, and open the window holding it.
  const k = sheetWindowOf(date, ctx.calendar, ctx.now) ?? 0;
  if (k > 0) m.note(worded(`t|${l}|cook.beyond`, () => ctx.t("cook.beyond")));
  m.buttons(
    { label: worded(`t|${l}|buttons.sheet`, () => ctx.t("buttons.sheet")), command: sheetCommand(k) },
    {
      label: worded(`cancel|${l}|${date}|${ctx.now.getUTCFullYear()}`, () =>
        ctx.t("buttons.cancel", { date: formatShortDate(date, l, ctx.now) }),
      ),
      command: `/uncook ${date}`,
      style: "danger",
    },
  );
  const toastKey = res.kind === "confirmed" ? "cook.toastConfirmed" : res.kind === "waitlist" ? "cook.toastWaitlist" : "cook.toastAlready";
  const me = ctx.me.locale;
  const toast = worded(`t|${me}|${toastKey}`, () => ctx.me.t(toastKey));
  return { replies: [m.build()], toast };
}

/** Removes `who` from a date, announcing who moved up from the waitlist. */
export async function cancel(ctx: CanteenContext, who: Member, date: string): Promise<HandlerResult> {
  const capacity = (role: string) => ctx.canteen.roles.find((r) => r.key === role)?.capacity ?? 0;
  const res = await ctx.store.releaseSeat({ canteenId: ctx.canteen.id, date, personId: who.personId, capacity });
  const d = formatDate(date, ctx.locale, ctx.now);
  if (!res.released) throw new UserError("cook.notOnSheet", { name: who.name, date: d });
  // Other features follow (an open call for a replacement closes: nobody can take a place that is gone).
  for (const left of ctx.offered(LEFT_SERVICE)) await left(ctx, date, who.personId);
  const m = message().text(ctx.t("cook.cancelled", { name: who.name, date: d, role: roleLabel(ctx, res.released.role) }));
  if (res.promoted) {
    m.text(...promotedSpans(ctx, res.promoted));
    await notifyPromoted(ctx, res.promoted);
  }
  // Taken off by a manager: told privately. Late: the managers know at once, a short role is called for.
  await tellRemoved(ctx, res.released);
  await lateDropOut(ctx, res.released, res.promoted);
  return { replies: [m.build()], toast: ctx.me.t("cook.toastCancelled") };
}

/** Stands for the mention inside a translated sentence; a control character no catalogue holds. */
const PERSON = "\u0001";

/** "🎉 @Dan moves up from the waitlist: cook on Tuesday 1 December." */
export function promotedSpans(ctx: CanteenContext, s: SignUp): Span[] {
  const text = ctx.t("cook.promoted", { person: PERSON, date: formatDate(s.date, ctx.locale, ctx.now), role: roleLabel(ctx, s.role) });
  const [before, after] = text.split(PERSON);
  return [before ?? "", personSpan(s, ctx.event.platform), after ?? ""];
}

/** Tells a person privately they moved up from the waitlist (once per sign-up, via the ledger). */
export async function notifyPromoted(ctx: CanteenContext, s: SignUp): Promise<void> {
  const [identity] = await ctx.store.identitiesOf(s.personId);
  if (!identity) return;
  await ctx.outbox.enqueue([
    {
      key: `promoted:${s.id}`,
      canteenId: ctx.canteen.id,
      kind: "notice",
      subject: { date: s.date, personId: s.personId },
      target: { kind: "person", address: identity.address },
      payload: renderPromotion(await viewFor(ctx.store, ctx.canteen, ctx.now, s.personId), s),
    },
  ]);
}

/** A volunteer's upcoming sign-ups as cancel buttons, when /uncook is typed without a day. */
async function upcomingOf(ctx: CanteenContext): Promise<HandlerResult> {
  const dates = [...sheetDates(ctx.calendar, ctx.now, 0), ...sheetDates(ctx.calendar, ctx.now, 1)];
  const mine = (await ctx.store.sheet(ctx.canteen.id, [...new Set(dates)])).filter((s) => s.personId === ctx.member.personId);
  if (mine.length === 0) throw new UserError("cook.nothingToCancel");
  const m = message().text(ctx.t("cook.pickToCancel"));
  for (const s of mine) {
    m.buttons({
      label: `${capitalise(formatShortDate(s.date, ctx.locale, ctx.now))} · ${roleLabel(ctx, s.role)}`,
      command: `/uncook ${s.date}`,
      style: "danger",
    });
  }
  return m.build();
}

/** Words for "the seven days after the next seven" in /slots. */
const NEXT_WINDOW = new Set(["next", "suivante", "suivant", "prochaine", "apres", "after"]);

/**
 * Reads "/annuler <day> [name]": the day (up to three words, "mardi prochain", "12 décembre") and
 * the name of someone else, when one follows that is not the author's own.
 */
function uncookTarget(ctx: CanteenContext, args: string): { date: string; other?: string } {
  const words = tokenize(args);
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const rest = words.slice(k).join(" ");
    let date: string;
    try {
      date = requireDay(ctx, words.slice(0, k));
    } catch (e) {
      if (k === 1) throw e;
      continue;
    }
    return rest === "" || fold(rest) === fold(ctx.member.name) ? { date } : { date, other: rest };
  }
  throw new UserError("errors.unknownDay", { day: args });
}

export const cookCommands: CommandSpec[] = [
  {
    key: "cook",
    names: { en: ["cook", "signmeup"], fr: ["cuisiner", "cuisine", "jecuisine"] },
    params: [{ kind: "day" }, { kind: "role" }],
    needsCanteen: true,
    async run(ctx, args) {
      if (args.trim() === "") {
        const sheet = await sheetWindow(ctx, 0);
        return { ...sheet, lines: [{ style: "text", spans: [ctx.t("cook.pickDay")] }, ...sheet.lines] };
      }
      const { date, role } = parseDayAndRole(ctx, args);
      return signUp(ctx, ctx.member, date, role);
    },
  },
  {
    key: "uncook",
    names: { en: ["uncook", "cancel"], fr: ["annuler", "desinscrire", "desister"] },
    params: [{ kind: "day" }, { kind: "name" }],
    needsCanteen: true,
    // "/annuler mardi" for oneself; "/annuler mardi Jeanne" (managers) for someone else.
    changes: { who: "managers", when: (ctx, args) => tokenize(args).length > 0 && uncookTarget(ctx, args).other !== undefined },
    async run(ctx, args) {
      if (tokenize(args).length === 0) return upcomingOf(ctx);
      const { date, other } = uncookTarget(ctx, args);
      if (other === undefined) return cancel(ctx, ctx.member, date);
      const who = await findMember(ctx, other);
      if (!who) throw new UserError("errors.unknownPerson", { name: other });
      return cancel(ctx, who, date);
    },
  },
  {
    key: "slots",
    names: { en: ["slots", "sheet", "week"], fr: ["creneaux", "planning", "semaine"] },
    params: [{ kind: "week" }],
    needsCanteen: true,
    async run(ctx, args) {
      const arg = fold(args).replace(/\s+/g, "");
      const plus = /^\+(\d{1,2})$/.exec(arg);
      const k = arg === "" ? 0 : NEXT_WINDOW.has(arg) ? 1 : plus ? Number(plus[1]) : undefined;
      if (k === undefined || k > MAX_SHEET_WINDOW) throw new UserError("errors.usage", { usage: ctx.t("commands.slots.usage") });
      return sheetWindow(ctx, k);
    },
  },
];
