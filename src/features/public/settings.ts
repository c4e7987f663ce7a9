// The public page's settings in /reglages · /settings: `adresse` · `address` and `acces` · `access`
// (what the page says of where and how to come; - clears), `page` oui · yes, non · no, defaut ·
// default (online once an address is set).
import type { CanteenContext } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import type { Canteen, CanteenPatch } from "../../kernel/ports.ts";
import { fold } from "../../kernel/text.ts";

/** Longest address or access text. */
export const MAX_PLACE_TEXT = 300;

const ADDRESS_KEYS = ["adresse", "address"];
const ACCESS_KEYS = ["acces", "access", "venir", "how-to-come"];
const PAGE_KEYS = ["page", "page-publique", "public-page"];
const CLEAR = ["-", "aucune", "aucun", "none", "effacer", "clear"];
const YES = ["oui", "yes", "on", "en-ligne", "online"];
const NO = ["non", "no", "off", "hors-ligne", "offline"];
const DEFAULT = ["defaut", "default", "auto"];

/** Whether the canteen's public page is shown: as a manager set it, else once it has an address. */
export function pageIsOn(c: Pick<Canteen, "publicPage" | "address">): boolean {
  return c.publicPage ?? Boolean(c.address);
}

function placeText(value: string): string | null {
  if (CLEAR.includes(fold(value))) return null;
  if (value.length > MAX_PLACE_TEXT) throw new UserError("public.settings.tooLong", { max: MAX_PLACE_TEXT });
  return value;
}

/** The patch one of the public page's keys asks for, or undefined when the key is another feature's. */
export function publicPageSetting(key: string, value: string): CanteenPatch | undefined {
  const k = fold(key);
  if (ADDRESS_KEYS.includes(k)) return { address: placeText(value) };
  if (ACCESS_KEYS.includes(k)) return { access: placeText(value) };
  if (!PAGE_KEYS.includes(k)) return undefined;
  const v = fold(value);
  if (YES.includes(v)) return { publicPage: true };
  if (NO.includes(v)) return { publicPage: false };
  if (DEFAULT.includes(v)) return { publicPage: null };
  throw new UserError("public.settings.badPage", { value });
}

/** The line /settings shows for the public page. */
export function publicPageSettingsLine(ctx: Pick<CanteenContext, "t" | "canteen">): string {
  const c = ctx.canteen;
  const state =
    c.publicPage == null
      ? ctx.t(c.address ? "public.settings.onByAddress" : "public.settings.offNoAddress")
      : ctx.t(c.publicPage ? "public.settings.on" : "public.settings.off");
  return ctx.t("public.settings.line", { state, address: c.address ?? "—", access: c.access ?? "—" });
}
