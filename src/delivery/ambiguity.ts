// Whether a failed platform call may still have been acted on. A request that never left this
// machine — connection refused, host name not found, network unreachable, a TLS handshake
// refused — surely created nothing. Once a connection was made, a reset, a closed socket or a
// timeout waiting for the answer leaves it unknown: the platform may have received the request
// and posted the message. Adapters use this to tell "transient" from "ambiguous" failures.
import { errorChain } from "../startup/failure.ts";

/** System and client error codes raised before any byte of the request reached the server. */
const NEVER_LEFT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
]);

/**
 * True when `e` (or an error it wraps) says the request never reached the server, so the call
 * can be retried without any risk of a second message. Anything else about the network — a
 * reset, "socket hang up", "other side closed", a timeout — is false: the request may have arrived.
 */
export function neverReached(e: unknown): boolean {
  return errorChain(e).some((o) => typeof o.code === "string" && NEVER_LEFT.has(o.code));
}
