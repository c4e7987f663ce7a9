// What the public page needs from the store: a canteen found by the slug of its URL, the slug of
// a canteen (for /page's link), and the "I'm coming" answers given on the page.
import type { Canteen } from "../../kernel/ports.ts";

/** What an "I'm coming" came to. */
export type ComingResult = "counted" | "closed" | "limit";

/** Canteens as the public page finds them, and its answers. Each method is one atomic unit of work. */
export interface PublicStore {
  /** The canteen whose slug this is, or null. */
  canteenBySlug(slug: string): Promise<Canteen | null>;
  /** A canteen's slug, or null when there is no such canteen. */
  canteenSlug(canteenId: number): Promise<string | null>;
  /**
   * Counts `count` covers for a service from the page, unless its poll was closed or this browser
   * (its hashed key) already answered `maxPerBrowser` times for it.
   */
  comeFromPage(input: {
    canteenId: number;
    date: string;
    count: number;
    firstName: string | null;
    browser: string;
    maxPerBrowser: number;
  }): Promise<ComingResult>;
  /** The covers counted from the page for a service, and the first names given (in answer order). */
  pageCovers(canteenId: number, date: string): Promise<{ covers: number; names: string[] }>;
}
