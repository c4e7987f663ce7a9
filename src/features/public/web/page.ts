// The canteen's public page: a whole HTML document, no script, readable on a phone, in the
// visitor's language with a link to the other. Every text a manager typed (the name, the address,
// how to come, menus, closure reasons) is escaped by `html` and isolated in <bdi> (userText).
import { html } from "hono/html";
import { ALLERGENS } from "../../../kernel/food.ts";
import { formatMoney } from "../../../kernel/amounts.ts";
import { formatDate, weekdayNames } from "../../../kernel/days.ts";
import type { Translate } from "../../../kernel/i18n/index.ts";
import type { Canteen, Locale, ServiceInfo } from "../../../kernel/ports.ts";
import { csrfField, sentence, userText, type Html } from "../../../web/pages/layout.ts";
import { MAX_COVERS, MAX_FIRST_NAME } from "../coming.ts";
import type { PublicView } from "../view.ts";

/** The stylesheet the page adds to the board's, served at PUBLIC_CSS_PATH. */
export const PUBLIC_CSS_PATH = "/assets/public.css";
export const PUBLIC_CSS = `
main { overflow-wrap: anywhere; }
.lang { margin-left: auto; }
.service h3 { margin-top: 0; }
.service p { margin: .15rem 0; }
.allergens { font-weight: 600; }
form.coming { display: flex; flex-wrap: wrap; align-items: end; gap: .5rem .8rem; margin-top: .7rem; border-top: 1px solid var(--line); padding-top: .6rem; }
form.coming label { margin: 0; width: 100%; }
form.coming .field { display: flex; flex-direction: column; min-width: 0; flex: 1 1 8rem; }
form.coming input { width: 100%; }
footer.public { max-width: 46rem; margin: 0 auto; padding: 0 1rem 2rem; color: var(--muted); font-size: .9rem; }
`;

/** What the page needs. */
export interface PublicPageInput {
  view: PublicView;
  t: Translate;
  locale: Locale;
  /** The page's own address (for og:url), without the language. */
  url: string;
  now: Date;
  /** The "I'm coming" forms: where they post, their token, and the dates whose poll is open. */
  coming?: { action: string; csrf: string; open: ReadonlySet<string> };
  /** What the last "I'm coming" came to (after its redirect). */
  notice?: { kind: "thanks" | "limit" | "closed" | "invalid" | "expired"; date: string | null };
}

/** The menu's first line, or null: what a link preview says of a service. */
function firstLine(s: ServiceInfo | undefined): string | null {
  return s?.menu?.split("\n").find((l) => l.trim() !== "") ?? null;
}

/** The preview's description: today's menu, else the next one published, else what the page is. */
export function previewText(p: PublicPageInput): string {
  const today = p.view.services.find((s) => s.date === p.view.today);
  const todays = firstLine(today);
  if (todays) return p.t("public.page.today", { menu: todays });
  const next = p.view.services.find((s) => firstLine(s) !== null);
  if (next) return p.t("public.page.next", { date: formatDate(next.date, p.locale, p.now), menu: firstLine(next) });
  return p.t("public.page.description");
}

/** What a meal costs, as the page and the price card say it; null when no cost is set. */
export function cost(t: Translate, locale: Locale, c: Canteen): string | null {
  const money = (n: number) => formatMoney(n, c.currency, locale);
  if (c.ingredientCost != null && c.runningCost != null)
    return t("public.page.costFull", {
      total: money(c.ingredientCost + c.runningCost),
      ingredients: money(c.ingredientCost),
      running: money(c.runningCost),
    });
  if (c.ingredientCost != null) return t("public.page.costIngredients", { amount: money(c.ingredientCost) });
  if (c.runningCost != null) return t("public.page.costRunning", { amount: money(c.runningCost) });
  return null;
}

function service(p: PublicPageInput, s: ServiceInfo): Html {
  const date = formatDate(s.date, p.locale, p.now);
  const lines = (s.menu ?? "").split("\n").filter((l) => l.trim() !== "");
  const allergens = ALLERGENS.filter((a) => s.allergens.includes(a)).map((a) => p.t(`allergens.${a}`));
  return html`<section class="card service" aria-labelledby="d-${s.date}">
<h3 id="d-${s.date}">${date.charAt(0).toUpperCase()}${date.slice(1)}</h3>
${lines.length === 0 ? html`<p class="muted">${p.t("public.page.noMenu")}</p>` : lines.map((l) => html`<p>${userText(l)}</p>`)}
${s.diets.length > 0 ? html`<p class="tags">🌱 ${p.t("public.page.diets", { list: s.diets.map((d) => p.t(`diets.${d}`)).join(", ") })}</p>` : ""}
${
  lines.length === 0
    ? ""
    : allergens.length > 0
      ? html`<p class="allergens">⚠️ ${p.t("public.page.allergens", { list: allergens.join(", ") })}</p>`
      : html`<p class="tags">${p.t("public.page.noAllergen")}</p>`
}
${p.coming?.open.has(s.date) ? comingForm(p, s.date) : ""}
</section>`;
}

/** The "I'm coming" form of one service: how many (1–10), a first name if they like. */
function comingForm(p: PublicPageInput, date: string): Html {
  const { t } = p;
  const counts = Array.from({ length: MAX_COVERS }, (_, i) => i + 1);
  return html`<form class="coming" method="post" action="${p.coming!.action}">
${csrfField(p.coming!.csrf)}<input type="hidden" name="date" value="${date}"><input type="hidden" name="lang" value="${p.locale}">
<p class="muted">${t("public.coming.until", { time: p.view.canteen.pollDeadline })}</p>
<div class="field"><label for="n-${date}">${t("public.coming.count")}</label><select id="n-${date}" name="count">${counts.map((n) => html`<option value="${n}">${n}</option>`)}</select></div>
<div class="field"><label for="f-${date}">${t("public.coming.name")}</label><input id="f-${date}" name="prenom" maxlength="${MAX_FIRST_NAME}" autocomplete="given-name"></div>
<button type="submit">${t("public.coming.submit")}</button>
</form>`;
}

/** What the last "I'm coming" came to, on the page it was sent back to. */
function notice(p: PublicPageInput): Html {
  const n = p.notice;
  if (!n) return html``;
  const date = n.date ? formatDate(n.date, p.locale, p.now) : "";
  const text = p.t(`public.coming.${n.kind}`, { date });
  return html`<p id="vu" class="notice${n.kind === "thanks" ? "" : " error"}" role="status">${text}</p>`;
}

function closures(p: PublicPageInput): Html {
  const { closures: runs } = p.view;
  if (runs.length === 0) return html`<p>${p.t("public.page.noClosure")}</p>`;
  return html`<ul>${runs.map((r) => {
    const when =
      r.from === r.to
        ? p.t("public.page.closedOn", { date: formatDate(r.from, p.locale, p.now) })
        : p.t("public.page.closedFromTo", { from: formatDate(r.from, p.locale, p.now), to: formatDate(r.to, p.locale, p.now) });
    const why = r.why[p.locale];
    return html`<li>${when}${why ? html` (${userText(why)})` : ""}</li>`;
  })}</ul>`;
}

/** The page. */
export function publicPage(p: PublicPageInput): Html {
  const { canteen: c } = p.view;
  const { t, locale } = p;
  const other: Locale = locale === "fr" ? "en" : "fr";
  const title = t("public.page.title", { canteen: c.name });
  const description = previewText(p);
  const price = cost(t, locale, c);
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${p.url}">
<link rel="alternate" hreflang="${other}" href="${p.url}?lang=${other}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${c.name}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${p.url}">
<meta property="og:locale" content="${locale === "fr" ? "fr_FR" : "en_GB"}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<link rel="stylesheet" href="/assets/board.css">
<link rel="stylesheet" href="${PUBLIC_CSS_PATH}">
<link rel="icon" href="data:,">
</head>
<body>
<header class="top"><span class="brand">${userText(c.name)}</span><a class="lang" href="?lang=${other}" hreflang="${other}" lang="${other}">${t("public.page.switch")}</a></header>
<main id="main">
<h1>${sentence(t, "public.page.title", "canteen", c.name)}</h1>
${notice(p)}
<section class="card" aria-labelledby="where">
<h2 id="where">${t("public.page.where")}</h2>
${c.address ? html`<p><strong>${userText(c.address)}</strong></p>` : html`<p class="muted">${t("public.page.noAddress")}</p>`}
${c.access ? html`<p>${t("public.page.access")}${userText(c.access)}</p>` : ""}
</section>
<section class="card" aria-labelledby="when">
<h2 id="when">${t("public.page.when")}</h2>
<p>${t("public.page.days", { days: weekdayNames(c.openDays, locale).join(", "), lunch: c.lunchTime })}</p>
<h3>${t("public.page.closuresTitle")}</h3>
${closures(p)}
</section>
<section aria-labelledby="menus">
<h2 id="menus">${t("public.page.menusTitle")}</h2>
${p.view.services.length === 0 ? html`<p>${t("public.page.noService")}</p>` : p.view.services.map((s) => service(p, s))}
<p class="muted">${t("public.page.allergensNote", { list: ALLERGENS.map((a) => t(`allergens.${a}`)).join(", ") })}</p>
</section>
<section class="card" aria-labelledby="price">
<h2 id="price">${t("public.page.priceTitle")}</h2>
<p>${t("public.page.price")}</p>
${price ? html`<p>${price}</p>` : ""}
</section>
</main>
<footer class="public">${t("public.page.footer")}</footer>
</body>
</html>`;
}
