// The answer of a board action, shown once on the page it redirects to ("flash"). It is kept
// with the session in the database — any length, shared by every instance — never in a cookie,
// which browsers drop silently past 4 kB (a long menu's confirmation). The session read every
// request makes already brings it; showing it clears it.
import type { Context } from "hono";
import { setSessionFlash } from "../features/board/login.ts";
import type { BoardDeps, BoardEnv } from "./deps.ts";

/** An answer not shown within this time is dropped (the page it was for was never opened). */
const FLASH_TTL_MS = 60_000;

/** An action's answer: its text, and whether it was a refusal. */
export interface Flash {
  text: string;
  error: boolean;
}

/** Keeps `flash` for the next page of `path` (e.g. "/c/3") this session opens. */
export async function leaveFlash(
  deps: Pick<BoardDeps, "store" | "clock">,
  c: Context<BoardEnv>,
  path: string,
  flash: Flash,
): Promise<void> {
  const id = c.get("sessionId");
  if (id) await setSessionFlash(deps.store, id, JSON.stringify({ path, at: deps.clock.now().getTime(), ...flash }));
}

/** The answer waiting for the page of `path`, cleared now that it is shown; undefined when there is none. */
export async function takeFlash(deps: Pick<BoardDeps, "store" | "clock">, c: Context<BoardEnv>, path: string): Promise<Flash | undefined> {
  const raw = c.get("flash");
  const id = c.get("sessionId");
  if (!raw || !id) return undefined;
  let kept: { path?: unknown; at?: unknown; text?: unknown; error?: unknown };
  try {
    kept = JSON.parse(raw) as typeof kept;
  } catch {
    kept = {};
  }
  const fresh = typeof kept.at === "number" && deps.clock.now().getTime() - kept.at < FLASH_TTL_MS;
  if (fresh && kept.path !== path) return undefined;
  await setSessionFlash(deps.store, id, null);
  return fresh && typeof kept.text === "string" ? { text: kept.text, error: kept.error === true } : undefined;
}
