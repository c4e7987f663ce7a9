// PLACEHOLDER until the Telegram adapter lands: the factory signature the app wires.
import type { Adapter } from "../../src/core/adapter.ts";
import type { AdapterDeps } from "../deps.ts";

/** Creates the Telegram adapter. */
export function createTelegramAdapter(_deps: AdapterDeps): Adapter {
  throw new Error("the Telegram adapter is not built yet");
}
