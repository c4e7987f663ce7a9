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

function linkRow(id: string, label: Html | string, url: string): Html {
  return html`<p><label for="${id}">${label}</label><br><input id="${id}" type="url" readonly value="${url}" size="60"> <a href="${url}">.ics</a></p>`;
}

/** The page. */
export function calendarPage(p: CalendarPageInput): Html {
  const { view, t, csrf, links } = p;
  const action = `/c/${view.canteen.id}/calendar`;
  const shown = links
    ? html`<section class="card" aria-labelledby="links"><h2 id="links">${t("calendar.title")}</h2>
${links.revoked !== null ? html`<p class="notice" role="status">${t("calendar.revoked", { count: links.revoked })}</p>` : ""}
${linkRow("shifts", t("calendar.shifts").replace(/\s*:\s*$/, ""), links.shifts)}
${linkRow("canteen", sentence(t, "calendar.canteen", "canteen", view.canteen.name), links.canteen)}
<p class="muted">${t("calendar.secret")}</p></section>`
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
