// Addresses of the console's one local group and its users.

/** The single local group every console line is posted to. */
export const CONSOLE_GROUP = "console:local";

/** The user a line without an `@name:` prefix comes from. */
export const DEFAULT_USER = "you";

/** The address of a console user ("console:alice"). */
export function userAddress(name: string): string {
  return `console:${name.toLowerCase()}`;
}
