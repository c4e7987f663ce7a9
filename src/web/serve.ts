// Mounts the board on Tablée's shared HTTP server (src/http.ts), as the handler of every path
// no adapter claimed (Slack events and Telegram's webhook keep theirs), within the board's body limits.
import { getRequestListener } from "@hono/node-server";
import type { HttpServer } from "../http.ts";
import type { Feature } from "../kernel/feature.ts";
import { createBoardApp, type BoardMount } from "./app.ts";
import type { BoardDeps } from "./deps.ts";
import { boardBodyLimit } from "./limits.ts";

/** Serves the board on `http`. */
export function serveBoard(http: HttpServer, deps: BoardDeps, features: readonly Feature<unknown, unknown, BoardMount>[]): void {
  const app = createBoardApp(deps, features);
  // overrideGlobalObjects: false keeps Node's own Request/Response for the rest of the process.
  http.fallback(getRequestListener(app.fetch, { overrideGlobalObjects: false }), { bodyLimit: boardBodyLimit });
}
