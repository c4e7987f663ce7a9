// What every platform adapter factory receives from the wiring (src/app.ts).
import type { DeliveryBook } from "../src/kernel/adapter.ts";
import type { Logger } from "../src/kernel/ports.ts";
import type { Config } from "../src/config.ts";
import type { HttpServer } from "../src/http.ts";

/** Dependencies of an adapter factory. */
export interface AdapterDeps {
  /** Validated configuration (tokens, URLs); never log it. */
  config: Config;
  log: Logger;
  /** The shared HTTP server, for adapters that receive webhooks (routes added before start). */
  http: Pick<HttpServer, "route">;
  /**
   * Reports an error the adapter cannot recover from (a gateway shard that will not reconnect).
   * The app logs it loudly and the process exits non-zero rather than living on silent.
   */
  fatal(error: Error): void;
  /** The delivery ledger, for adapters that meet a message again whose send was unconfirmed (a press on it). */
  deliveries?: DeliveryBook;
}
