// What Slack can do, as the kernel reads it (kept apart from adapter.ts so the kernel's tests
// and the app read it without loading @slack/bolt).
import type { Capabilities } from "../../src/kernel/adapter.ts";

/** Slack shows ephemeral messages in any channel and lets a bot open a direct message. */
export const SLACK_CAPABILITIES: Capabilities = {
  ephemeral: true,
  firstPrivateMessage: true,
  edit: true,
  linkButtons: true,
  privateChatButton: false,
};
