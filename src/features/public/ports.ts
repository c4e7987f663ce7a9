// What the public page needs from the store: a canteen found by the slug of its URL, and the slug
// of a canteen (for /page's link).
import type { Canteen } from "../../kernel/ports.ts";

/** Canteens as the public page finds them. Each method is one atomic unit of work. */
export interface PublicStore {
  /** The canteen whose slug this is, or null. */
  canteenBySlug(slug: string): Promise<Canteen | null>;
  /** A canteen's slug, or null when there is no such canteen. */
  canteenSlug(canteenId: number): Promise<string | null>;
}
