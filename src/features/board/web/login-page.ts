// Login pages: "Continue as <name>" for a valid link (only its POST uses the link), a clear
// word for a used, expired or unknown link, and the pages of someone not or no longer logged in.
import { html } from "hono/html";
import { LOGIN_LINK_MINUTES, type LinkState } from "../login.ts";
import type { Locale } from "../../../kernel/ports.ts";
import type { Translate } from "../../../kernel/i18n/index.ts";
import { page, sentence, type Html } from "../../../web/pages/layout.ts";

/** The page a login link opens: one button that logs in. */
export function continuePage(t: Translate, locale: Locale, name: string, action: string): Html {
  const title = t("board.web.loginTitle");
  return page(
    { t, locale, title },
    html`<h1>${title}</h1>
<div class="card">
<p>${t("board.web.continueHint")}</p>
<form method="post" action="${action}">
<button type="submit">${sentence(t, "board.web.continueAs", "name", name)}</button>
</form>
</div>`,
  );
}

/** A link that cannot log in any more, and how to get a new one. */
export function badLinkPage(t: Translate, locale: Locale, state: Exclude<LinkState["state"], "valid">): Html {
  const title = t("board.web.loginTitle");
  const why =
    state === "used"
      ? t("board.web.linkUsed")
      : state === "expired"
        ? t("board.web.linkExpired", { minutes: LOGIN_LINK_MINUTES })
        : t("board.web.linkUnknown");
  return page(
    { t, locale, title },
    html`<h1>${title}</h1>
<div class="notice error" role="alert"><p>${why}</p></div>
<p>${t("board.web.newLink")}</p>`,
  );
}

/** The board's front door for someone not logged in (or just logged out). */
export function loggedOutPage(t: Translate, locale: Locale, justLeft: boolean): Html {
  const title = t("board.web.loginTitle");
  return page(
    { t, locale, title },
    html`<h1>${title}</h1>
${justLeft ? html`<div class="notice" role="status"><p>${t("board.web.loggedOut")}</p></div>` : html`<p>${t("board.web.notLoggedIn")}</p>`}
<p>${t("board.web.newLink")}</p>`,
  );
}

/** The board of someone logged in who is in no canteen yet (a Mini App login Telegram vouched for): how to join one. */
export function noCanteenPage(t: Translate, locale: Locale): Html {
  const title = t("board.web.noCanteenTitle");
  return page(
    { t, locale, title },
    html`<h1>${title}</h1>
<div class="card">
<p>${t("board.web.noCanteen")}</p>
<p>${t("board.web.howToJoin")}</p>
<p>${t("board.web.howToSetUp")}</p>
</div>`,
  );
}

/** A short error page (404, 403, an expired form, too many attempts). */
export function messagePage(t: Translate, locale: Locale, text: string): Html {
  return page({ t, locale, title: text }, html`<h1>${text}</h1><p><a href="/">Tablée</a></p>`);
}
