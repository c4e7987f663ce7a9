// What Discord can do, as the kernel reads it (kept apart from adapter.ts so the kernel's tests
// and the app read it without loading discord.js).
import type { Capabilities } from "../../src/kernel/adapter.ts";

/** Every command is an interaction, which can be answered ephemerally; a bot may open a DM. */
export const DISCORD_CAPABILITIES: Capabilities = {
  ephemeral: true,
  firstPrivateMessage: true,
  edit: true,
  linkButtons: true,
  privateChatButton: false,
};
