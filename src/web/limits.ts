// The board's body limits, checked by the shared server before the board sees a request
// (src/http-limits.ts). Its forms are small: a few hidden fields and a button. The menu form
// carries the menu itself: the chat takes 1,000 characters and the form reads up to 4,000 (so a
// longer one gets the chat's "too long" answer, not a bare 413), which a browser sends
// URL-encoded — up to 9 bytes a character outside Latin script — plus its diet and allergen boxes.
import type { IncomingMessage } from "node:http";

/** Every board form and the Mini App's login (initData is at most 4 kB). */
export const FORM_BODY_LIMIT = 16 * 1024;
/** The managers' menu form (POST /c/<id>/menu/<date>): 4,000 characters × 9 bytes (36 kB), and its tags. */
export const MENU_FORM_BODY_LIMIT = 64 * 1024;

const MENU_FORM = /^\/c\/\d+\/menu\/[^/?]+(?:\?|$)/;

/** The body limit of a board request. */
export function boardBodyLimit(req: IncomingMessage): number {
  return req.method === "POST" && MENU_FORM.test(req.url ?? "") ? MENU_FORM_BODY_LIMIT : FORM_BODY_LIMIT;
}
