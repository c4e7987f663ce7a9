// The managers' menu form for one service: the dishes, diet tags and allergens. Saving it runs
// the chat's /menu, which updates an announcement already posted.
import { html } from "hono/html";
import type { BoardView } from "../view.ts";
import { formatDate } from "../../../kernel/days.ts";
import { ALLERGENS, DIETS } from "../../../kernel/food.ts";
import type { Locale, ServiceInfo } from "../../../kernel/ports.ts";
import type { Translate } from "../../../kernel/i18n/index.ts";
import { newToken } from "../tokens.ts";
import { csrfField, page, userText, type Html } from "../../../web/pages/layout.ts";

/** The menu form page; `error` is the core's answer when the last save was refused. */
export function menuPage(input: {
  view: BoardView;
  info: ServiceInfo;
  t: Translate;
  locale: Locale;
  csrf: string;
  error?: string;
  draft?: string;
  /** The time of the request: a date of another year shows its year. */
  now: Date;
}): Html {
  const { view, info, t, locale } = input;
  const title = t("board.web.menuTitle", { date: formatDate(info.date, locale, input.now) });
  const boxes = (legend: string, name: string, keys: readonly string[], chosen: readonly string[], labelOf: (k: string) => string) =>
    html`<fieldset><legend>${legend}</legend>${keys.map(
      (k) =>
        html`<label><input type="checkbox" name="${name}" value="${k}"${chosen.includes(k) ? html` checked` : ""}> ${labelOf(k)}</label>`,
    )}</fieldset>`;
  const body = html`<h1>${title}</h1>
<p class="muted">${userText(view.canteen.name)}</p>
${input.error ? html`<div class="notice error" role="alert">${userText(input.error)}</div>` : ""}
<form method="post" action="/c/${view.canteen.id}/menu/${info.date}" class="card">
${csrfField(input.csrf)}
<input type="hidden" name="nonce" value="${newToken()}">
<label for="menu-text">${t("board.web.menuText")}</label>
<textarea id="menu-text" name="text" rows="6" maxlength="1000" required aria-describedby="menu-hint">${input.draft ?? info.menu ?? ""}</textarea>
<p id="menu-hint" class="muted">${t("board.web.menuHint")}</p>
${boxes(t("board.web.diets"), "diets", DIETS, info.diets, (k) => t(`diets.${k}`))}
${boxes(t("board.web.allergens"), "allergens", ALLERGENS, info.allergens, (k) => t(`allergens.${k}`))}
<div class="actions"><button type="submit">${t("board.web.save")}</button><a class="button secondary" href="/c/${view.canteen.id}">${t("board.web.back")}</a></div>
</form>`;
  return page(
    {
      t,
      locale,
      title,
      session: { csrf: input.csrf, canteens: view.canteens.map((c) => ({ id: c.id, name: c.name })), current: view.canteen.id },
    },
    body,
  );
}
