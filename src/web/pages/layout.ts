// The page frame every board page shares: language, title, the canteen switcher, log out, and
// `userText`, which isolates anything people typed (names, menus) from its surroundings.
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Locale } from "../../kernel/ports.ts";
import type { Translate } from "../../kernel/i18n/index.ts";
import { CSRF_FIELD } from "../auth/csrf.ts";
import { MYDATA_PATH } from "../../features/mydata/commands.ts";

/** A fragment of escaped HTML (what `html` returns). */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What the frame needs besides the body. */
export interface Chrome {
  t: Translate;
  locale: Locale;
  title: string;
  /** Pages of figures and tables: wider on a desktop (a phone is the same). */
  wide?: boolean;
  /** Logged-in pages: the person's canteens (a switcher when several) and the form token. */
  session?: { csrf: string; canteens: { id: number; name: string }[]; current?: number };
}

/**
 * Text people typed, escaped and wrapped in <bdi> so a right-to-left override in a name
 * cannot reorder the words around it.
 */
export function userText(s: string): Html {
  return html`<bdi>${s}</bdi>`;
}

/** Stands for the typed text inside a translated sentence; a control character no catalogue holds. */
const MARK = "\u0001";

/** A translated sentence with one piece of typed text (a name) inserted, isolated and escaped. */
export function sentence(t: Translate, key: string, field: string, value: string, params: Record<string, unknown> = {}): Html {
  const [before = "", after = ""] = t(key, { ...params, [field]: MARK }).split(MARK);
  return html`${before}${userText(value)}${after}`;
}

/** The hidden CSRF field of a form. */
export function csrfField(token: string): Html {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;
}

/** A whole page. */
export function page(c: Chrome, body: Html): Html {
  const s = c.session;
  const nav =
    s && s.canteens.length > 1
      ? html`<nav class="canteens" aria-label="${c.t("board.web.switchTo")}"><ul>${s.canteens.map(
          (x) => html`<li><a href="/c/${x.id}"${x.id === s.current ? html` aria-current="page"` : ""}>${userText(x.name)}</a></li>`,
        )}</ul></nav>`
      : "";
  const logout = s
    ? html`<form method="post" action="/logout">${csrfField(s.csrf)}<button type="submit">${c.t("board.web.logout")}</button></form>`
    : "";
  return html`<!doctype html>
<html lang="${c.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${c.title} · Tablée</title>
<link rel="stylesheet" href="/assets/board.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip" href="#main">${c.t("board.web.skip")}</a>
<header class="top"><a class="brand" href="/">Tablée</a>${s ? html`<a class="my-data" href="${MYDATA_PATH}" download>${c.t("mydata.download")}</a>` : ""}${logout}</header>
${nav}
<main id="main"${c.wide ? html` class="wide"` : ""}>
${body}
</main>
</body>
</html>`;
}
