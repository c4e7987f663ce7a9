// The funder report: a canteen's or a network's figures over a period on one printable page (A4
// through the print stylesheet): the key figures, the exact survey questions with their answer
// counts, a row per canteen for a network, meals per month, and one written definition per figure.
import { html } from "hono/html";
import { DateTime } from "luxon";
import { periodTitle } from "../commands.ts";
import { FIGURE_DEFINITIONS, type FigureId } from "../definitions.ts";
import { shownAnswers, SURVEY_ANSWERS, SURVEY_QUESTIONS } from "../figures.ts";
import { figureName, figureValue, withKnownMeans } from "../render.ts";
import { capitalise } from "../../sheet/index.ts";
import { barChart } from "./charts.ts";
import { monthLabel, periodForm, servicesLine, type FiguresPageInput } from "./figures-page.ts";
import { page, userText, type Html } from "../../../web/pages/layout.ts";
import { formatDay } from "../../../kernel/days.ts";
import { BEGINNING } from "../period.ts";

/** The figures of the report, in order ("canteens" and "services" are lines of their own). */
const REPORT_IDS: readonly FigureId[] = [
  "meals-served",
  "meals-per-service",
  "welcome",
  "confidence",
  "newcomers",
  "newcomers-survey",
  "volunteers",
  "new-volunteers",
  "volunteer-hours",
  "volunteer-value",
  "waste",
  "waste-per-cover",
  "takings",
  "average-contribution",
  "costs-covered",
];

/**
 * The period in dates, as a funder reads it: "du 3 mars 2026 au 7 décembre 2026". "Since the
 * beginning" starts at the first service held (else the canteen's creation); no end after today.
 */
function periodDates(p: FiguresPageInput & { now: Date }): string {
  const { data, locale } = p;
  const today = DateTime.fromJSDate(p.now).setZone(data.canteen.timezone).toISODate()!;
  const records = data.kind === "network" ? data.perCanteen.map((c) => c.records) : [data.records];
  const first = records.flatMap((r) => r.services.map((s) => s.date)).sort()[0];
  const created = data.canteen.createdAt
    ? DateTime.fromJSDate(data.canteen.createdAt).setZone(data.canteen.timezone).toISODate()!
    : undefined;
  const from = data.period.from > BEGINNING ? data.period.from : (first ?? created ?? today);
  const to = data.period.to < today ? data.period.to : today;
  const day = (d: string) => formatDay(DateTime.fromISO(d), locale, "d LLLL yyyy");
  return p.t("figures.periodDates", { from: day(from), to: day(to < from ? from : to) });
}

/** The whole report page. */
export function reportPage(p: FiguresPageInput & { now: Date }): Html {
  const { data, t, locale } = p;
  const network = data.kind === "network";
  const name = network ? data.network.name : data.canteen.name;
  const f = data.figures;
  const when = formatDay(DateTime.fromJSDate(p.now).setZone(data.canteen.timezone), locale, "d LLLL yyyy");
  const dates = periodDates(p);
  const title = data.period.kind === "all" ? capitalise(dates) : `${capitalise(periodTitle(p, data.period))} · ${dates}`;
  // The survey's first-meal count says how many answered, as /impact does.
  const rows = withKnownMeans(REPORT_IDS, f).map(
    (id) =>
      html`<tr><th scope="row">${figureName(p, id)}</th><td>${figureValue(p, id, f.figures[id], f.currency)}${id === "newcomers-survey" && f.figures[id].known ? t("impact.ofAnswers", { count: f.answers.first }) : ""}</td></tr>`,
  );
  const survey = SURVEY_QUESTIONS.map((q) =>
    // Below five answers the counts per answer stay hidden: one cell says why.
    shownAnswers(f.totals.survey[q] as Record<string, number>) === null
      ? html`<tr><th scope="row">${t("figures.quoted", { text: t(`survey.questions.${q}`) })}</th><td colspan="${String(SURVEY_ANSWERS.welcome.length)}">${t("impact.tooFew", { count: f.answers[q] })}</td><td>${String(f.answers[q])}</td></tr>`
      : html`<tr><th scope="row">${t("figures.quoted", { text: t(`survey.questions.${q}`) })}</th>${SURVEY_ANSWERS.welcome.map((a) => {
          const has = (SURVEY_ANSWERS[q] as readonly string[]).includes(a);
          return html`<td>${has ? String((f.totals.survey[q] as Record<string, number>)[a] ?? 0) : "—"}</td>`;
        })}<td>${String(f.answers[q])}</td></tr>`,
  );
  const perCanteen = network
    ? html`<section class="report-part"><h2>${t("figures.perCanteen")}</h2><div class="table-wrap"><table class="figures-table"><thead><tr><th scope="col">${t("figures.canteen")}</th><th scope="col">${t("figures.services")}</th>${(["meals-served", "welcome", "confidence", "newcomers", "volunteers", "takings", "waste", "waste-per-cover"] as const).map((id) => html`<th scope="col">${figureName(p, id)}</th>`)}</tr></thead>
<tbody>${data.perCanteen.map((c) => html`<tr><th scope="row">${userText(c.name)}</th><td>${servicesLine(t, c.figures)}</td>${(["meals-served", "welcome", "confidence", "newcomers", "volunteers", "takings", "waste", "waste-per-cover"] as const).map((id) => html`<td>${figureValue(p, id, c.figures.figures[id], c.figures.currency)}</td>`)}</tr>`)}</tbody></table></div></section>`
    : "";
  const months =
    data.months.length > 1
      ? html`<section class="report-part">${barChart({
          id: "report-meals",
          title: t("figures.charts.mealsPerMonth"),
          description: t("figures.charts.mealsPerMonthDesc"),
          categoryHeader: t("figures.month"),
          categories: data.months.map((m) => monthLabel(m.month, locale)),
          series: [
            {
              name: t("figures.served"),
              cls: "s-served",
              values: data.months.map((m) => (m.figures.figures["meals-served"].known ? m.figures.figures["meals-served"].value : null)),
            },
          ],
          extra: [{ name: t("figures.openServices"), values: data.months.map((m) => String(m.figures.services.open)) }],
          format: (n) => String(Math.round(n)),
          unknown: () => t("impact.unknown.no-closed-service"),
        })}</section>`
      : "";
  const definitions = [...withKnownMeans(REPORT_IDS, f), "services-held", "services-closed"] as FigureId[];
  const body = html`<div class="report">
${periodForm(p, `/c/${data.canteen.id}/report`, network ? { scope: "network" } : {})}
<p class="no-print"><a href="/c/${data.canteen.id}/${network ? "network" : "figures"}?period=${encodeURIComponent(p.periodText)}">${t("figures.backToFigures")}</a> · ${t("figures.printHint")}</p>
<h1>${t("figures.reportTitle")} · ${userText(name)}</h1>
<p class="report-sub">${title} · ${t("figures.generated", { date: when })}</p>
${
  f.services.held === 0
    ? html`<p class="report-empty">${t("figures.reportEmpty", { dates })}</p>`
    : html`<section class="report-part"><h2>${t("figures.keyFigures")}</h2>
<table class="figures-table report-key"><tbody>
${network ? html`<tr><th scope="row">${t("figures.canteensName")}</th><td>${String(data.perCanteen.length)}</td></tr>` : ""}
<tr><th scope="row">${t("figures.services")}</th><td>${servicesLine(t, f)}</td></tr>
${rows}
</tbody></table>
${f.services.open > 0 ? html`<p class="muted">${t("impact.open", { count: f.services.open })}</p>` : ""}
</section>
<section class="report-part"><h2>${t("figures.questionsTitle")}</h2>
<p>${t("figures.questionsIntro")}</p>
<div class="table-wrap"><table class="figures-table survey-table"><thead><tr><th scope="col">${t("figures.question")}</th>${SURVEY_ANSWERS.welcome.map((a) => html`<th scope="col">${t(`survey.answers.${a}`)}</th>`)}<th scope="col">${t("figures.answersTotal")}</th></tr></thead>
<tbody>${survey}</tbody></table></div>
<p class="muted">${t("survey.anonymous")}</p>
</section>
${perCanteen}
${months}
<section class="report-part definitions" id="definitions"><h2>${t("figures.definitionsTitle")}</h2>
<dl>
${network ? html`<dt>${t("figures.canteensName")}</dt><dd>${t("figures.canteensDefinition")}</dd>` : ""}
${definitions.map((id) => html`<dt>${FIGURE_DEFINITIONS[id][locale].name}</dt><dd>${FIGURE_DEFINITIONS[id][locale].definition}</dd>`)}
</dl></section>`
}
</div>`;
  return page(
    {
      t,
      locale,
      wide: true,
      title: `${t("figures.reportTitle")} · ${name}`,
      session: { csrf: p.csrf, canteens: data.canteens.map((c) => ({ id: c.id, name: c.name })), current: data.canteen.id },
    },
    body,
  );
}
