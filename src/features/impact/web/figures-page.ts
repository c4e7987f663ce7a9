// The managers' figures page (a canteen's or its network's): services still to close with their
// close form, the period's figures as /impact words them, and the charts (each with its table).
// Every number comes from the core's figures layer; unknown values read as unknown, never 0.
import { html } from "hono/html";
import { DateTime } from "luxon";
import type { CanteenFigures, MonthFigures, NetworkBoardFigures } from "../board-figures.ts";
import { newToken } from "../../board/index.ts";
import { formatShortDate } from "../../../kernel/days.ts";
import { periodTitle } from "../commands.ts";
import { capitalise, roleLabel } from "../../sheet/index.ts";
import { PAYMENT_MEANS, type Figure, type Figures } from "../figures.ts";
import { figureName, figureValue, withKnownMeans, type FigureView } from "../render.ts";
import type { FigureId } from "../definitions.ts";
import type { Locale } from "../../../kernel/ports.ts";
import type { Translate } from "../../../kernel/i18n/index.ts";
import { barChart } from "./charts.ts";
import { csrfField, page, userText, type Html } from "../../../web/pages/layout.ts";
import { intlLocale } from "../../../kernel/i18n/index.ts";

/** The periods offered in the period picker (any /impact period also works in the URL). */
export const PERIOD_CHOICES = ["mois", "mois dernier", "annee", "annee derniere", "tout"] as const;

/** What the figures pages need. */
export interface FiguresPageInput {
  data: CanteenFigures | NetworkBoardFigures;
  t: Translate;
  locale: Locale;
  csrf: string;
  /** The period as asked (kept in links). */
  periodText: string;
  /** What the chat answered the last close form. */
  flash?: { text: string; error: boolean };
  /** The time of the request: dates of another year show their year. */
  now: Date;
}

/** "nov. 2026" / "Nov 2026": never read as a day ("déc. 26"). */
export function monthLabel(month: string, locale: Locale): string {
  return DateTime.fromISO(`${month}-01`).setLocale(intlLocale(locale)).toFormat("LLL yyyy");
}

const pct = (f: Figure): number | null => (f.known ? Math.round(f.value * 100) : null);
const val = (f: Figure): number | null => (f.known ? f.value : null);

/** The period picker: a GET form (no token needed, nothing changes). */
export function periodForm(p: FiguresPageInput, action: string, extra: Record<string, string> = {}): Html {
  const { t } = p;
  return html`<form class="period" method="get" action="${action}">${Object.entries(extra).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
<label for="period">${t("figures.period")}</label>
<select id="period" name="period">${PERIOD_CHOICES.map((c) => html`<option value="${c}"${c === p.periodText ? html` selected` : ""}>${t(`figures.periods.${c.replace(" ", "-")}`)}</option>`)}
${(PERIOD_CHOICES as readonly string[]).includes(p.periodText) ? "" : html`<option value="${p.periodText}" selected>${p.periodText}</option>`}</select>
<button type="submit" class="secondary">${t("figures.show")}</button></form>`;
}

/** The key figures of the period, named as /impact names them. */
export function keyFigures(v: FigureView, f: Figures, ids: readonly FigureId[]): Html {
  return html`<dl class="key-figures">${ids.map((id) => html`<div><dt>${figureName(v, id)}</dt><dd>${figureValue(v, id, f.figures[id], f.currency)}</dd></div>`)}</dl>`;
}

/** The services line: held, closed, and the open ones counted as such. */
export function servicesLine(t: Translate, f: Figures): string {
  const s = f.services;
  return [t("figures.held", { count: s.held }), t("figures.closed", { count: s.closed }), t("figures.openCount", { count: s.open })].join(
    ", ",
  );
}

/** A team person as the form names them: `#<person id>`, or a helper's name. */
const teamRef = (p: { personId: number | null; name: string }) => (p.personId !== null ? `#${p.personId}` : p.name);

/** Who really cooked: a came / didn't come checkbox per person of the team, and someone else who helped. */
function teamFields(p: FiguresPageInput, data: CanteenFigures, date: string, id: string): Html {
  const { t } = p;
  const team = data.teams.get(date) ?? [];
  const boxes = team.map(
    (m, i) =>
      html`<div><input type="hidden" name="team" value="${teamRef(m)}"><input type="checkbox" id="${id}-came-${String(i)}" name="came" value="${teamRef(m)}"${m.came ? html` checked` : ""}> <label for="${id}-came-${String(i)}">${userText(m.name)} (${roleLabel({ t }, m.role)})</label></div>`,
  );
  const roles = data.canteen.roles.map(
    (r) => html`<option value="${r.key}"${r.key === "cook" ? html` selected` : ""}>${roleLabel({ t }, r.key)}</option>`,
  );
  return html`<fieldset class="team"><legend>${t("figures.team")}</legend>
${team.length === 0 ? html`<p class="muted">${t("figures.noTeam")}</p>` : boxes}
<div class="fields"><div><label for="${id}-helper">${t("figures.helper")}</label><input id="${id}-helper" name="helper" maxlength="64" autocomplete="off"></div>
<div><label for="${id}-helper-role">${t("figures.helperRole")}</label><select id="${id}-helper-role" name="helperRole">${roles}</select></div></div>
</fieldset>`;
}

/** The close form's waste inputs, in kilograms (the same words /cloturer reads). */
const WASTE_INPUTS = ["waste", "wastePlates", "wasteUnserved", "wastePrep"] as const;

/** One close form per open service (the same operation as /cloturer). */
function closeForms(p: FiguresPageInput, data: CanteenFigures): Html {
  const { t, locale, csrf } = p;
  if (data.toClose.length === 0) return html`<p class="muted">${t("figures.allClosed")}</p>`;
  const currency = data.canteen.currency;
  return html`<p>${t("figures.toCloseIntro", { count: data.toClose.length })}</p>
${data.toClose.map((date) => {
  const id = `close-${date}`;
  return html`<form class="close-form card" method="post" action="/c/${data.canteen.id}/close" aria-labelledby="${id}">
<h3 id="${id}">${formatShortDate(date, locale, p.now)} <span class="muted">(${date})</span></h3>
${csrfField(csrf)}<input type="hidden" name="nonce" value="${newToken()}"><input type="hidden" name="date" value="${date}">
<div class="fields">
<div><label for="${id}-covers">${t("figures.covers")}</label><input id="${id}-covers" name="covers" inputmode="numeric" pattern="[0-9]*" required autocomplete="off"></div>
<div><label for="${id}-takings">${t("figures.takings", { currency })}</label><input id="${id}-takings" name="takings" inputmode="decimal" autocomplete="off"></div>
${PAYMENT_MEANS.map((m) => html`<div><label for="${id}-${m}">${t(`figures.means.${m}`, { currency })}</label><input id="${id}-${m}" name="${m}" inputmode="decimal" autocomplete="off"></div>`)}
<div><label for="${id}-spent">${t("figures.spent", { currency })}</label><input id="${id}-spent" name="spent" inputmode="decimal" autocomplete="off"></div>
</div>
<p class="muted">${t("figures.meansHint")}</p>
<div class="fields">
${WASTE_INPUTS.map((k) => html`<div><label for="${id}-${k}">${t(`figures.wasteFields.${k}`)}</label><input id="${id}-${k}" name="${k}" inputmode="decimal" autocomplete="off"></div>`)}
</div>
<p class="muted">${t("figures.wasteHint")}</p>
${teamFields(p, data, date, id)}
<button type="submit">${t("figures.close", { date: formatShortDate(date, locale, p.now) })}</button>
</form>`;
})}`;
}

/** The month charts shared by a canteen and a network. */
function monthCharts(p: FiguresPageInput, months: MonthFigures[], managers: boolean): Html[] {
  const { t, locale } = p;
  const cats = months.map((m) => monthLabel(m.month, locale));
  const header = t("figures.month");
  const noMeal = () => t("impact.unknown.no-closed-service");
  const tooFew = (q: "welcome" | "confidence") => (_: number, ci: number) => t("impact.tooFew", { count: months[ci]!.figures.answers[q] });
  const charts = [
    barChart({
      id: "meals-month",
      title: t("figures.charts.mealsPerMonth"),
      description: t("figures.charts.mealsPerMonthDesc"),
      categoryHeader: header,
      categories: cats,
      series: [{ name: t("figures.served"), cls: "s-served", values: months.map((m) => val(m.figures.figures["meals-served"])) }],
      extra: [{ name: t("figures.openServices"), values: months.map((m) => String(m.figures.services.open)) }],
      format: (n) => String(Math.round(n)),
      unknown: noMeal,
    }),
    barChart({
      id: "survey-month",
      title: t("figures.charts.survey"),
      description: t("figures.charts.surveyDesc"),
      categoryHeader: header,
      max: 100,
      categories: cats,
      series: [
        { name: figureName(p, "welcome"), cls: "s-welcome", values: months.map((m) => pct(m.figures.figures.welcome)) },
        { name: figureName(p, "confidence"), cls: "s-confidence", values: months.map((m) => pct(m.figures.figures.confidence)) },
      ],
      extra: [
        {
          name: t("figures.answersTo", { figure: figureName(p, "welcome") }),
          values: months.map((m) => String(m.figures.answers.welcome)),
        },
        {
          name: t("figures.answersTo", { figure: figureName(p, "confidence") }),
          values: months.map((m) => String(m.figures.answers.confidence)),
        },
      ],
      format: (n) => `${Math.round(n)} %`,
      unknown: (si, ci) => tooFew(si === 0 ? "welcome" : "confidence")(si, ci),
    }),
  ];
  if (managers) {
    charts.push(
      barChart({
        id: "costs-month",
        title: t("figures.charts.costs"),
        description: t("figures.charts.costsDesc"),
        categoryHeader: header,
        categories: cats,
        series: [
          { name: figureName(p, "costs-covered"), cls: "s-costs", values: months.map((m) => pct(m.figures.figures["costs-covered"])) },
        ],
        extra: [
          {
            name: figureName(p, "takings"),
            values: months.map((m) => figureValue(p, "takings", m.figures.figures.takings, m.figures.currency)),
          },
        ],
        format: (n) => `${Math.round(n)} %`,
        unknown: (_, ci) => figureValue(p, "costs-covered", months[ci]!.figures.figures["costs-covered"], months[ci]!.figures.currency),
      }),
    );
  }
  charts.push(
    barChart({
      id: "people-month",
      title: t("figures.charts.people"),
      description: t("figures.charts.peopleDesc"),
      categoryHeader: header,
      categories: cats,
      series: [
        { name: figureName(p, "newcomers"), cls: "s-newcomers", values: months.map((m) => val(m.figures.figures.newcomers)) },
        { name: figureName(p, "volunteers"), cls: "s-volunteers", values: months.map((m) => val(m.figures.figures.volunteers)) },
        {
          name: figureName(p, "new-volunteers"),
          cls: "s-new-volunteers",
          values: months.map((m) => val(m.figures.figures["new-volunteers"])),
        },
      ],
      format: (n) => String(Math.round(n)),
      unknown: () => "?",
    }),
  );
  return charts;
}

/** Meals per service, forecast (an estimate) against served; open services marked, not zero. */
function servicesChart(p: FiguresPageInput, data: CanteenFigures): Html {
  const { t, locale } = p;
  const services = [...data.records.services].sort((a, b) => a.date.localeCompare(b.date));
  return barChart({
    id: "meals-service",
    title: t("figures.charts.mealsPerService"),
    description: t("figures.charts.mealsPerServiceDesc"),
    categoryHeader: t("figures.service"),
    categories: services.map((s) => formatShortDate(s.date, locale, p.now)),
    series: [
      { name: t("figures.forecast"), cls: "s-forecast", values: services.map((s) => s.forecast) },
      { name: t("figures.served"), cls: "s-served", values: services.map((s) => (s.closed ? s.covers : null)) },
    ],
    format: (n) => String(Math.round(n)),
    unknown: (si, ci) => (si === 0 ? t("figures.noForecast") : services[ci]!.closed ? "?" : t("figures.open")),
    ...(services.length > 12 ? { collapse: t("figures.tableOf", { count: services.length }) } : {}),
  });
}

const KEY_IDS: readonly FigureId[] = [
  "meals-served",
  "meals-per-service",
  "forecast-error",
  "welcome",
  "confidence",
  "takings",
  "costs-covered",
  "volunteers",
  "new-volunteers",
  "volunteer-hours",
  "volunteer-value",
  "waste",
  "waste-per-cover",
  "newcomers",
];

/** A row per canteen of a network: figures only, names of canteens, never of people. */
function perCanteenTable(p: FiguresPageInput, data: NetworkBoardFigures): Html {
  const ids: FigureId[] = [
    "meals-served",
    "meals-per-service",
    "welcome",
    "confidence",
    "takings",
    "costs-covered",
    "volunteers",
    "newcomers",
    "waste",
    "waste-per-cover",
  ];
  return html`<div class="table-wrap"><table class="figures-table"><caption>${p.t("figures.perCanteen")}</caption><thead><tr><th scope="col">${p.t("figures.canteen")}</th><th scope="col">${p.t("figures.services")}</th>${ids.map((id) => html`<th scope="col">${figureName(p, id)}</th>`)}</tr></thead>
<tbody>${data.perCanteen.map((c) => html`<tr><th scope="row">${userText(c.name)}</th><td>${servicesLine(p.t, c.figures)}</td>${ids.map((id) => html`<td>${figureValue(p, id, c.figures.figures[id], c.figures.currency)}</td>`)}</tr>`)}</tbody></table></div>`;
}

/** The whole figures page. */
export function figuresPage(p: FiguresPageInput): Html {
  const { data, t, locale } = p;
  const base = `/c/${data.canteen.id}`;
  const network = data.kind === "network";
  const here = network ? `${base}/network` : `${base}/figures`;
  const q = `period=${encodeURIComponent(p.periodText)}`;
  const scope = network ? "&scope=network" : "";
  const links = html`<ul class="links no-print">
<li><a href="${base}">${t("figures.backToSheet")}</a></li>
<li><a href="${base}/report?${q}${scope}">${t("figures.report")}</a></li>
<li><a href="${base}/export.csv?${q}${scope}" download>${t("figures.csv")}</a></li>
${data.kind === "canteen" && data.network ? html`<li><a href="${base}/network?${q}">${t("figures.networkLink")} ${userText(data.network.name)}</a></li>` : ""}
${network ? html`<li><a href="${base}/figures?${q}">${t("figures.canteenLink")} ${userText(data.canteen.name)}</a></li>` : ""}
</ul>`;
  const title = network ? data.network.name : data.canteen.name;
  const body = html`<h1>${t("figures.title")} · ${userText(title)}</h1>
${p.flash ? html`<div class="notice${p.flash.error ? " error" : ""}" role="${p.flash.error ? "alert" : "status"}">${userText(p.flash.text)}</div>` : ""}
${periodForm(p, here)}
${links}
${data.kind === "canteen" ? html`<section class="card" aria-labelledby="to-close"><h2 id="to-close">${t("figures.toClose")}</h2>${closeForms(p, data)}</section>` : ""}
<section class="card" aria-labelledby="key"><h2 id="key">${capitalise(periodTitle(p, data.period))}</h2>
<p>${servicesLine(t, data.figures)}${network ? html` · ${t("figures.canteens", { count: data.perCanteen.length })}` : ""}</p>
${keyFigures(p, data.figures, withKnownMeans(KEY_IDS, data.figures))}
<p class="muted"><a href="${base}/report?${q}${scope}#definitions">${t("figures.definitionsLink")}</a></p></section>
${network ? perCanteenTable(p, data) : ""}
<section class="charts" aria-labelledby="charts"><h2 id="charts">${t("figures.chartsTitle")}</h2>
${data.months.length === 0 ? html`<p>${t("figures.noService")}</p>` : html`<div class="chart-grid">${data.kind === "canteen" ? servicesChart(p, data) : ""}${monthCharts(p, data.months, true)}</div>`}
</section>`;
  return page(
    {
      t,
      locale,
      wide: true,
      title: t("figures.title"),
      session: { csrf: p.csrf, canteens: data.canteens.map((c) => ({ id: c.id, name: c.name })), current: data.canteen.id },
    },
    body,
  );
}
