// The readings in the daily rhythm. At the canteen's cooking time the day's head cook (else its
// cooks, else the managers) gets one private message listing each piece of equipment to read; at
// the start of the meal the managers are told privately of the readings still missing. A closed
// date has neither (the rhythm plans no service job on it).
import { atLocal, formatDate } from "../../kernel/days.ts";
import type { Composer, FeatureJobs, RhythmDeps } from "../../kernel/feature.ts";
import { viewFor } from "../../kernel/locale.ts";
import { message } from "../../kernel/model.ts";
import { managersOf } from "../../kernel/people.ts";
import type { Canteen } from "../../kernel/ports.ts";
import { DEFAULT_ROLE, HEAD_COOK_ROLE } from "../../kernel/roles.ts";
import { undoneTasks } from "./cleaning.ts";
import { limitsText } from "./limits.ts";
import type { Equipment, EquipmentKind } from "./ports.ts";

/** The hygiene job kinds: the opening checks, and the missing readings at the meal. */
export const HYGIENE_JOB_KINDS = ["hygiene-checks", "hygiene-missing", "hygiene-cleaning"] as const;

/** The end of the service when the canteen sets none: this long after its lunch time. */
const SERVICE_MINUTES = 120;
/** How long after the end of the service the managers' word on undone cleaning is still worth sending. */
const CLEANING_USEFUL_AFTER_END_MIN = 240;

/** How long after the meal starts the managers' word on missing readings is still worth sending. */
const MISSING_USEFUL_AFTER_LUNCH_MIN = 180;

/** The equipment with no reading yet on `date`. */
async function unread(deps: RhythmDeps, c: Canteen, date: string): Promise<Equipment[]> {
  const all = await deps.store.kitchenEquipment(c.id);
  if (all.length === 0) return [];
  const read = new Set((await deps.store.temperatureReadings(c.id, date, date)).map((r) => r.equipmentId));
  return all.filter((e) => !read.has(e.id));
}

/** Who reads the equipment: the day's head cook, else its cooks, else (nobody on the sheet) the managers. */
async function readers(deps: RhythmDeps, c: Canteen, date: string): Promise<number[]> {
  const on = (await deps.store.sheet(c.id, [date])).filter((s) => s.status === "confirmed" && s.addresses.length > 0);
  for (const role of [HEAD_COOK_ROLE, DEFAULT_ROLE]) {
    const found = on.filter((s) => s.role === role).map((s) => s.personId);
    if (found.length > 0) return found;
  }
  return (await managersOf(deps.store, c.id)).map((m) => m.personId);
}

/** The opening checks at cooking time, and the missing readings at the meal. */
export const hygieneJobs: FeatureJobs = {
  plan(c, date) {
    const lunch = atLocal(date, c.lunchTime, c.timezone);
    const end = c.endTime ? atLocal(date, c.endTime, c.timezone) : lunch.plus({ minutes: SERVICE_MINUTES });
    return [
      { kind: "hygiene-checks", date, runAt: atLocal(date, c.cookTime, c.timezone).toJSDate(), deadline: lunch.toJSDate() },
      {
        kind: "hygiene-missing",
        date,
        runAt: lunch.toJSDate(),
        deadline: lunch.plus({ minutes: MISSING_USEFUL_AFTER_LUNCH_MIN }).toJSDate(),
      },
      { kind: "hygiene-cleaning", date, runAt: end.toJSDate(), deadline: end.plus({ minutes: CLEANING_USEFUL_AFTER_END_MIN }).toJSDate() },
    ];
  },
  owns: (kind) => (HYGIENE_JOB_KINDS as readonly string[]).includes(kind),
  async run(deps, c, kind, date) {
    if (kind === "hygiene-cleaning") {
      const undone = await undoneTasks(deps.store, c.id, date);
      if (undone.length === 0) return "no cleaning task left undone";
      const items = await deps.personItems(
        c,
        kind,
        date,
        (await managersOf(deps.store, c.id)).map((m) => m.personId),
      );
      await deps.outbox.enqueue(items);
      return `${undone.length} cleaning task(s) undone; told ${items.length} manager(s)`;
    }
    const missing = await unread(deps, c, date);
    if (missing.length === 0) return "no equipment left to read";
    const to = kind === "hygiene-checks" ? await readers(deps, c, date) : (await managersOf(deps.store, c.id)).map((m) => m.personId);
    const items = await deps.personItems(c, kind, date, to);
    await deps.outbox.enqueue(items);
    return `${missing.length} equipment to read; ${kind === "hygiene-checks" ? "checks" : "missing readings"} to ${items.length} person(s)`;
  },
};

/** A temperature to show in "for example /releve Frigo 3": one a piece of that kind would read. */
const EXAMPLE_VALUES: Record<EquipmentKind, string> = { fridge: "3", freezer: "-19", hot: "65" };

/** Composes the list of what is left to read when it is sent: null once everything is read. */
function equipmentList(intro: "checks" | "missing"): Composer {
  return async (deps, c, _kind, { date, personId }, now) => {
    const missing = await unread(deps, c, date);
    if (missing.length === 0) return null;
    const v = await viewFor(deps.store, c, now, personId);
    const m = message()
      .title(v.t(`hygiene.${intro}.title`, { canteen: c.name, date: formatDate(date, v.locale, now) }))
      .text(v.t(`hygiene.${intro}.text`, { time: c.lunchTime, count: missing.length }));
    for (const e of missing) m.item(v.t("hygiene.checks.item", { name: e.name, limits: limitsText(v, e.min, e.max) }));
    const first = missing[0]!;
    return m.note(v.t(`hygiene.${intro}.howTo`, { name: first.name, value: EXAMPLE_VALUES[first.kind] })).build();
  };
}

/** The messages of the hygiene jobs, composed from the current readings. */
export const hygieneDeliveries: Record<(typeof HYGIENE_JOB_KINDS)[number], Composer> = {
  "hygiene-checks": equipmentList("checks"),
  "hygiene-missing": equipmentList("missing"),
  "hygiene-cleaning": async (deps, c, _kind, { date, personId }, now) => {
    const undone = await undoneTasks(deps.store, c.id, date);
    if (undone.length === 0) return null;
    const v = await viewFor(deps.store, c, now, personId);
    const m = message()
      .title(v.t("hygiene.cleaning.undoneTitle", { canteen: c.name, date: formatDate(date, v.locale, now) }))
      .text(v.t("hygiene.cleaning.undoneText", { count: undone.length }));
    for (const t of undone) m.item(t.name);
    return m.note(v.t("hygiene.cleaning.undoneHowTo")).build();
  },
};
