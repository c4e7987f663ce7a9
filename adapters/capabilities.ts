// Every platform's capabilities, for the kernel (src/app.ts and the tests' harness pass it to
// createCore). Each adapter declares its own; this table only gathers them.
import type { Capabilities } from "../src/kernel/adapter.ts";
import type { Platform } from "../src/kernel/model.ts";
import { CONSOLE_CAPABILITIES } from "./console/capabilities.ts";
import { DISCORD_CAPABILITIES } from "./discord/capabilities.ts";
import { SLACK_CAPABILITIES } from "./slack/capabilities.ts";
import { TELEGRAM_CAPABILITIES } from "./telegram/capabilities.ts";

/** The capabilities each adapter declares, by platform. */
export const PLATFORM_CAPABILITIES: Readonly<Record<Platform, Capabilities>> = {
  telegram: TELEGRAM_CAPABILITIES,
  discord: DISCORD_CAPABILITIES,
  slack: SLACK_CAPABILITIES,
  console: CONSOLE_CAPABILITIES,
};
