// What the console can do, as the kernel reads it.
import type { Capabilities } from "../../src/kernel/adapter.ts";

/**
 * The terminal is one person's: an answer for them alone is simply printed there (as is), and
 * "private messages" are printed with a 🔒 header. Link buttons are printed as their address.
 */
export const CONSOLE_CAPABILITIES: Capabilities = {
  ephemeral: true,
  firstPrivateMessage: true,
  edit: true,
  linkButtons: true,
  privateChatButton: false,
};
