// "Je viens" · "I'm coming" on the public page: a guest with no account says how many they will be
// (1–10) and, if they like, a first name, for a service whose poll is open. It is counted in the
// service's headcount (the menu feature's MORE_ANSWERS) and in the kitchen brief as "from the
// page". A browser answers at most MAX_PER_BROWSER times per service (its cookie, hashed with the
// service, is kept with the answer), an address MAX_PER_ADDRESS times (counted in memory only:
// no address is ever stored).
import { createHash } from "node:crypto";
import { canteenView, type CoreDeps } from "../../kernel/context.ts";
import type { Line } from "../../kernel/model.ts";
import type { Canteen, ServiceInfo } from "../../kernel/ports.ts";
import type { RhythmDeps } from "../../kernel/feature.ts";
import type { CanteenView } from "../../kernel/context.ts";
import { hasControlCharacters } from "../../kernel/text.ts";
import { AttemptLimiter } from "../../web/auth/rate-limit.ts";
import { headcountOf, pollClosed } from "../sheet/index.ts";
import type { ComingResult } from "./ports.ts";

/** Most covers one answer may announce. */
export const MAX_COVERS = 10;
/** Answers one browser may give per service. */
export const MAX_PER_BROWSER = 3;
/** Answers one client address may give per service (a family's phones on one Wi-Fi). */
export const MAX_PER_ADDRESS = 6;
/** Longest first name. */
export const MAX_FIRST_NAME = 40;

/** Whether a service on the page takes "I'm coming" now: its poll is open. */
export function takesAnswers(c: Canteen, s: ServiceInfo, now: Date): boolean {
  return !pollClosed(canteenView(c, now), s);
}

/** A key that stands for one browser or address and one service, and for nothing else. */
export function serviceKey(kind: "browser" | "address", id: string, canteenId: number, date: string): string {
  return createHash("sha256").update(`tablee-page-${kind}:${canteenId}:${date}:${id}`, "utf8").digest("base64url");
}

/** What a guest typed, checked: a count of covers and a first name (null when none or not one). */
export function readComing(count: unknown, name: unknown): { count: number; firstName: string | null } | null {
  const n = typeof count === "string" && /^\d{1,2}$/.test(count) ? Number(count) : NaN;
  if (!(n >= 1 && n <= MAX_COVERS)) return null;
  const typed = typeof name === "string" ? name.trim().replace(/\s+/g, " ") : "";
  if (typed.length > MAX_FIRST_NAME || hasControlCharacters(typed)) return null;
  return { count: n, firstName: typed === "" ? null : typed };
}

/** The per-address limit, one per board app (each instance counts its own). */
export function addressLimiter(): AttemptLimiter {
  return new AttemptLimiter(MAX_PER_ADDRESS, 24 * 3_600_000);
}

/** Counts a page answer, after the address limit; the group's announcement shows the new count. */
export async function comeFromPage(
  deps: Pick<CoreDeps, "store" | "outbox" | "clock">,
  limiter: AttemptLimiter,
  input: { canteen: Canteen; date: string; count: number; firstName: string | null; browserId: string; address: string },
): Promise<ComingResult> {
  const { canteen, date } = input;
  if (!limiter.allow(serviceKey("address", input.address, canteen.id, date), deps.clock.now().getTime())) return "limit";
  const result = await deps.store.comeFromPage({
    canteenId: canteen.id,
    date,
    count: input.count,
    firstName: input.firstName,
    browser: serviceKey("browser", input.browserId, canteen.id, date),
    maxPerBrowser: MAX_PER_BROWSER,
  });
  if (result === "counted") await deps.outbox.touch(canteen.id, "announcement", { date });
  return result;
}

/** The kitchen brief's line: the covers from the page, their share of the count, the first names given. */
export async function briefLines(deps: RhythmDeps, c: Canteen, date: string, v: CanteenView): Promise<Line[]> {
  const page = await deps.store.pageCovers(c.id, date);
  if (page.covers === 0) return [];
  const total = headcountOf(await deps.store.answers(c.id, date)).covers;
  const share = total === 0 ? 0 : Math.round((100 * page.covers) / total);
  const text = v.t("public.brief.line", { count: page.covers, total, share });
  const names = page.names.length > 0 ? v.t("public.brief.names", { names: page.names.join(", ") }) : "";
  return [{ style: "text", spans: [`${text}${names}`] }];
}
