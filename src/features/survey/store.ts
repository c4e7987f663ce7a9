// Welcome-survey answers in the database: counts only, and apart the fact that a person answered.
// Both are written together, a batch at a time, so no row, id, transaction or commit ties one
// marker to one answer (README, "Privacy").
import type { SurveyStore } from "./ports.ts";
import type { Database } from "../../store/database.ts";
import { atomic } from "../../store/tx.ts";

/** Delivery states of a survey post that may have reached the chat. */
const POSTED = ["sent", "unconfirmed"];

/** The survey part of the Store. */
export function surveyStore({ prisma: db }: Database): SurveyStore {
  return {
    surveyPostedTo: (canteenId, date, chatAddress) =>
      atomic(db, async (tx) => {
        const service = await tx.service.findUnique({ where: { canteenId_date: { canteenId, date } }, select: { id: true } });
        if (!service) return false;
        const d = await tx.delivery.findUnique({ where: { key: `survey:${canteenId}:${date}:${chatAddress}` }, select: { status: true } });
        return d !== null && POSTED.includes(d.status);
      }),

    hasService: (canteenId, date) =>
      atomic(
        db,
        async (tx) => (await tx.service.findUnique({ where: { canteenId_date: { canteenId, date } }, select: { id: true } })) !== null,
      ),

    surveyAnswered: (canteenId, date, personId, question) =>
      atomic(db, async (tx) => {
        const service = await tx.service.findUnique({ where: { canteenId_date: { canteenId, date } }, select: { id: true } });
        if (!service) return false;
        const mark = await tx.surveyMark.findUnique({
          where: { serviceId_personId_question: { serviceId: service.id, personId, question } },
          select: { personId: true },
        });
        return mark !== null;
      }),

    countSurveyBatch: (canteenId, date, question, batch) =>
      atomic(db, async (tx) => {
        const service = await tx.service.findUnique({ where: { canteenId_date: { canteenId, date } }, select: { id: true } });
        if (!service || batch.length === 0) return 0;
        const serviceId = service.id;
        const marked = await tx.surveyMark.findMany({
          where: { serviceId, question, personId: { in: batch.map((b) => b.personId) } },
          select: { personId: true },
        });
        const already = new Set(marked.map((m) => m.personId));
        const fresh = batch.filter((b) => !already.has(b.personId));
        // Markers sorted by person: the order of writes says nothing about the order of presses.
        const people = [...new Set(fresh.map((b) => b.personId))].sort((a, b) => a - b);
        for (const personId of people) await tx.surveyMark.create({ data: { serviceId, personId, question } });
        const added = new Map<string, number>();
        for (const b of fresh) added.set(b.answer, (added.get(b.answer) ?? 0) + 1);
        // In place, in a fixed order of answers: no sequence is used, and each count moves once.
        for (const answer of [...added.keys()].sort()) {
          const n = added.get(answer)!;
          const where = { serviceId_question_answer: { serviceId, question, answer } };
          const raised = await tx.surveyCount.updateMany({ where: { serviceId, question, answer }, data: { count: { increment: n } } });
          if (raised.count === 0)
            await tx.surveyCount.upsert({ where, create: { serviceId, question, answer, count: n }, update: { count: { increment: n } } });
        }
        return fresh.length;
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
