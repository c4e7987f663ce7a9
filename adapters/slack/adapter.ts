// PLACEHOLDER until the Slack adapter lands: the factory signature the app wires.
import type { Adapter } from "../../src/core/adapter.ts";
import type { AdapterDeps } from "../deps.ts";

/** Creates the Slack adapter. */
export function createSlackAdapter(_deps: AdapterDeps): Adapter {
  throw new Error("the Slack adapter is not built yet");
}
