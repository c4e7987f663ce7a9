// Checking a Telegram Mini App's `initData` exactly as core.telegram.org/bots/webapps specifies:
// data-check-string = every field but `hash`, sorted by key, `key=value` joined by "\n";
// secret = HMAC_SHA256(key "WebAppData", bot token); valid when HMAC_SHA256(secret, data-check-
// string) in hex equals `hash` (compared in constant time). Freshness is ours to check.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** initData older than this is refused (Telegram sets no window; a day is generous for a menu tap). */
export const MAX_INIT_DATA_AGE_SECONDS = 24 * 3600;
/** Clock skew tolerated for an auth_date slightly in the future. */
export const FUTURE_SKEW_SECONDS = 60;
/** Longest initData we read (real ones are well under 1 kB). */
export const MAX_INIT_DATA_LENGTH = 4096;

const userSchema = z.object({
  id: z.number().int().positive(),
  first_name: z.string().max(256).optional(),
  last_name: z.string().max(256).optional(),
  username: z.string().max(64).optional(),
  language_code: z.string().max(35).optional(),
});

/** The Telegram user a valid initData vouches for. */
export type TelegramWebAppUser = z.infer<typeof userSchema>;

/** Why initData was refused (for logs and tests; the client only ever sees 401). */
export type InitDataProblem = "malformed" | "bad-hash" | "stale" | "future" | "no-user";

/** The outcome of a check. */
export type InitDataCheck =
  | {
      ok: true;
      user: TelegramWebAppUser;
      authDate: Date;
      /** The signature (hex): the same for a replay of the same initData, and for nothing else. */
      hash: string;
    }
  | { ok: false; problem: InitDataProblem };

/** The secret key Telegram derives from a bot token for Mini App data. */
export function webAppSecret(botToken: string): Buffer {
  return createHmac("sha256", "WebAppData").update(botToken).digest();
}

/** The data-check-string of parsed initData fields (without `hash`). */
export function dataCheckString(fields: Map<string, string>): string {
  return [...fields.entries()]
    .filter(([k]) => k !== "hash")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");
}

/** Signs fields the way Telegram does (tests and the console's demo build initData with it). */
export function signInitData(fields: Record<string, string>, botToken: string): string {
  const map = new Map(Object.entries(fields));
  const hash = createHmac("sha256", webAppSecret(botToken)).update(dataCheckString(map)).digest("hex");
  return new URLSearchParams([...map.entries(), ["hash", hash]]).toString();
}

/** Checks a raw initData query string for a bot at `now`. */
export function checkInitData(raw: string, botToken: string, now: Date): InitDataCheck {
  if (raw.length === 0 || raw.length > MAX_INIT_DATA_LENGTH) return { ok: false, problem: "malformed" };
  const fields = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(raw)) {
    // A repeated key makes the signed string ambiguous: refuse rather than pick one.
    if (fields.has(k)) return { ok: false, problem: "malformed" };
    fields.set(k, v);
  }
  const hash = fields.get("hash");
  if (!hash || !/^[0-9a-f]{64}$/.test(hash)) return { ok: false, problem: "malformed" };
  const expected = createHmac("sha256", webAppSecret(botToken)).update(dataCheckString(fields)).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, "hex"))) return { ok: false, problem: "bad-hash" };

  const authDate = Number(fields.get("auth_date"));
  if (!Number.isInteger(authDate) || authDate <= 0) return { ok: false, problem: "malformed" };
  const age = now.getTime() / 1000 - authDate;
  if (age > MAX_INIT_DATA_AGE_SECONDS) return { ok: false, problem: "stale" };
  if (age < -FUTURE_SKEW_SECONDS) return { ok: false, problem: "future" };

  let user: unknown;
  try {
    user = JSON.parse(fields.get("user") ?? "null");
  } catch {
    return { ok: false, problem: "no-user" };
  }
  const parsed = userSchema.safeParse(user);
  if (!parsed.success) return { ok: false, problem: "no-user" };
  return { ok: true, user: parsed.data, authDate: new Date(authDate * 1000), hash };
}
