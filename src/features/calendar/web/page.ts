// The board's calendar page: how calendar links work, a button that issues them (a POST: links
// are secrets, never put in a page a GET could show again) and one that revokes the old ones.
import { html } from "hono/html";
import type { BoardView } from "../../board/index.ts";
import type { CalendarLinks } from "../links.ts";
import type { Locale } from "../../../kernel/ports.ts";
import type { Translate } from "../../../kernel/i18n/index.ts";
import { csrfField, page, sentence, type Html } from "../../../web/pages/layout.ts";

/** What the page needs. */
export interface CalendarPageInput {
  view: BoardView;
  t: Translate;
  locale: Locale;
  csrf: string;
  /** Links just issued (after the POST), to show once. */
  links?: CalendarLinks;
}

/** The script that makes the "copy" buttons work (without it they stay hidden: the field is still there to copy by hand). */
export const COPY_SCRIPT_PATH = "/assets/copy.js";
export const COPY_SCRIPT = `document.querySelectorAll("button[data-copy]").forEach(function (b) {
  var field = document.getElementById(b.getAttribute("data-copy"));
  if (!field || !navigator.clipboard) return;
  b.hidden = false;
  b.addEventListener("click", function () {
    navigator.clipboard.writeText(field.value).then(function () { b.textContent = b.getAttribute("data-done"); });
  });
});
`;

/** The same feed for calendar apps that subscribe by a webcal:// link (Apple, Outlook, Thunderbird). */
export function webcalOf(url: string): string {
  return url.replace(/^https?:\/\//, "webcal://");
}

/** Google Calendar's "add by URL" page, with the feed filled in. */
export function googleCalendarOf(url: string): string {
  return `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcalOf(url))}`;
}

function linkRow(t: Translate, id: string, label: Html | string, url: string): Html {
  return html`<div class="feed-link"><p><label for="${id}">${label}</label></p>
<input id="${id}" class="link" type="url" readonly value="${url}">
<p class="actions"><button type="button" class="secondary" data-copy="${id}" data-done="${t("calendar.web.copied")}" hidden>${t("calendar.web.copy")}</button>
<a class="button secondary" href="${webcalOf(url)}">${t("calendar.web.subscribe")}</a>
<a class="button secondary" href="${googleCalendarOf(url)}" rel="noopener noreferrer" target="_blank">${t("calendar.web.google")}</a>
<a class="button secondary" href="${url}" download>${t("calendar.web.download")}</a></p></div>`;
}

/** The page. */
export function calendarPage(p: CalendarPageInput): Html {
  const { view, t, csrf, links } = p;
  const action = `/c/${view.canteen.id}/calendar`;
  const shown = links
    ? html`<section class="card" aria-labelledby="links"><h2 id="links">${t("calendar.title")}</h2>
${links.revoked !== null ? html`<p class="notice" role="status">${t("calendar.revoked", { count: links.revoked })}</p>` : ""}
${linkRow(t, "shifts", t("calendar.shifts").replace(/\s*:\s*$/, ""), links.shifts)}
${linkRow(t, "canteen", sentence(t, "calendar.canteen", "canteen", view.canteen.name), links.canteen)}
<p class="muted">${t("calendar.web.secret")}</p></section>
<script src="${COPY_SCRIPT_PATH}" defer></script>`
    : "";
  const body = html`<h1>${t("calendar.web.title")}</h1>
<p>${t("calendar.howTo")}</p>
${shown}
<div class="actions">
<form method="post" action="${action}">${csrfField(csrf)}<button type="submit">${t("calendar.web.get")}</button></form>
<form method="post" action="${action}">${csrfField(csrf)}<input type="hidden" name="reset" value="1"><button type="submit" class="danger">${t("calendar.web.reset")}</button></form>
</div>
<p class="muted">${t("calendar.web.resetNote")}</p>
<p><a href="/c/${view.canteen.id}">${t("calendar.web.back")}</a></p>`;
  return page(
    {
      t,
      locale: p.locale,
      title: t("calendar.web.title"),
      session: { csrf, canteens: view.canteens.map((c) => ({ id: c.id, name: c.name })), current: view.canteen.id },
    },
    body,
  );
}
