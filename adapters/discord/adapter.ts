// PLACEHOLDER until the Discord adapter lands: the factory signature the app wires.
import type { Adapter } from "../../src/core/adapter.ts";
import type { AdapterDeps } from "../deps.ts";

/** Creates the Discord adapter. */
export function createDiscordAdapter(_deps: AdapterDeps): Adapter {
  throw new Error("the Discord adapter is not built yet");
}
