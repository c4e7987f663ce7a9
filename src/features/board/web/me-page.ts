// The board's "My profile" page: what a volunteer tells the chat about themselves, as forms.
// Per open poll "I'm eating" (with guests) or "I'm not"; a replacement asked for each of their
// shifts; their diet and allergies (shown to them alone); their language. Each form posts one
// chat command; no JavaScript needed.
import { html } from "hono/html";
import type { BoardView } from "../view.ts";
import type { MyProfile } from "../me.ts";
import { formatDate } from "../../../kernel/days.ts";
import { ALLERGENS, DIETS } from "../../../kernel/food.ts";
import type { Locale } from "../../../kernel/ports.ts";
import type { Translate } from "../../../kernel/i18n/index.ts";
import { capitalise, roleLabel } from "../../sheet/index.ts";
import { newToken } from "../tokens.ts";
import { csrfField, page, userText, type Html } from "../../../web/pages/layout.ts";

/** What the page needs; `draft` keeps what was typed when the last form was refused. */
export interface MePageInput {
  view: BoardView;
  me: MyProfile;
  t: Translate;
  locale: Locale;
  csrf: string;
  now: Date;
  flash?: { text: string; error: boolean };
  draft?: { date?: string; guests?: string; diets?: string[]; allergies?: string[]; language?: string };
}

function form(p: MePageInput, action: string, fields: Html | string, button: Html, cls = "actions"): Html {
  return html`<form method="post" action="/c/${p.view.canteen.id}/me/${action}" class="${cls}">${csrfField(p.csrf)}<input type="hidden" name="nonce" value="${newToken()}">${fields}${button}</form>`;
}

function answerText(t: Translate, a: MyProfile["polls"][number]["answer"]): string {
  if (!a) return t("board.me.noAnswer");
  return a.eating ? t("board.me.eating", { count: a.guests }) : t("board.me.notEating");
}

function meals(p: MePageInput): Html {
  const { t, locale } = p;
  if (p.me.polls.length === 0) return html`<p class="muted">${t("board.me.noPolls")}</p>`;
  return html`${p.me.polls.map((poll) => {
    const day = capitalise(formatDate(poll.date, locale, p.now));
    const id = `g-${poll.date}`;
    const guests =
      p.draft?.date === poll.date && p.draft.guests !== undefined ? p.draft.guests : String(poll.answer?.eating ? poll.answer.guests : 0);
    return html`<div class="poll"><h3>${day}</h3><p>${answerText(t, poll.answer)}</p>
${form(
  p,
  "eat",
  html`<input type="hidden" name="date" value="${poll.date}"><label for="${id}">${t("board.me.guests")}</label> <input id="${id}" name="guests" type="number" inputmode="numeric" min="0" max="20" value="${guests}" class="guests">`,
  html`<button type="submit">${t("board.me.eat")}</button>`,
)}
${form(p, "noeat", html`<input type="hidden" name="date" value="${poll.date}">`, html`<button type="submit" class="secondary">${t("board.me.noEat")}</button>`)}</div>`;
  })}`;
}

function shifts(p: MePageInput): Html {
  const { t, locale } = p;
  const mine = p.view.shifts.filter((s) => s.status === "confirmed");
  if (mine.length === 0) return html`<p class="muted">${t("board.web.noShifts")}</p>`;
  return html`<ul>${mine.map(
    (s) =>
      html`<li>${capitalise(formatDate(s.date, locale, p.now))} · ${roleLabel({ t }, s.role)}${form(
        p,
        "replace",
        html`<input type="hidden" name="date" value="${s.date}">`,
        html`<button type="submit" class="secondary">${t("board.me.replace")}</button>`,
      )}</li>`,
  )}</ul>`;
}

function boxes(legend: string, name: string, keys: readonly string[], chosen: readonly string[], labelOf: (k: string) => string): Html {
  return html`<fieldset><legend>${legend}</legend>${keys.map(
    (k) =>
      html`<label><input type="checkbox" name="${name}" value="${k}"${chosen.includes(k) ? html` checked` : ""}> ${labelOf(k)}</label>`,
  )}</fieldset>`;
}

function food(p: MePageInput): Html {
  const { t } = p;
  const diets = p.draft?.diets ?? p.me.diets;
  const allergies = p.draft?.allergies ?? p.me.allergies;
  return form(
    p,
    "food",
    html`<p class="muted">${t("board.me.private")}</p>${boxes(t("board.web.diets"), "diets", DIETS, diets, (k) => t(`diets.${k}`))}${boxes(t("board.web.allergens"), "allergies", ALLERGENS, allergies, (k) => t(`allergens.${k}`))}`,
    html`<div class="actions"><button type="submit">${t("board.me.saveFood")}</button></div>`,
    "",
  );
}

function language(p: MePageInput): Html {
  const { t } = p;
  const chosen = p.draft?.language ?? p.me.language ?? "auto";
  const options: [string, string][] = [
    ["fr", t("language.french")],
    ["en", t("language.english")],
    ["auto", t("board.me.languageAuto")],
  ];
  return form(
    p,
    "language",
    html`<fieldset><legend>${t("board.me.language")}</legend>${options.map(
      ([k, label]) => html`<label><input type="radio" name="language" value="${k}"${chosen === k ? html` checked` : ""}> ${label}</label>`,
    )}</fieldset>`,
    html`<div class="actions"><button type="submit">${t("board.me.saveLanguage")}</button></div>`,
    "",
  );
}

/** The whole page. */
export function mePage(p: MePageInput): Html {
  const { view, t, locale } = p;
  const title = t("board.me.title");
  const body = html`<h1>${title}</h1>
<p class="muted">${userText(view.canteen.name)} · <a href="/c/${view.canteen.id}">${t("board.web.back")}</a></p>
${p.flash ? html`<div class="notice${p.flash.error ? " error" : ""}" role="${p.flash.error ? "alert" : "status"}">${userText(p.flash.text)}</div>` : ""}
<section class="card" aria-labelledby="meals"><h2 id="meals">${t("board.me.meals")}</h2>${meals(p)}</section>
<section class="card" aria-labelledby="replace"><h2 id="replace">${t("board.me.replaceTitle")}</h2>${shifts(p)}</section>
<section class="card" aria-labelledby="food"><h2 id="food">${t("board.me.food")}</h2>${food(p)}</section>
<section class="card" aria-labelledby="lang"><h2 id="lang">${t("board.me.language")}</h2>${language(p)}</section>`;
  return page(
    {
      t,
      locale,
      title,
      session: { csrf: p.csrf, canteens: view.canteens.map((c) => ({ id: c.id, name: c.name })), current: view.canteen.id },
    },
    body,
  );
}
