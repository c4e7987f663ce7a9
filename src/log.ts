// Structured logs (pino) on stderr, so stdout stays free for the console chat. Known secret
// fields are redacted; we never log the configuration or raw tokens anyway.
import pino from "pino";
import type { Logger } from "./kernel/ports.ts";

/** Field names that must never reach a log line. */
const SECRET_PATHS = [
  "token",
  "*.token",
  "headers.authorization",
  "*.headers.authorization",
  "signingSecret",
  "*.signingSecret",
  "password",
];

/** Creates the process logger at `level`. */
export function createLogger(level: string): Logger & pino.Logger {
  return pino({ level, redact: { paths: SECRET_PATHS, censor: "[secret]" } }, pino.destination({ fd: 2, sync: true }));
}
