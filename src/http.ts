// One HTTP server for every adapter that receives webhooks (Slack events, Telegram webhook),
// on PORT. Adapters register a path prefix; /healthz answers for load balancers: 200 when every
// part checked works, 503 saying which one does not.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "./core/ports.ts";
import { EXIT_CONFIGURATION, EXIT_FAILURE, StartupError } from "./startup/failure.ts";

/** A Node request handler. */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** What /healthz says: `ok` false answers 503; one line per part checked ("database: ok"). */
export interface HealthReport {
  ok: boolean;
  lines: string[];
}

/** The shared server: adapters add routes before `listen`. */
export interface HttpServer {
  route(prefix: string, handler: HttpHandler): void;
  /** What /healthz checks (the database); without it, /healthz says the process answers. */
  health(check: () => Promise<HealthReport>): void;
  /** Handles every request no route claims (the web board). */
  fallback(handler: HttpHandler): void;
  /** True once a route was added: only then does the app listen. */
  readonly used: boolean;
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Creates the shared server (not yet listening). Port 0 picks a free port (tests). */
export function createHttpServer(port: number, log: Logger): HttpServer {
  const routes: [string, HttpHandler][] = [];
  let rest: HttpHandler | undefined;
  let check: (() => Promise<HealthReport>) | undefined;
  let server: Server | undefined;
  return {
    route(prefix, handler) {
      routes.push([prefix, handler]);
    },
    health(fn) {
      check = fn;
    },
    fallback(handler) {
      rest = handler;
    },
    get used() {
      return routes.length > 0;
    },
    listen() {
      server = createServer((req, res) => {
        const url = req.url ?? "/";
        if (url === "/healthz") {
          void answerHealth(res, check, log);
          return;
        }
        const route = routes.find(([prefix]) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`));
        const handler = route?.[1] ?? rest;
        if (!handler) {
          res.writeHead(404).end();
          return;
        }
        try {
          handler(req, res);
        } catch (e) {
          // The route, never the URL: a board path may hold a login token.
          log.error({ err: e, route: route?.[0] ?? "board" }, "HTTP handler failed");
          if (!res.headersSent) res.writeHead(500).end();
        }
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
