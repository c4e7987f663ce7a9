// What the welcome survey needs from the store: counts per (service, question, answer) and, apart,
// the fact that a person answered a question. Never who answered what.
import type { SurveyAnswer, SurveyQuestion } from "../impact/figures.ts";

/** The survey part of the Store. */
export interface SurveyStore {
  /**
   * Counts one answer once per person and question: marks that the person answered and adds one
   * to the answer's count, atomically. "already" when the person had answered: nothing changes.
   */
  answerSurvey(
    canteenId: number,
    date: string,
    personId: number,
    question: SurveyQuestion,
    answer: SurveyAnswer,
  ): Promise<"counted" | "already">;
  /** Answer counts of a service, question → answer → count. */
  surveyCounts(canteenId: number, date: string): Promise<Record<string, Record<string, number>>>;
}
