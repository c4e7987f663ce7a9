// Manager commands: linking groups to a canteen, inviting other groups, naming managers,
// signing others up and setting role capacities.
import { z } from "zod";
import { parseNameDayRole } from "../../kernel/args.ts";
import type { BaseContext, CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDay, localNow } from "../../kernel/days.ts";
import { message } from "../../kernel/model.ts";
import { checkHelperName, findMember, managersOf } from "../../kernel/people.ts";
import { DEFAULT_ROLES, MAX_ROLE_CAPACITY, parseRole } from "../../kernel/roles.ts";
import { roleLabel } from "../sheet/index.ts";
import { slugify, tokenize } from "../../kernel/text.ts";
import { notifyPromoted, promotedSpans, signUp } from "../sheet/index.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";

/** Longest canteen name we accept. */
export const MAX_CANTEEN_NAME = 80;

/** What `/invite` hands out: eight letters and digits, with at least two of each. */
const INVITE_CODE = /^(?=(?:.*\d){2})(?=(?:.*[A-Z]){2})[A-Z0-9]{8}$/i;

const capacity = z.coerce.number().int().min(0).max(MAX_ROLE_CAPACITY);

function welcome(ctx: BaseContext, name: string): HandlerResult {
  return message()
    .title(ctx.t("setup.createdTitle", { canteen: name }))
    .text(ctx.t("setup.createdBody"))
    .item(ctx.t("setup.tipCook"))
    .item(ctx.t("setup.tipRoles"))
    .item(ctx.t("setup.tipInvite"))
    .buttons({ label: ctx.t("buttons.sheet"), command: "/slots" }, { label: ctx.t("buttons.help"), command: "/help" })
    .build();
}

async function setup(ctx: BaseContext, args: string): Promise<HandlerResult> {
  if (ctx.event.chat.private) throw new UserError("setup.notInPrivate");
  if (ctx.group && ctx.canteen) throw new UserError("setup.alreadyLinked", { canteen: ctx.canteen.name });
  const name = args.replace(/\s+/g, " ").trim();
  if (name === "") throw new UserError("errors.usage", { usage: ctx.t("commands.setup.usage") });
  if (INVITE_CODE.test(name)) {
    const joined = await ctx.store.redeemInvite(name.toUpperCase(), {
      chat: { address: ctx.event.chat.address, platform: ctx.event.platform, title: ctx.event.chat.title },
      person: { ...ctx.event.author, platform: ctx.event.platform },
      now: ctx.now,
    });
    if (!joined) throw new UserError("setup.badCode");
    return message()
      .title(ctx.t("setup.joinedTitle", { canteen: joined.name }))
      .text(ctx.t("setup.joinedBody"))
      .build();
  }
  if (name.length > MAX_CANTEEN_NAME) throw new UserError("errors.nameTooLong", { max: MAX_CANTEEN_NAME });
  const slug = slugify(name);
  if (slug === "") throw new UserError("setup.badName");
  const res = await ctx.store.setupCanteen({
    name,
    slug,
    timezone: ctx.defaults.timezone,
    locale: ctx.locale,
    roles: DEFAULT_ROLES,
    chat: { address: ctx.event.chat.address, platform: ctx.event.platform, title: ctx.event.chat.title },
    founder: { ...ctx.event.author, platform: ctx.event.platform },
    createdAt: ctx.now,
  });
  if (res.kind === "name-taken") throw new UserError("setup.nameTaken", { canteen: res.canteen.name });
  if (res.kind === "already-linked") throw new UserError("setup.alreadyLinked", { canteen: res.canteen.name });
  return welcome(ctx, res.canteen.name);
}

async function invite(ctx: CanteenContext): Promise<HandlerResult> {
  const expires = localNow(ctx.now, ctx.canteen.timezone).plus({ hours: 48 });
  const code = await ctx.store.createInvite(ctx.canteen.id, ctx.member.personId, expires.toJSDate());
  return message()
    .text(ctx.t("invite.created", { canteen: ctx.canteen.name }))
    .text({ bold: `/setup ${code}` })
    .note(ctx.t("invite.expires", { when: formatDay(expires, ctx.locale, "cccc d LLLL HH:mm") }))
    .build();
}

async function grantManager(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const name = args.trim();
  if (name === "") {
    const managers = await managersOf(ctx.store, ctx.canteen.id);
    return message()
      .text(ctx.t("manager.list", { names: managers.map((m) => m.name).join(", ") }))
      .build();
  }
  const who = await findMember(ctx, name);
  if (!who || who.placeholder) throw new UserError("errors.unknownPerson", { name });
  if (who.role === "manager")
    return message()
      .text(ctx.t("manager.already", { name: who.name }))
      .build();
  await ctx.store.setMemberRole(ctx.canteen.id, who.personId, "manager");
  return message()
    .text(ctx.t("manager.granted", { name: who.name, canteen: ctx.canteen.name }))
    .build();
}

async function signUpOther(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  if (tokenize(args).length < 2) throw new UserError("errors.usage", { usage: ctx.t("commands.signup.usage") });
  const { name, date, role } = parseNameDayRole(ctx, args);
  const who = (await findMember(ctx, name)) ?? (await ctx.store.addPlaceholder(ctx.canteen.id, checkHelperName(name)));
  return signUp(ctx, who, date, role);
}

/** Reads "cook 4 dishes 1", "cuisine=4 plonge=1", "chef de cuisine: 2" into role capacities. */
export function parseCapacities(ctx: CanteenContext, args: string): Record<string, number> {
  const words = tokenize(args.replace(/[=:]/g, " "));
  const out: Record<string, number> = {};
  let phrase: string[] = [];
  for (const w of words) {
    if (!/^-?\d+$/.test(w)) {
      phrase.push(w);
      continue;
    }
    const key = parseRole(phrase.join(" "), ctx.canteen.roles);
    if (!key) {
      const roles = ctx.canteen.roles.map((r) => roleLabel(ctx, r.key)).join(", ");
      throw new UserError("errors.unknownRole", { role: phrase.join(" ") || w, roles });
    }
    const n = capacity.safeParse(w);
    if (!n.success) throw new UserError("roles.badCapacity", { max: MAX_ROLE_CAPACITY });
    out[key] = n.data;
    phrase = [];
  }
  if (phrase.length > 0 || Object.keys(out).length === 0) {
    throw new UserError("errors.usage", { usage: ctx.t("commands.roles.usage") });
  }
  return out;
}

async function roles(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const list = (caps: Record<string, number>) =>
    ctx.canteen.roles.map((r) => `${roleLabel(ctx, r.key)} ${caps[r.key] ?? r.capacity}`).join(" · ");
  if (args.trim() === "") {
    return message()
      .text(ctx.t("roles.current", { roles: list({}) }))
      .note(ctx.t("roles.howTo"))
      .build();
  }
  const caps = parseCapacities(ctx, args);
  const today = localNow(ctx.now, ctx.canteen.timezone).toISODate()!;
  const promoted = await ctx.store.setCapacities(ctx.canteen.id, caps, today);
  const m = message().text(ctx.t("roles.updated", { roles: list(caps) }));
  for (const p of promoted) {
    m.text(...promotedSpans(ctx, p));
    await notifyPromoted(ctx, p);
  }
  return m.build();
}

export const adminCommands: CommandSpec[] = [
  {
    key: "setup",
    names: { en: ["setup", "join"], fr: ["installer", "rejoindre"] },
    // Anyone links a group: the founder of a new canteen becomes its manager, an invite code joins one.
    params: [{ kind: "name", required: true }],
    needsCanteen: false,
    run: setup,
  },
  {
    key: "invite",
    names: { en: ["invite"], fr: ["inviter", "invitation"] },
    who: "managers",
    // Whoever reads the one-time code can link a chat to the canteen: the manager who asked alone.
    audience: "person",
    needsCanteen: true,
    run: (ctx) => invite(ctx),
  },
  {
    key: "signup",
    names: { en: ["signup", "enrol", "enroll"], fr: ["inscrire"] },
    who: "managers",
    params: [{ kind: "name", required: true }, { kind: "day", required: true }, { kind: "role" }],
    needsCanteen: true,
    run: signUpOther,
  },
  {
    key: "manager",
    names: { en: ["manager", "managers"], fr: ["gerant", "gerante", "gerants", "responsable"] },
    who: "managers",
    params: [{ kind: "name" }],
    needsCanteen: true,
    run: grantManager,
  },
  {
    key: "roles",
    names: { en: ["roles"], fr: ["postes", "roles"] },
    params: [{ kind: "text" }],
    needsCanteen: true,
    // Anyone reads the capacities; managers change them.
    changes: { who: "managers", when: (_ctx, args) => args.trim() !== "" },
    run: roles,
  },
];
