// The 14-hour food-hygiene training: `/hygiene formation <nom> <jour>` · `/hygiene training <name>
// <day>` (managers) records that a person did it. The kitchen brief of each service says whether a
// trained person is on the team, and the managers' alert the day before says when none is.
import type { CanteenContext, CanteenView, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import type { RhythmDeps } from "../../kernel/feature.ts";
import { formatDate } from "../../kernel/days.ts";
import { message, type Line } from "../../kernel/model.ts";
import { findMember } from "../../kernel/people.ts";
import type { Canteen } from "../../kernel/ports.ts";
import { tokenize } from "../../kernel/text.ts";
import type { Database } from "../../store/database.ts";
import { atomic } from "../../store/tx.ts";
import type { Training, TrainingStore } from "./ports.ts";
import { todayOf } from "./shared.ts";

/** A typed past day: "12/03/2025", "12/03/25", "2025-03-12"; undefined when not one. */
export function trainingDay(word: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word);
  const fr = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(word);
  const [y, m, d] = iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : fr ? [+fr[3]! + (fr[3]!.length === 2 ? 2000 : 0), +fr[2]!, +fr[1]!] : [];
  if (y === undefined) return undefined;
  const date = new Date(Date.UTC(y, m! - 1, d!));
  if (date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** /hygiene formation <nom> <jour>. */
export async function training(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const usage = () => new UserError("errors.usage", { usage: ctx.t("commands.hygiene.subcommands.training.usage") });
  const words = tokenize(args);
  if (words.length < 2) throw usage();
  const day = trainingDay(words[words.length - 1]!);
  if (!day) throw new UserError("hygiene.errors.badTrainingDay", { word: words[words.length - 1] });
  if (day > todayOf(ctx)) throw new UserError("hygiene.errors.futureTraining");
  const name = words.slice(0, -1).join(" ");
  const member = await findMember(ctx, name);
  if (!member) throw new UserError("hygiene.errors.unknownPerson", { name });
  const t = await ctx.store.recordTraining({
    canteenId: ctx.canteen.id,
    personId: member.personId,
    name: member.name,
    day,
    at: ctx.now,
    byName: ctx.member.name,
  });
  return message()
    .text(ctx.t("hygiene.training.recorded", { name: t.name, day: formatDate(t.day, ctx.locale, ctx.now) }))
    .build();
}

/**
 * The trained people among the confirmed team of a service; undefined while the canteen has
 * recorded no training (it does not keep this register yet: the brief and alert say nothing).
 */
async function trainedOnTeam(deps: RhythmDeps, c: Canteen, date: string): Promise<string[] | undefined> {
  const trained = await deps.store.trainings(c.id);
  if (trained.length === 0) return undefined;
  const team = new Set((await deps.store.sheet(c.id, [date])).filter((s) => s.status === "confirmed").map((s) => s.personId));
  return trained.filter((t) => t.personId !== null && team.has(t.personId)).map((t) => t.name);
}

/** The kitchen brief's line: who on the team is trained, or that nobody is. */
export async function trainingBriefLines(deps: RhythmDeps, c: Canteen, date: string, v: CanteenView): Promise<Line[]> {
  const names = await trainedOnTeam(deps, c, date);
  if (!names) return [];
  const text = names.length > 0 ? v.t("hygiene.training.onTeam", { names: names.join(", ") }) : v.t("hygiene.training.noneOnTeam");
  return [{ style: "text", spans: [text] }];
}

/** The managers' alert the day before: a line when nobody trained is on the team. */
export async function trainingAlertNeeds(
  deps: RhythmDeps,
  c: Canteen,
  date: string,
  v: CanteenView,
): Promise<{ lines: string[]; notes: string[] }> {
  const names = await trainedOnTeam(deps, c, date);
  if (!names || names.length > 0) return { lines: [], notes: [] };
  return { lines: [v.t("hygiene.training.alertNone")], notes: ["no trained person on the team"] };
}

/** The training part of the hygiene store. */
export function trainingStore(database: Database): TrainingStore {
  const db = database.prisma;
  const of = (r: { personId: number | null; name: string; day: string; recordedAt: Date }): Training => ({
    personId: r.personId,
    name: r.name,
    day: r.day,
    recordedAt: r.recordedAt,
  });
  return {
    recordTraining: ({ canteenId, personId, name, day, at, byName }) =>
      atomic(db, async (tx) => {
        const before = await tx.hygieneTraining.findFirst({ where: { canteenId, personId } });
        const row = before
          ? await tx.hygieneTraining.update({ where: { id: before.id }, data: { name, day, recordedAt: at, byName } })
          : await tx.hygieneTraining.create({ data: { canteenId, personId, name, day, recordedAt: at, byName } });
        return of(row);
      }),
    trainings: (canteenId) =>
      atomic(db, async (tx) => (await tx.hygieneTraining.findMany({ where: { canteenId }, orderBy: { name: "asc" } })).map(of)),
  };
}
