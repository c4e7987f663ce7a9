// Database rows → the core's plain types.
import type { Platform } from "../kernel/model.ts";
import type { Canteen, Group, Locale, Member, MemberRole, SignUp, SignUpStatus } from "../kernel/ports.ts";

type CanteenRow = {
  id: number;
  name: string;
  timezone: string;
  locale: string;
  openDays: string;
  cookTime: string;
  lunchTime: string;
  announceTime: string;
  pollDeadline: string;
  reminderTime: string;
  alertTime: string;
  covers: number;
  announceText: string | null;
  reminderText: string | null;
  helpText: string | null;
  currency: string;
  ingredientCost: number | null;
  runningCost: number | null;
  closeOutTime: string;
  surveyTime: string | null;
  holidays?: string | null;
  address?: string | null;
  access?: string | null;
  /** A boolean from Prisma; 0 or 1 from a raw query on SQLite. */
  publicPage?: boolean | number | null;
  endTime?: string | null;
  roleHours?: string | null;
  hourValue?: number | bigint | null;
  roles: { key: string; capacity: number; position: number }[];
  /** A Date from Prisma; a number or a string from a raw query. */
  createdAt?: Date | number | string;
};

/** A date column as a raw query returns it on either provider (a Date, epoch milliseconds, or text). */
function toDate(v: Date | number | string): Date {
  if (v instanceof Date) return v;
  if (typeof v === "number" || /^\d+$/.test(v)) return new Date(Number(v));
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.replace(" ", "T")}Z`);
}

/** The stored minutes per role ({"dishes":120}); a row written by hand that is not JSON reads as none. */
export function roleHoursOf(text: string | null | undefined): Record<string, number> {
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== "object" || v === null) return {};
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === "number"));
  } catch {
    return {};
  }
}

/** A canteen row with its roles. */
export function toCanteen(r: CanteenRow): Canteen {
  return {
    id: r.id,
    name: r.name,
    timezone: r.timezone,
    locale: r.locale as Locale,
    openDays: r.openDays.split(",").filter(Boolean).map(Number),
    cookTime: r.cookTime,
    lunchTime: r.lunchTime,
    announceTime: r.announceTime,
    pollDeadline: r.pollDeadline,
    reminderTime: r.reminderTime,
    alertTime: r.alertTime,
    covers: r.covers,
    currency: r.currency,
    ingredientCost: r.ingredientCost,
    runningCost: r.runningCost,
    closeOutTime: r.closeOutTime,
    surveyTime: r.surveyTime,
    holidays: r.holidays ?? null,
    address: r.address ?? null,
    access: r.access ?? null,
    publicPage: r.publicPage == null ? null : Boolean(r.publicPage),
    endTime: r.endTime ?? null,
    roleHours: roleHoursOf(r.roleHours),
    hourValue: r.hourValue === null || r.hourValue === undefined ? null : Number(r.hourValue),
    texts: { announce: r.announceText, reminder: r.reminderText, help: r.helpText },
    ...(r.createdAt === undefined ? {} : { createdAt: toDate(r.createdAt) }),
    roles: [...r.roles].sort((a, b) => a.position - b.position).map(({ key, capacity, position }) => ({ key, capacity, position })),
  };
}

/** A group row. */
export function toGroup(r: {
  id: number;
  address: string;
  platform: string;
  title: string | null;
  canteenId: number;
  active: boolean;
}): Group {
  return { id: r.id, address: r.address, platform: r.platform as Platform, title: r.title, canteenId: r.canteenId, active: r.active };
}

/** A person with their accounts (oldest first), as toMember and toSignUp want them. */
export type PersonWithAccounts = {
  id: number;
  displayName: string;
  placeholder: boolean;
  identities: { address: string }[];
  locale?: string | null;
  reportedLocale?: string | null;
};

/** A membership with its person. */
export function toMember(role: string, p: PersonWithAccounts): Member {
  return {
    personId: p.id,
    name: p.displayName,
    role: role as MemberRole,
    placeholder: p.placeholder,
    addresses: p.identities.map((i) => i.address),
    locale: asLocale(p.locale),
    reportedLocale: asLocale(p.reportedLocale),
  };
}

/** A stored language, if it is one Tablée speaks. */
export function asLocale(l: string | null | undefined): Locale | null {
  return l === "fr" || l === "en" ? l : null;
}

/** A sign-up with its service date and person. */
export function toSignUp(r: {
  id: number;
  role: string;
  personId: number;
  status: string;
  seat: number | null;
  service: { date: string };
  person: PersonWithAccounts;
}): SignUp {
  return {
    id: r.id,
    date: r.service.date,
    role: r.role,
    personId: r.personId,
    name: r.person.displayName,
    status: r.status as SignUpStatus,
    seat: r.seat,
    addresses: r.person.identities.map((i) => i.address),
  };
}

/** What to load with a sign-up so it maps with `toSignUp`. */
export const signUpInclude = {
  service: { select: { date: true } },
  person: { select: { id: true, displayName: true, placeholder: true, identities: { select: { address: true } } } },
} as const;

/** What to load with a person so it maps with `toMember`. */
export const personInclude = { identities: { select: { address: true } } } as const;
