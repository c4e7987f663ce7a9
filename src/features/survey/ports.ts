// What the welcome survey needs from the store: counts per (service, question, answer) and, apart,
// the fact that a person answered a question. Never who answered what: answers reach the store
// only in batches (src/features/survey/pool.ts), markers and counts together.
import type { SurveyAnswer, SurveyQuestion } from "../impact/index.ts";

/** One answer waiting in a pool: who (for the marker) and what (for the count), never stored together. */
export interface PendingAnswer {
  personId: number;
  answer: SurveyAnswer;
}

/** The survey part of the Store. */
export interface SurveyStore {
  /**
   * Whether the survey of a canteen's service was posted to this chat (sent, or maybe sent) and
   * the service exists: only there can it be answered.
   */
  surveyPostedTo(canteenId: number, date: string, chatAddress: string): Promise<boolean>;
  /** Whether a service row exists for that date (something was recorded): only then is a survey posted. */
  hasService(canteenId: number, date: string): Promise<boolean>;
  /** Whether a person's answer to a question of a service is already counted (its marker exists). */
  surveyAnswered(canteenId: number, date: string, personId: number, question: SurveyQuestion): Promise<boolean>;
  /**
   * Counts a batch of answers to one question of a service in one transaction: a marker per
   * person (sorted by person, no id, no time) and each answer's count raised in place. People
   * already marked are skipped; returns how many were counted. Never creates the service.
   */
  countSurveyBatch(canteenId: number, date: string, question: SurveyQuestion, batch: PendingAnswer[]): Promise<number>;
  /** Answer counts of a service, question → answer → count. */
  surveyCounts(canteenId: number, date: string): Promise<Record<string, Record<string, number>>>;
}
