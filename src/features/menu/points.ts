// Where other features add to a service's poll answers (src/kernel/feature.ts).
import { point } from "../../kernel/feature.ts";
import type { Answer } from "../../kernel/ports.ts";
import type { Tx } from "../../store/tx.ts";

/**
 * Answers a service's headcount counts besides its people's (the public page's "I'm coming"),
 * read inside the transaction of `answers`: each one eater, `guests` more, no profile.
 */
export const MORE_ANSWERS = point<(tx: Tx, serviceId: number) => Promise<Answer[]>>("menu.moreAnswers");

/** Inside the transaction that clears a service's answers (its date closed): the other answers go too. */
export const ANSWERS_CLEARED = point<(tx: Tx, serviceId: number) => Promise<void>>("menu.answersCleared");
