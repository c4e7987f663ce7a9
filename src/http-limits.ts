// Limits at the HTTP edge, applied by the shared server (src/http.ts) to every request before any
// handler runs — before a session is read, a signature checked or a JSON body parsed: a body
// larger than its route allows is refused with 413 (at once when Content-Length says so, the
// moment a streamed body passes the limit otherwise), and slow headers or bodies are cut by the
// server's timeouts. A body within the limit is read once and handed on as `req.rawBody` (what
// Hono's node server and Bolt read) and `req.body` (what telegraf's webhook reads).
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Webhooks (Telegram updates, Slack events and interactions): neither platform documents a
 * maximum; a message is at most 4,096 (Telegram) or 40,000 (Slack) characters, which with the
 * message a button was on, blocks and JSON escaping stays well under 1 MB.
 */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

/** Headers must arrive within this time (Node's server.headersTimeout). */
export const HEADERS_TIMEOUT_MS = 10_000;
/** A whole request, headers and body, must arrive within this time (Node's server.requestTimeout). */
export const REQUEST_TIMEOUT_MS = 15_000;
/** How often the server looks for requests over those timeouts. */
export const TIMEOUT_CHECK_MS = 1_000;

/** A request whose body was read by the server within its limit. */
export type ReadRequest = IncomingMessage & { rawBody?: Buffer; body?: Buffer };

/** True when a request announces a body (a length, or chunks). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return (length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined;
}

/** After a 413, what the client still sends is read and dropped this long, so it can read the answer. */
const LINGER_MS = 2_000;

/**
 * Answers 413 and closes the connection. The rest of the body is never kept: it is read and
 * dropped for a moment (closing at once would reset the connection, and a client still sending
 * would lose the 413 with it); the connection is closed once the body ends, or destroyed when
 * it has not ended by then.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  if (!res.headersSent)
    res.writeHead(413, { "content-type": "text/plain; charset=utf-8" }).end(`Request body larger than ${limit} bytes\n`);
  req.on("end", () => req.socket.end());
  req.resume();
  setTimeout(() => {
    if (!req.complete) req.socket.destroy();
  }, LINGER_MS).unref();
}

/**
 * Reads the body of `req` if it has one, at most `limit` bytes, then calls `next` with it in
 * place; a body over the limit gets 413 and `next` is never called.
 */
export function withinBodyLimit(req: IncomingMessage, res: ServerResponse, limit: number, next: () => void): void {
  if (!hasBody(req)) return next();
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return tooLarge(req, res, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on("data", (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > limit) {
      over = true;
      chunks.length = 0;
      tooLarge(req, res, limit);
      return;
    }
    chunks.push(chunk);
  });
  req.on("end", () => {
    if (over) return;
    const body = Buffer.concat(chunks, size);
    const read = req as ReadRequest;
    read.rawBody = body;
    read.body = body;
    next();
  });
  // A client that went away: nothing to answer.
  req.on("error", () => req.socket.destroy());
}
