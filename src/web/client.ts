// The address of the client behind a request, as the login rate limits count it. Without trusted
// proxies (TRUST_PROXY=0) it is the socket's: an X-Forwarded-For header anyone can write changes
// nothing. Behind N trusted proxies, each appends the address it got the request from, so the
// client is the N-th address from the right; anything further left was written by the client.
import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";

/** Longest address read from X-Forwarded-For (an IPv6 address with a zone is under 50). */
const MAX_ADDRESS_LENGTH = 64;

/** The client address of a request, trusting `trustedHops` proxies; "unknown" off a real socket (app.request tests). */
export function clientAddress(c: Context, trustedHops: number): string {
  let socket: string;
  try {
    socket = getConnInfo(c).remote.address ?? "unknown";
  } catch {
    socket = "unknown";
  }
  if (trustedHops <= 0) return socket;
  const forwarded = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "" && a.length <= MAX_ADDRESS_LENGTH);
  // Nearest first: the socket (the last proxy), then each address a proxy appended, right to left.
  const hops = [socket, ...forwarded.reverse()];
  return hops[Math.min(trustedHops, hops.length - 1)]!;
}
