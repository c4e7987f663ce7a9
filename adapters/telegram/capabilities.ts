// What Telegram can do, as the kernel reads it (kept apart from adapter.ts so the kernel's tests
// and the app read it without loading telegraf).
import type { Capabilities } from "../../src/kernel/adapter.ts";

/**
 * Telegram has no answer only one member of a group sees (a toast is for button presses), and a
 * bot may write privately only to someone who pressed Start; its deep links open that chat.
 */
export const TELEGRAM_CAPABILITIES: Capabilities = {
  ephemeral: false,
  firstPrivateMessage: false,
  edit: true,
  linkButtons: true,
  privateChatButton: true,
};
