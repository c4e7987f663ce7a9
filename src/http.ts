// One HTTP server for every adapter that receives webhooks (Slack events, Telegram webhook),
// on PORT. Adapters register a path prefix; /healthz answers for load balancers: 200 when every
// part checked works, 503 saying which one does not. Every request passes the edge's limits
// first (src/http-limits.ts): its route's body limit and the timeouts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "./kernel/ports.ts";
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, TIMEOUT_CHECK_MS, WEBHOOK_BODY_LIMIT, withinBodyLimit } from "./http-limits.ts";
import { EXIT_CONFIGURATION, EXIT_FAILURE, StartupError } from "./startup/failure.ts";

/** A Node request handler. */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** The largest body a request may carry, in bytes; may depend on the request (the board's menu form). */
export type BodyLimit = number | ((req: IncomingMessage) => number);

/** What /healthz says: `ok` false answers 503; one line per part checked ("database: ok"). */
export interface HealthReport {
  ok: boolean;
  lines: string[];
}

/** The shared server: adapters add routes before `listen`. */
export interface HttpServer {
  /** A path prefix and its handler; bodies up to `bodyLimit` (default: WEBHOOK_BODY_LIMIT, 1 MB). */
  route(prefix: string, handler: HttpHandler, options?: { bodyLimit?: BodyLimit }): void;
  /** What /healthz checks (the database); without it, /healthz says the process answers. */
  health(check: () => Promise<HealthReport>): void;
  /** Handles every request no route claims (the web board), with its own body limit. */
  fallback(handler: HttpHandler, options: { bodyLimit: BodyLimit }): void;
  /** True once a route was added: only then does the app listen. */
  readonly used: boolean;
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Creates the shared server (not yet listening). Port 0 picks a free port (tests). */
export function createHttpServer(port: number, log: Logger): HttpServer {
  const routes: [string, HttpHandler, BodyLimit][] = [];
  let rest: [HttpHandler, BodyLimit] | undefined;
  let check: (() => Promise<HealthReport>) | undefined;
  let server: Server | undefined;
  return {
    route(prefix, handler, options = {}) {
      routes.push([prefix, handler, options.bodyLimit ?? WEBHOOK_BODY_LIMIT]);
    },
    health(fn) {
      check = fn;
    },
    fallback(handler, options) {
      rest = [handler, options.bodyLimit];
    },
    get used() {
      return routes.length > 0;
    },
    listen() {
      // Slow headers and slow bodies are cut (checked every second, not Node's default 30 s).
      const timeouts = {
        headersTimeout: HEADERS_TIMEOUT_MS,
        requestTimeout: REQUEST_TIMEOUT_MS,
        connectionsCheckingInterval: TIMEOUT_CHECK_MS,
      };
      server = createServer(timeouts, (req, res) => {
        const url = req.url ?? "/";
        if (url === "/healthz") {
          void answerHealth(res, check, log);
          return;
        }
        const route = routes.find(([prefix]) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`));
        const [handler, limit] = route ? [route[1], route[2]] : (rest ?? []);
        if (!handler || limit === undefined) {
          res.writeHead(404).end();
          return;
        }
        withinBodyLimit(req, res, typeof limit === "number" ? limit : limit(req), () => {
          try {
            handler(req, res);
          } catch (e) {
            // The route, never the URL: a board path may hold a login token.
            log.error({ err: e, route: route?.[0] ?? "board" }, "HTTP handler failed");
            if (!res.headersSent) res.writeHead(500).end();
          }
        });
      });
      return new Promise((resolve, reject) => {
        server!.once("error", (e: NodeJS.ErrnoException) => reject(listenError(e, port)));
        server!.listen(port, () => {
          const addr = server!.address();
          resolve(typeof addr === "object" && addr ? addr.port : port);
        });
      });
    },
    close() {
      return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

/** Answers /healthz: "ok" or "unavailable", then one line per part; never cached by a proxy. */
async function answerHealth(res: ServerResponse, check: (() => Promise<HealthReport>) | undefined, log: Logger): Promise<void> {
  let report: HealthReport = { ok: true, lines: [] };
  try {
    if (check) report = await check();
  } catch (e) {
    log.error({ err: e }, "health check failed");
    report = { ok: false, lines: ["health check failed"] };
  }
  const body = [report.ok ? "ok" : "unavailable", ...report.lines].join("\n") + "\n";
  res.writeHead(report.ok ? 200 : 503, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end(body);
}

/** A port that cannot be listened on, said as the operator can fix it. */
function listenError(e: NodeJS.ErrnoException, port: number): Error {
  if (e.code === "EADDRINUSE") {
    return new StartupError(`HTTP port ${port} is already in use by another program: stop it, or set PORT to a free port`, EXIT_FAILURE, {
      cause: e,
    });
  }
  if (e.code === "EACCES") {
    return new StartupError(
      `not allowed to listen on HTTP port ${port} (ports below 1024 need privileges): set PORT to 1024 or above`,
      EXIT_CONFIGURATION,
      { cause: e },
    );
  }
  return e;
}
