// Welcome-survey answers in the database: counts only, and apart the fact that a person answered.
import type { SurveyStore } from "../core/survey/ports.ts";
import type { Database } from "./database.ts";
import { atomic } from "./tx.ts";

/** The survey part of the Store. */
export function surveyStore({ prisma: db }: Database): SurveyStore {
  return {
    // One transaction: the marker's unique key (service, person, question) makes a second press,
    // a redelivery or a racing press a no-op; the count moves only with a new marker.
    answerSurvey: (canteenId, date, personId, question, answer) =>
      atomic(db, async (tx) => {
        const s = await tx.service.upsert({ where: { canteenId_date: { canteenId, date } }, create: { canteenId, date }, update: {} });
        const marked = await tx.surveyMark.findUnique({ where: { serviceId_personId_question: { serviceId: s.id, personId, question } } });
        if (marked) return "already" as const;
        await tx.surveyMark.create({ data: { serviceId: s.id, personId, question } });
        await tx.surveyCount.upsert({
          where: { serviceId_question_answer: { serviceId: s.id, question, answer } },
          create: { serviceId: s.id, question, answer, count: 1 },
          update: { count: { increment: 1 } },
        });
        return "counted" as const;
      }),

    surveyCounts: (canteenId, date) =>
      atomic(db, async (tx) => {
        const rows = await tx.surveyCount.findMany({ where: { service: { canteenId, date } } });
        const out: Record<string, Record<string, number>> = {};
        for (const r of rows) (out[r.question] ??= {})[r.answer] = r.count;
        return out;
      }),
  };
}
