// Where the Telegram Mini App lives on the board (kept apart from the routes so the Telegram
// adapter can point its menu button here without loading the web framework).

/** Where Telegram opens the Mini App (the menu button's web_app URL is `<public URL>` + this). */
export const MINI_APP_PATH = "/telegram/app";
/** Where the Mini App page posts initData. */
export const TELEGRAM_AUTH_PATH = "/auth/telegram";

/** The Mini App's URL for a public address, or null when it is not https (Telegram requires it). */
export function miniAppUrl(publicUrl: string | undefined | null): string | null {
  if (!publicUrl || !/^https:\/\//i.test(publicUrl)) return null;
  return `${publicUrl.replace(/\/+$/, "")}${MINI_APP_PATH}`;
}
