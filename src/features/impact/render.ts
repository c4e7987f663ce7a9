// Rendering figures for a chat: names from the definition table, unknown shown as unknown (with
// why), percentages only from enough answers, money and per-service detail for managers only.
import type { Translate } from "../../kernel/i18n/index.ts";
import { formatShortDate } from "../../kernel/days.ts";
import { message, type Message, type MessageBuilder } from "../../kernel/model.ts";
import type { Locale } from "../../kernel/ports.ts";
import { formatKg, formatMoney } from "../../kernel/amounts.ts";
import { FIGURE_DEFINITIONS, FIGURE_IDS, type FigureId } from "./definitions.ts";
import { MEANS_FIGURE, PAYMENT_MEANS, type Figure, type Figures, type ServiceRecord } from "./figures.ts";
import { intlLocale } from "../../kernel/i18n/index.ts";

/** What the renderer needs. */
export interface FigureView {
  t: Translate;
  locale: Locale;
  /** The time of the reply: dates of another year show their year. */
  now: Date;
}

const MONEY: readonly FigureId[] = ["takings", "takings-cash", "takings-card", "takings-cheque", "average-contribution", "volunteer-value"];
const RATIO: readonly FigureId[] = ["costs-covered", "ingredients-covered", "welcome", "confidence"];
const DECIMAL: readonly FigureId[] = ["meals-per-service", "forecast-error", "volunteer-hours"];

/** "Nom : valeur" in French, "Name: value" in English. */
export const colon = (locale: Locale): string => (locale === "fr" ? " : " : ": ");

/** The figures of the means of payment some closed service recorded (none when takings were never split). */
export function knownMeans(figures: Figures): FigureId[] {
  return PAYMENT_MEANS.map((m) => MEANS_FIGURE[m]).filter((id) => figures.figures[id].known);
}

/** The ids with the known means of payment inserted after "takings". */
export function withKnownMeans(ids: readonly FigureId[], figures: Figures): FigureId[] {
  return ids.flatMap((id) => (id === "takings" ? [id, ...knownMeans(figures)] : [id]));
}

/** A figure's name in the reader's language. */
export function figureName(v: FigureView, id: FigureId): string {
  return FIGURE_DEFINITIONS[id][v.locale].name;
}

/** A figure's value as text, or why it is unknown. */
export function figureValue(v: FigureView, id: FigureId, f: Figure, currency: string | null): string {
  if (!f.known) return f.why === "too-few-answers" ? v.t("impact.tooFew", { count: f.basis }) : v.t(`impact.unknown.${f.why}`);
  const nf = (n: number, digits: number) => new Intl.NumberFormat(intlLocale(v.locale), { maximumFractionDigits: digits }).format(n);
  if (MONEY.includes(id)) return formatMoney(Math.round(f.value), currency ?? "EUR", v.locale);
  if (RATIO.includes(id)) {
    const pct = `${nf(f.value * 100, 0)} %`;
    return id === "welcome" || id === "confidence" ? v.t("impact.answers", { value: pct, count: f.basis }) : pct;
  }
  // The mean gap between forecast and served is in covers: "1,5 couvert", "2 covers".
  if (id === "forecast-error") return v.t("impact.covers", { count: Math.round(f.value * 10) / 10, value: nf(f.value, 1) });
  if (id === "waste") return formatKg(Math.round(f.value), v.locale);
  if (id === "waste-per-cover") return `${nf(f.value, 0)} g`;
  if (DECIMAL.includes(id)) return nf(f.value, 1);
  return nf(f.value, 0);
}

function line(m: MessageBuilder, v: FigureView, figures: Figures, id: FigureId, extra = ""): void {
  m.item({ bold: `${figureName(v, id)}${colon(v.locale)}` }, figureValue(v, id, figures.figures[id], figures.currency), extra);
}

/** The figures of a period: everyone's part, then (managers) money and open services named. */
export function renderFigures(
  v: FigureView,
  figures: Figures,
  opts: { title: string; managers: boolean; detail?: ServiceRecord[]; currency?: string; surveyWaiting?: number; network?: boolean },
): Message {
  const m = message().title(opts.title);
  const s = figures.services;
  m.text(v.t("impact.services", { count: s.held, held: s.held, closed: s.closed }));
  if (s.open > 0) {
    m.note(v.t("impact.open", { count: s.open }));
    // A network's open services are "<canteen> <date>": each canteen closes its own, so the
    // network's managers are told which, not asked to close them.
    const list = s.openDates.map((d) => d.replace(/\d{4}-\d{2}-\d{2}$/, (iso) => formatShortDate(iso, v.locale, v.now))).join(", ");
    if (opts.managers) m.note(v.t(opts.network ? "impact.openNetwork" : "impact.openNamed", { list }));
  }
  line(m, v, figures, "meals-served");
  line(m, v, figures, "meals-per-service");
  line(m, v, figures, "forecast-error", figures.figures["forecast-error"].known ? ` ${v.t("impact.estimate")}` : "");
  if (opts.managers)
    for (const id of ["takings", ...knownMeans(figures), "average-contribution", "costs-covered", "ingredients-covered"] as const)
      line(m, v, figures, id);
  line(
    m,
    v,
    figures,
    "volunteers",
    v.t("impact.newOnes", { count: figures.figures["new-volunteers"].known ? figures.figures["new-volunteers"].value : 0 }),
  );
  line(m, v, figures, "waste");
  line(m, v, figures, "waste-per-cover");
  line(m, v, figures, "volunteer-hours");
  if (opts.managers) line(m, v, figures, "volunteer-value");
  line(m, v, figures, "newcomers");
  const firsts = figures.figures["newcomers-survey"];
  line(m, v, figures, "newcomers-survey", firsts.known ? v.t("impact.ofAnswers", { count: figures.answers.first }) : "");
  line(m, v, figures, "welcome");
  line(m, v, figures, "confidence");
  if (opts.surveyWaiting) m.note(v.t("impact.surveyWaiting", { count: opts.surveyWaiting }));
  if (figures.totals.lunch) {
    line(m, v, figures, "lunch-rounds");
    line(m, v, figures, "lunch-seats");
  }
  if (opts.managers && opts.detail && opts.detail.length > 0) {
    m.text({ bold: v.t("impact.detail") });
    for (const r of [...opts.detail].sort((a, b) => a.date.localeCompare(b.date))) {
      const money = (n: number | null) => (n === null ? "—" : formatMoney(n, opts.currency ?? "EUR", v.locale));
      m.item(
        v.t("impact.detailLine", {
          date: formatShortDate(r.date, v.locale, v.now),
          covers: r.covers ?? "—",
          takings: `${money(r.takings)}${r.split ? ` (${PAYMENT_MEANS.map((k) => `${v.t(`impact.means.${k}`)} ${money(r.split![k])}`).join(" · ")})` : ""}`,
          spent: money(r.spent),
          forecast: r.forecast ?? "—",
        }),
      );
    }
  }
  m.note(v.t("impact.footer"));
  return m.build();
}

/** Every figure's definition, for `/impact definitions` and the README. */
export function renderDefinitions(v: FigureView): Message {
  const m = message().title(v.t("impact.definitionsTitle"));
  for (const id of FIGURE_IDS) m.item({ bold: `${figureName(v, id)}${colon(v.locale)}` }, FIGURE_DEFINITIONS[id][v.locale].definition);
  return m.build();
}
