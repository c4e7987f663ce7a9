// Where other features add their own settings to /settings (src/kernel/feature.ts).
import type { CanteenContext } from "../../kernel/context.ts";
import { point } from "../../kernel/feature.ts";
import type { Canteen, CanteenPatch } from "../../kernel/ports.ts";

/** A group of settings another feature owns: its line in /settings, and the keys it reads. */
export interface SettingsItem {
  line(ctx: Pick<CanteenContext, "t" | "locale" | "canteen">): string;
  /** How a manager changes them ("prix-ingredients 3,50 · …"), under /settings' own. */
  howTo?(ctx: Pick<CanteenContext, "t">): string;
  /**
   * The change a `key value` pair asks for, or undefined when the key is not this feature's;
   * `canteen` is the one being changed (a setting per role reads its roles and current values).
   */
  parse(key: string, value: string, parseTime: (s: string) => string | undefined, canteen: Canteen): CanteenPatch | undefined;
  /**
   * After a change is saved (`ctx` holds the saved canteen, `before` the one it replaced): what
   * follows from it (people released from dates it closed…), as lines for the manager's answer.
   */
  saved?(ctx: CanteenContext, before: CanteenContext["canteen"]): Promise<string[]>;
}

/** Settings other features add (the close-out's costs, currency and times). */
export const SETTINGS_ITEMS = point<SettingsItem>("settings.items");
