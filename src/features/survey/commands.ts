// The welcome survey: after lunch each group gets the network's three questions with buttons.
// Anonymous by construction: a press adds one to a count and marks that the person answered the
// question, never which answer; only the presser sees the thanks; the group never sees results.
import { DateTime } from "luxon";
import type { CanteenContext, CanteenView, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { formatDate, formatShortDate, localNow } from "../../kernel/days.ts";
import { message, type Message } from "../../kernel/model.ts";
import { SURVEY_ANSWERS, SURVEY_QUESTIONS, type SurveyAnswer, type SurveyQuestion } from "../impact/figures.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import { poolOf } from "./pool.ts";

/** How long after a service its survey still takes answers. */
export const SURVEY_OPEN_DAYS = 7;

/** The survey message of one service, in the canteen's language. */
export function renderSurvey(v: CanteenView, date: string): Message {
  const m = message().title(v.t("survey.title", { canteen: v.canteen.name, date: formatDate(date, v.locale, v.now) }));
  m.text(v.t("survey.intro"));
  SURVEY_QUESTIONS.forEach((q, i) => m.text({ bold: `${i + 1}. ${v.t(`survey.questions.${q}`)}` }));
  m.note(v.t("survey.anonymous"));
  SURVEY_QUESTIONS.forEach((q, i) => {
    m.buttons(
      ...SURVEY_ANSWERS[q].map((a) => ({ label: `${i + 1}. ${v.t(`survey.answers.${a}`)}`, command: `/survey ${date} ${q} ${a}` })),
    );
  });
  return m.build();
}

/** When the survey of a service stops taking answers: the start of the day after its last open day. */
export function surveyClosesAt(date: string, timezone: string): Date {
  return DateTime.fromISO(date, { zone: timezone })
    .plus({ days: SURVEY_OPEN_DAYS + 1 })
    .startOf("day")
    .toJSDate();
}

async function answer(ctx: CanteenContext, args: string): Promise<HandlerResult> {
  const [date = "", q = "", a = ""] = args.trim().split(/\s+/);
  const question = (SURVEY_QUESTIONS as readonly string[]).includes(q) ? (q as SurveyQuestion) : undefined;
  const valid = question && (SURVEY_ANSWERS[question] as readonly string[]).includes(a);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !valid || !DateTime.fromISO(date).isValid) throw new UserError("survey.bad");
  const today = localNow(ctx.now, ctx.canteen.timezone);
  const oldest = today.minus({ days: SURVEY_OPEN_DAYS }).toISODate()!;
  if (date > today.toISODate()! || date < oldest)
    throw new UserError("survey.closed", { date: formatShortDate(date, ctx.locale, ctx.now) });
  // Only where the survey was posted: a typed or forged press elsewhere counts nothing and
  // creates nothing (no service, no figure).
  if (ctx.event.chat.private || !(await ctx.store.surveyPostedTo(ctx.canteen.id, date, ctx.event.chat.address)))
    throw new UserError("survey.notHere", { date: formatShortDate(date, ctx.locale, ctx.now) });
  const pool = poolOf(ctx);
  const closesAt = surveyClosesAt(date, ctx.canteen.timezone);
  const result = await pool.offer(ctx.canteen.id, date, question, ctx.member.personId, a as SurveyAnswer, closesAt);
  const toast = ctx.t(result === "counted" ? "survey.thanks" : "survey.already");
  // Only the presser sees this: a toast for a button, never a message in the group.
  return { replies: ctx.event.action ? [] : [message().text(toast).build()], toast };
}

export const surveyCommands: CommandSpec[] = [
  // A press's arguments are its answer: never logged (secretArgs), so no log line ties a person to an answer.
  { key: "survey", names: { en: ["survey"], fr: ["enquete"] }, hidden: true, needsCanteen: true, secretArgs: true, run: answer },
];
