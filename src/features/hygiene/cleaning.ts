// The cleaning plan: `/hygiene nettoyage` · `/hygiene cleaning` lists today's tasks as buttons
// ("fait" · "done": who and when recorded, a press redelivered counts once); the managers set the
// plan with `ajouter <tâche> quotidien|hebdo <jour>` · `add <task> daily|weekly <day>` and
// `retirer` · `remove`. The tasks left undone at the end of the service are told to the managers
// by the `hygiene-cleaning` job (./jobs.ts).
import type { CanteenContext, CanteenView, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, weekdayNames, weekdayOf } from "../../kernel/days.ts";
import { message } from "../../kernel/model.ts";
import { fold, tokenize } from "../../kernel/text.ts";
import type { CleaningDone, CleaningFrequency, CleaningTask } from "./ports.ts";
import { timeOf } from "./render.ts";
import { equipmentKey, MAX_EQUIPMENT_NAME, todayOf } from "./shared.ts";

const FREQUENCY_WORDS: Record<string, CleaningFrequency> = {
  quotidien: "daily",
  quotidienne: "daily",
  daily: "daily",
  hebdo: "weekly",
  hebdomadaire: "weekly",
  weekly: "weekly",
};
const ADD_WORDS = new Set(["ajouter", "add"]);
const REMOVE_WORDS = new Set(["retirer", "remove"]);

/** Whether the arguments of `/hygiene nettoyage` change the plan (the managers' part). */
export function changesPlan(args: string): boolean {
  const first = fold(tokenize(args)[0] ?? "");
  return ADD_WORDS.has(first) || REMOVE_WORDS.has(first);
}

/** The ISO weekday (1 = Monday) of a local date. */
const weekdayOfDate = (date: string): number => new Date(`${date}T12:00:00Z`).getUTCDay() || 7;

/** The plan's tasks due on `date`: every daily one, and the weekly ones of its weekday. */
export function tasksDue(tasks: CleaningTask[], date: string): CleaningTask[] {
  const day = weekdayOfDate(date);
  return tasks.filter((t) => t.frequency === "daily" || t.weekday === day);
}

/** When a task comes back, in the reader's words. */
function frequencyText(v: Pick<CanteenView, "t" | "locale">, t: CleaningTask): string {
  if (t.frequency === "daily") return v.t("hygiene.cleaning.daily");
  return v.t("hygiene.cleaning.weekly", { day: weekdayNames([t.weekday ?? 1], v.locale)[0] });
}

/** A task done, as a line: who and when. */
export function doneLine(v: Pick<CanteenView, "t">, d: CleaningDone, timezone: string): string {
  return v.t("hygiene.cleaning.doneLine", { task: d.task, who: d.by.name || v.t("hygiene.formerVolunteer"), time: timeOf(d.at, timezone) });
}

/** Today's tasks: the done ones with who and when, a "done" button for each of the others. */
async function today(ctx: CanteenContext): Promise<HandlerResult> {
  const date = todayOf(ctx);
  const plan = await ctx.store.cleaningTasks(ctx.canteen.id);
  const m = message().title(ctx.t("hygiene.cleaning.title", { date: formatDate(date, ctx.locale, ctx.now), canteen: ctx.canteen.name }));
  if (plan.length === 0) return m.text(ctx.t("hygiene.cleaning.noPlan")).build();
  const due = tasksDue(plan, date);
  if (due.length === 0) m.text(ctx.t("hygiene.cleaning.nothingToday"));
  const log = await ctx.store.cleaningLog(ctx.canteen.id, date, date);
  for (const t of due) {
    const done = log.find((d) => d.taskId === t.id);
    if (done) m.item(doneLine(ctx, done, ctx.canteen.timezone));
    else m.item(ctx.t("hygiene.cleaning.toDo", { task: t.name }));
  }
  for (const t of due.filter((t) => !log.some((d) => d.taskId === t.id)))
    m.buttons({ label: ctx.t("hygiene.cleaning.button", { task: t.name }), command: `/hygiene cleaning-done ${t.id}`, style: "primary" });
  const others = plan.filter((t) => !due.includes(t));
  if (others.length > 0)
    m.text(ctx.t("hygiene.cleaning.otherDays", { list: others.map((t) => `${t.name} (${frequencyText(ctx, t)})`).join(", ") }));
  return m.note(ctx.t("hygiene.cleaning.howTo")).build();
}

/** Reads "<tâche> quotidien" or "<tâche> hebdo <jour>": the task is every word before the frequency. */
function parseTask(ctx: CanteenContext, words: string[]): Omit<CleaningTask, "id"> {
  const usage = () => new UserError("errors.usage", { usage: ctx.t("hygiene.cleaning.addUsage") });
  const at = words.findLastIndex((w) => FREQUENCY_WORDS[fold(w)] !== undefined);
  if (at < 1) throw usage();
  const frequency = FREQUENCY_WORDS[fold(words[at]!)]!;
  const rest = words.slice(at + 1);
  let weekday: number | null = null;
  if (frequency === "weekly") {
    if (rest.length !== 1) throw usage();
    weekday = weekdayOf(fold(rest[0]!)) ?? null;
    if (weekday === null) throw new UserError("hygiene.errors.badWeekday", { word: rest[0] });
  } else if (rest.length > 0) throw usage();
  const name = words.slice(0, at).join(" ");
  if (name.length > MAX_EQUIPMENT_NAME) throw new UserError("hygiene.errors.nameTooLong", { max: MAX_EQUIPMENT_NAME });
  return { name, key: equipmentKey(name), frequency, weekday };
}

async function addTask(ctx: CanteenContext, words: string[]): Promise<HandlerResult> {
  const input = parseTask(ctx, words);
  const { task, created } = await ctx.store.saveCleaningTask({ canteenId: ctx.canteen.id, ...input });
  return message()
    .text(ctx.t(created ? "hygiene.cleaning.added" : "hygiene.cleaning.updated", { task: task.name, when: frequencyText(ctx, task) }))
    .build();
}

async function removeTask(ctx: CanteenContext, words: string[]): Promise<HandlerResult> {
  const name = words.join(" ").trim();
  if (name === "") throw new UserError("errors.usage", { usage: ctx.t("hygiene.cleaning.removeUsage") });
  const plan = await ctx.store.cleaningTasks(ctx.canteen.id);
  const key = equipmentKey(name);
  const begun = plan.filter((t) => t.key.startsWith(key));
  const task = plan.find((t) => t.key === key) ?? (begun.length === 1 ? begun[0] : undefined);
  if (!task) throw new UserError("hygiene.errors.unknownTask", { name, list: plan.map((t) => t.name).join(", ") || "—" });
  await ctx.store.removeCleaningTask(ctx.canteen.id, task.key, ctx.now);
  return message()
    .text(ctx.t("hygiene.cleaning.removed", { task: task.name }))
    .build();
}

/** /hygiene nettoyage [ajouter … · retirer …]. */
export async function cleaning(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const words = tokenize(args);
  const first = fold(words[0] ?? "");
  if (ADD_WORDS.has(first)) return addTask(ctx, words.slice(1));
  if (REMOVE_WORDS.has(first)) return removeTask(ctx, words.slice(1));
  if (words.length > 0) throw new UserError("errors.usage", { usage: ctx.t("commands.hygiene.subcommands.cleaning.usage") });
  return today(ctx);
}

/** The "done" button: records the task for today, once; a second press says who did it. */
export async function cleaningDone(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const id = Number(args.trim());
  if (!Number.isInteger(id) || id <= 0)
    throw new UserError("errors.usage", { usage: ctx.t("commands.hygiene.subcommands.cleaning.usage") });
  const date = todayOf(ctx);
  const task = tasksDue(await ctx.store.cleaningTasks(ctx.canteen.id), date).find((t) => t.id === id);
  if (!task) throw new UserError("hygiene.errors.taskNotToday");
  const r = await ctx.store.markCleaningDone({
    canteenId: ctx.canteen.id,
    taskId: id,
    date,
    at: ctx.now,
    by: { personId: ctx.member.personId, name: ctx.member.name },
  });
  if (!r) throw new UserError("hygiene.errors.taskNotToday");
  const line = doneLine(ctx, r.done, ctx.canteen.timezone);
  return message()
    .text(r.created ? ctx.t("hygiene.cleaning.recorded", { line }) : ctx.t("hygiene.cleaning.already", { line }))
    .build();
}

/** The tasks due on `date` not done (for the end-of-service job). */
export async function undoneTasks(
  store: Pick<CanteenContext["store"], "cleaningTasks" | "cleaningLog">,
  canteenId: number,
  date: string,
): Promise<CleaningTask[]> {
  const due = tasksDue(await store.cleaningTasks(canteenId), date);
  if (due.length === 0) return [];
  const done = new Set((await store.cleaningLog(canteenId, date, date)).map((d) => d.taskId));
  return due.filter((t) => !done.has(t.id));
}
