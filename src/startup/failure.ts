// Start-up failures an operator can act on. Each becomes one line on stderr saying what is wrong
// and what to do, with the secret parts redacted; main.ts prints it (the stack only with
// LOG_LEVEL=debug) and exits with its code. README "Running it for real" lists the codes.

/** Exit code of a configuration problem: fix the environment, restarting alone will not help. */
export const EXIT_CONFIGURATION = 2;
/** Exit code of every other failure (a database or platform out of reach, a port in use, a bug). */
export const EXIT_FAILURE = 1;

/** An expected start-up failure: `message` is the operator's one line, `exitCode` 2 or 1. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: typeof EXIT_CONFIGURATION | typeof EXIT_FAILURE,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StartupError";
  }
}

/**
 * Hides secrets in free text: the password of a URL (`user:[secret]@host`), a Telegram token (in a
 * Bot API path or alone), Slack tokens. Used on every line printed at start-up.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, "$1[secret]@")
    .replace(/\bbot\d+:[\w-]+/g, "bot[token]")
    .replace(/\b\d{5,}:[\w-]{20,}/g, "[token]")
    .replace(/\bx(?:ox[abposr]|app)-[\w-]+/g, "[token]");
}

/** System error codes met when a server cannot be reached, in operators' words. */
const NETWORK_CAUSES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  EPIPE: "connection closed",
  ENOTFOUND: "host name not found",
  EAI_AGAIN: "host name lookup failed (DNS)",
  ETIMEDOUT: "timed out",
  ECONNABORTED: "timed out",
  UND_ERR_CONNECT_TIMEOUT: "timed out",
  UND_ERR_SOCKET: "connection closed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ENETDOWN: "network down",
};

/**
 * The error and the errors it wraps (fetch's `cause`, an AggregateError's list, axios's `original`):
 * what a network failure says is often a few levels down.
 */
export function errorChain(e: unknown, depth = 0): Record<string, unknown>[] {
  if (!e || typeof e !== "object" || depth > 4) return [];
  const o = e as Record<string, unknown>;
  const inner = [o.cause, o.original, ...(Array.isArray(o.errors) ? (o.errors as unknown[]) : [])];
  return [o, ...inner.flatMap((x) => errorChain(x, depth + 1))];
}

/**
 * Why a server could not be reached, if that is what `e` says: "connection refused", "host name
 * not found", "timed out"… Undefined when `e` is something else (an answer, a bug).
 */
export function unreachableCause(e: unknown): string | undefined {
  for (const o of errorChain(e)) {
    const code = typeof o.code === "string" ? o.code : undefined;
    if (code && NETWORK_CAUSES[code]) return NETWORK_CAUSES[code];
    if (o.name === "AbortError" || o.name === "TimeoutError" || o.type === "aborted") return "timed out";
    if (typeof o.message === "string" && /timeout|timed out/i.test(o.message)) return "timed out";
    if (typeof o.message === "string" && /terminated unexpectedly|socket hang up|other side closed/i.test(o.message))
      return "connection closed";
  }
  return undefined;
}
