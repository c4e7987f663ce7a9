// How survey markers follow a person: the fact that they answered moves with /link and goes with
// /forget me; /mydata only counts them. The anonymous counts name nobody and are not touched.
import type { AppPersonTable } from "../../shells.ts";
import { count, keep } from "../../store/person-hooks.ts";

/** The survey's tables that refer to a person. */
export const surveyPersonTables: readonly AppPersonTable[] = [
  {
    model: "SurveyMark",
    // The fact that they answered follows the person: one marker per service and question (the
    // anonymous counts stay as they are).
    async merge(tx, from, to) {
      for (const m of await tx.surveyMark.findMany({ where: { personId: from } })) {
        const mine = await tx.surveyMark.findUnique({
          where: { serviceId_personId_question: { serviceId: m.serviceId, personId: to, question: m.question } },
        });
        const key = { serviceId_personId_question: { serviceId: m.serviceId, personId: from, question: m.question } };
        if (mine) await tx.surveyMark.delete({ where: key });
        else await tx.surveyMark.update({ where: key, data: { personId: to } });
      }
    },
    // Their markers go; the counts stay (they never named anyone).
    forget: (tx, f) => tx.surveyMark.deleteMany({ where: { personId: f.personId } }).then(keep),
    // Only that they answered, never what: the answers were counted with others and name nobody.
    export: async (tx, personId) => count(await tx.surveyMark.count({ where: { personId } })),
  },
];
