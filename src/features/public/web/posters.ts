// Posters for the room (issue 22 §2), printed from the board: the week's menu with each dish's
// allergens written out in words (the 14 regulatory allergens, next to the dish), its diet marks,
// the canteen's name and dates; one A4 page (`@page { size: A4 }`). Managers only. Everything a
// manager typed is escaped by `html` and isolated in <bdi> (userText). The "print" button is a
// script served as a file (the board's CSP allows only 'self' scripts).
import { html } from "hono/html";
import { ALLERGENS } from "../../../kernel/food.ts";
import { formatDate } from "../../../kernel/days.ts";
import type { Translate } from "../../../kernel/i18n/index.ts";
import type { Canteen, Locale, ServiceInfo } from "../../../kernel/ports.ts";
import { userText, type Html } from "../../../web/pages/layout.ts";
import type { PublicView } from "../view.ts";
import { cost } from "./page.ts";

export const PRINT_SCRIPT_PATH = "/assets/print.js";
export const PRINT_SCRIPT = `document.querySelectorAll("button[data-print]").forEach(function (b) {
  b.hidden = false;
  b.addEventListener("click", function () { window.print(); });
});
`;

export const POSTER_CSS_PATH = "/assets/poster.css";
export const POSTER_CSS = `
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 186mm; color: #111; font-size: 12pt; }
header { border-bottom: 2px solid #111; margin-bottom: 4mm; }
h1 { font-size: 22pt; margin: 0 0 1mm; }
h2 { font-size: 14pt; margin: 0 0 1mm; }
.dish { break-inside: avoid; margin: 0 0 3mm; padding-bottom: 2mm; border-bottom: 1px solid #999; }
.dish p { margin: .5mm 0; }
.allergens { font-weight: 700; }
.law { font-size: 10pt; }
.big { font-size: 20pt; margin: 8mm 0; }
.no-print { margin: 4mm 0; }
@media print { .no-print { display: none; } }
`;

function dish(t: Translate, locale: Locale, now: Date, s: ServiceInfo): Html {
  const date = formatDate(s.date, locale, now);
  const lines = (s.menu ?? "").split("\n").filter((l) => l.trim() !== "");
  const allergens = ALLERGENS.filter((a) => s.allergens.includes(a)).map((a) => t(`allergens.${a}`));
  return html`<section class="dish"><h2>${date.charAt(0).toUpperCase()}${date.slice(1)}</h2>
${lines.length === 0 ? html`<p>${t("public.posters.noMenu")}</p>` : lines.map((l) => html`<p>${userText(l)}</p>`)}
${s.diets.length > 0 ? html`<p>${t("public.posters.diets", { list: s.diets.map((d) => t(`diets.${d}`)).join(", ") })}</p>` : ""}
${lines.length === 0 ? "" : html`<p class="allergens">${allergens.length > 0 ? t("public.posters.allergens", { list: allergens.join(", ") }) : t("public.posters.noAllergen")}</p>`}
</section>`;
}

/** The week's menu poster: a whole HTML document. */
export function menuPoster(p: { view: PublicView; t: Translate; locale: Locale; now: Date }): Html {
  const { view, t, locale, now } = p;
  const s = view.services;
  const dates =
    s.length > 0
      ? t("public.posters.dates", { from: formatDate(s[0]!.date, locale, now), to: formatDate(s.at(-1)!.date, locale, now) })
      : "";
  return html`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("public.posters.menuTitle")}</title><link rel="stylesheet" href="${POSTER_CSS_PATH}"></head>
<body><p class="no-print"><button type="button" data-print hidden>${t("public.posters.print")}</button></p>
<header><h1>${userText(view.canteen.name)}</h1><p>${t("public.posters.menuTitle")} · ${dates}</p></header>
${s.length === 0 ? html`<p>${t("public.posters.none")}</p>` : s.map((x) => dish(t, locale, now, x))}
<p class="law">${t("public.posters.law")}</p>
<script src="${PRINT_SCRIPT_PATH}" defer></script></body></html>`;
}

/** The free-price card: what a meal costs (or that it is unknown), that everyone gives what they can, how to pay. */
export function pricePoster(p: { canteen: Canteen; t: Translate; locale: Locale }): Html {
  const { canteen, t, locale } = p;
  return html`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("public.posters.priceTitle")}</title><link rel="stylesheet" href="${POSTER_CSS_PATH}"></head>
<body class="price"><p class="no-print"><button type="button" data-print hidden>${t("public.posters.print")}</button></p>
<header><h1>${t("public.posters.priceTitle")}</h1><p>${userText(canteen.name)}</p></header>
<p class="big">${cost(t, locale, canteen) ?? t("public.posters.costUnknown")}</p>
<p class="big">${t("public.posters.giveWhatYouCan")}</p>
<p>${t("public.posters.howToPay")}</p>
<script src="${PRINT_SCRIPT_PATH}" defer></script></body></html>`;
}
