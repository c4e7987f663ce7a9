// The adapter contract: the handful of verbs every platform implements. Capabilities some
// platforms lack are optional members.
import type { Core } from "./core.ts";
import type { Platform } from "./model.ts";

/** A chat platform plugged into the core. */
export interface Adapter {
  readonly platform: Platform;
  /** Connects and starts feeding events to the core. Resolves once it is listening. */
  start(core: Core): Promise<void>;
  /** Stops listening and lets in-flight work finish. */
  stop(): Promise<void>;
  /** Resolves when the adapter has nothing more to do on its own (the console at end of input). */
  readonly finished?: Promise<void>;
}
