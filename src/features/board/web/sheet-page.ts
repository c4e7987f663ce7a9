// The board's main page: a canteen's upcoming services (menu, roles, who, open places,
// waitlist) with a button per role to take or leave a place, the person's own shifts and, for
// managers, today's count and a link to each service's menu form.
import { html } from "hono/html";
import { countText, dietList, allergenList } from "../../sheet/index.ts";
import type { BoardService, BoardView } from "../view.ts";
import { canteenView } from "../../../kernel/context.ts";
import { formatDate } from "../../../kernel/days.ts";
import { capitalise, roleLabel } from "../../sheet/index.ts";
import { closedWhy } from "../../../kernel/closed.ts";
import type { Locale } from "../../../kernel/ports.ts";
import type { Translate } from "../../../kernel/i18n/index.ts";
import { csrfField, page, userText, type Html } from "../../../web/pages/layout.ts";
import { newToken } from "../tokens.ts";
import { worded } from "../../sheet/index.ts";
import type { Translate as T } from "../../../kernel/i18n/index.ts";

/** What the sheet page needs besides the view. */
export interface SheetPageInput {
  view: BoardView;
  t: Translate;
  locale: Locale;
  csrf: string;
  now: Date;
  /** The answer of the last action (what the chat would have said). */
  flash?: { text: string; error: boolean };
}

/** "Mardi 1er décembre", made once per date and language (luxon's formatting is not cheap). */
function dayTitle(date: string, locale: Locale, now: Date): string {
  return worded(`board-day|${locale}|${date}|${now.getUTCFullYear()}`, () => capitalise(formatDate(date, locale, now)));
}

/** A role's label, made once per role and language. */
function role(t: T, locale: Locale, key: string): string {
  return worded(`role|${locale}|${key}`, () => roleLabel({ t }, key));
}

/** A translated fixed wording (one parameter at most), made once per language. */
function fixed(t: T, locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  return worded(`board|${locale}|${key}|${JSON.stringify(params)}`, () => t(key, params));
}

/** Form nonces: one random prefix per page, a counter per form (each form's own, unguessable). */
function nonces(): () => string {
  const prefix = newToken().slice(0, 36);
  let n = 0;
  return () => `${prefix}${String(n++).padStart(7, "0")}`;
}

function hidden(name: string, value: string): Html {
  return html`<input type="hidden" name="${name}" value="${value}">`;
}

/** A one-button form posting an action; the nonce makes a double submit count once. */
function actionForm(
  nonce: () => string,
  action: string,
  csrf: string,
  fields: Record<string, string>,
  label: Html | string,
  cls = "",
): Html {
  return html`<form method="post" action="${action}">${csrfField(csrf)}${hidden("nonce", nonce())}${Object.entries(fields).map(([k, v]) => hidden(k, v))}<button type="submit"${cls ? html` class="${cls}"` : ""}>${label}</button></form>`;
}

function menuBlock(p: SheetPageInput, s: BoardService): Html {
  const v = s.info.diets.length || s.info.allergens.length ? canteenView(p.view.canteen, p.now) : null;
  const lines = s.info.menu
    ? s.info.menu.split("\n").map((l) => html`<p>${userText(l)}</p>`)
    : html`<p class="muted"><em>${fixed(p.t, p.locale, "announce.noMenu")}</em></p>`;
  const tags = [
    ...(v && s.info.diets.length ? [`🌱 ${dietList({ ...v, t: p.t }, s.info.diets)}`] : []),
    ...(v && s.info.allergens.length
      ? [`⚠️ ${p.t("announce.allergens", { list: allergenList({ ...v, t: p.t }, s.info.allergens) })}`]
      : []),
  ];
  return html`<div class="menu"><h4 class="muted">${fixed(p.t, p.locale, "board.web.menu")}</h4>${lines}${tags.length ? html`<p class="tags">${tags.join(" · ")}</p>` : ""}</div>`;
}

function serviceCard(p: SheetPageInput, s: BoardService, nonce: () => string): Html {
  const { view, t, csrf, locale } = p;
  const base = `/c/${view.canteen.id}`;
  const id = `s-${s.date}`;
  // A closed date: one line with why, no place to take.
  if (s.closed) {
    const why = closedWhy(s.closed, locale);
    return html`<section class="card closed" aria-labelledby="${id}">
<h3 id="${id}">${dayTitle(s.date, locale, p.now)}</h3>
<p class="muted">${why ? fixed(t, locale, "sheet.closedWhy", { why }) : fixed(t, locale, "sheet.closed")}</p>
</section>`;
  }
  const roles = s.roles.map((r) => {
    const names =
      r.confirmed.length === 0
        ? html`<span class="muted">${t("sheet.nobody")}</span>`
        : r.confirmed.map(
            (x, i) =>
              html`${i > 0 ? ", " : ""}${x.personId === view.me.personId ? html`<span class="you">${userText(x.name)}</span>` : userText(x.name)}`,
          );
    const state =
      r.open > 0
        ? html`<span class="open">${fixed(t, locale, "sheet.open", { count: r.open })}</span>`
        : html`<span class="full">${fixed(t, locale, "sheet.full")}</span>`;
    const waiting =
      r.waitlist.length > 0
        ? html`<div class="waitlist">${fixed(t, locale, "sheet.waitlist", { names: "" }).replace(/\s*$/, "")} ${r.waitlist.map((x, i) => html`${i > 0 ? ", " : ""}${userText(x.name)}`)}</div>`
        : "";
    return html`<li><span class="role">${role(t, locale, r.key)} ${r.confirmed.length}/${r.capacity}</span>${fixed(t, locale, "sheet.colon")}${names} · ${state}${waiting}</li>`;
  });
  const actions = s.mine
    ? [actionForm(nonce, `${base}/leave`, csrf, { date: s.date }, fixed(t, locale, "board.web.leave"), "danger")]
    : s.roles.map((r) =>
        actionForm(
          nonce,
          `${base}/take`,
          csrf,
          { date: s.date, role: r.key },
          fixed(t, locale, r.open > 0 ? "board.web.take" : "board.web.waitlistJoin", { role: role(t, locale, r.key) }),
          r.open > 0 ? "" : "secondary",
        ),
      );
  const edit =
    view.me.role === "manager"
      ? html`<a class="button secondary" href="${base}/menu/${s.date}">${fixed(t, locale, "board.web.editMenu")}</a>`
      : "";
  return html`<section class="card" aria-labelledby="${id}">
<h3 id="${id}">${dayTitle(s.date, locale, p.now)}</h3>
${menuBlock(p, s)}
<ul class="roles">${roles}</ul>
<div class="actions">${actions}${edit}</div>
</section>`;
}

/** The whole sheet page. */
export function sheetPage(p: SheetPageInput): Html {
  const { view, t, locale } = p;
  const nonce = nonces();
  const today = view.today
    ? html`<section class="card" aria-labelledby="today"><h2 id="today">${t("board.web.today")} · ${dayTitle(view.today.date, locale, p.now)}</h2>
${
  view.today.served !== null
    ? html`<p class="count">${t("board.web.servedToday", { count: view.today.served })}</p>${view.today.count ? html`<p class="muted">${t("board.web.pollWas", { count: countText({ t }, view.today.count) })}</p>` : ""}`
    : html`<p class="count">${view.today.count ? countText({ t }, view.today.count) : t("board.web.noServiceToday")}</p>`
}
<p class="actions"><a class="button secondary" href="/c/${view.canteen.id}/figures">${t("figures.dashboard")}</a> <a class="button secondary" href="/c/${view.canteen.id}/report">${t("figures.report")}</a></p>
<p class="actions"><a class="button secondary" href="/c/${view.canteen.id}/affiches/menu">🖨️ ${t("public.posters.menuTitle")}</a> <a class="button secondary" href="/c/${view.canteen.id}/affiches/prix">🖨️ ${t("public.posters.priceTitle")}</a></p></section>`
    : "";
  const shifts =
    view.shifts.length === 0
      ? html`<p class="muted">${t("board.web.noShifts")}</p>`
      : html`<ul>${view.shifts.map((s) => html`<li>${dayTitle(s.date, locale, p.now)} · ${role(t, locale, s.role)} · ${s.status === "confirmed" ? t("board.web.confirmed") : t("board.web.waiting")}</li>`)}</ul>`;
  const body = html`<h1>${userText(view.canteen.name)}</h1>
${p.flash ? html`<div class="notice${p.flash.error ? " error" : ""}" role="${p.flash.error ? "alert" : "status"}">${userText(p.flash.text)}</div>` : ""}
${today}
<section class="card" aria-labelledby="mine"><h2 id="mine">${t("board.web.myShifts")}</h2>${shifts}<p><a href="/c/${view.canteen.id}/calendar">${t("calendar.web.link")}</a></p><p><a href="/c/${view.canteen.id}/me">${t("board.me.link")}</a></p></section>
<h2>${t("board.web.sheet")}</h2>
${view.services.length === 0 ? html`<p>${t("board.web.noServices")}</p>` : view.services.map((s) => serviceCard(p, s, nonce))}`;
  return page(
    {
      t,
      locale,
      title: view.canteen.name,
      session: { csrf: p.csrf, canteens: view.canteens.map((c) => ({ id: c.id, name: c.name })), current: view.canteen.id },
    },
    body,
  );
}
