// The managers' CSV export: one row per held service (date, canteen, forecast, served, takings
// and their split by means of payment, spent, answers per survey choice) then one row per month, from the same records and figures as
// the board, written for the spreadsheet the canteen's people use: a French canteen gets `;`
// separators, decimal commas, French column names and dates as jj/mm/aaaa; an English one `,`,
// dots and ISO dates. Unknown cells stay empty (never 0); a service's survey answers show only
// where a question has five or more (a note row says so); cells are quoted per RFC 4180, and text
// a spreadsheet would read as a formula (= + - @, tab, CR) is prefixed with an apostrophe.
import type { Locale } from "../../../kernel/ports.ts";
import { slugify } from "../../../kernel/text.ts";
import { translator } from "../../../kernel/i18n/index.ts";
import type { CanteenFigures, NetworkBoardFigures } from "../board-figures.ts";
import {
  MEANS_FIGURE,
  PAYMENT_MEANS,
  shownAnswers,
  SURVEY_ANSWERS,
  SURVEY_QUESTIONS,
  type Figure,
  type ServiceRecord,
  type SurveyCounts,
} from "../figures.ts";
import { BEGINNING } from "../period.ts";

/** A cell: text, a number, an amount in cents (written with two decimals), or unknown (empty). */
type Cell = string | number | { cents: number } | null;

/** How one language's spreadsheets read a CSV file. */
export interface CsvDialect {
  separator: "," | ";";
  decimal: "." | ",";
  /** "2026-11-04" as that spreadsheet reads a date. */
  date(iso: string): string;
  /** "2026-11" as a month. */
  month(iso: string): string;
}

/** French spreadsheets (Excel, LibreOffice in French): `;`, decimal commas, jj/mm/aaaa. */
const FRENCH: CsvDialect = {
  separator: ";",
  decimal: ",",
  date: (d) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`,
  month: (m) => `${m.slice(5, 7)}/${m.slice(0, 4)}`,
};

/** English spreadsheets: `,`, dots, ISO dates (unambiguous in every English-speaking country). */
const ENGLISH: CsvDialect = { separator: ",", decimal: ".", date: (d) => d, month: (m) => m };

/** The dialect of a canteen's language. */
export function csvDialect(locale: Locale): CsvDialect {
  return locale === "fr" ? FRENCH : ENGLISH;
}

/** One CSV cell: numbers as they are, null as empty, text quoted when needed and defused. */
export function csvCell(value: Cell, dialect: CsvDialect = ENGLISH): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value).replace(".", dialect.decimal) : "";
  if (typeof value === "object") return (value.cents / 100).toFixed(2).replace(".", dialect.decimal);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const special = new RegExp(`["\r\n${dialect.separator}]`);
  return special.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV text (CRLF line ends, as RFC 4180 and spreadsheets expect). */
export function csvText(rows: Cell[][], dialect: CsvDialect = ENGLISH): string {
  return rows.map((r) => r.map((c) => csvCell(c, dialect)).join(dialect.separator)).join("\r\n") + "\r\n";
}

const SURVEY_COLUMNS = SURVEY_QUESTIONS.flatMap((q) => SURVEY_ANSWERS[q].map((a) => ({ q, a })));

/** The columns' keys, in order; their names are in the catalogues under `figures.spreadsheet.columns.`. */
const COLUMNS = [
  "row",
  "date",
  "month",
  "canteen",
  "currency",
  "forecast",
  "served",
  "takings",
  "takings_cash",
  "takings_card",
  "takings_cheque",
  "spent",
  "waste_kg",
  "waste_g_per_cover",
  ...SURVEY_COLUMNS.map((c) => `${c.q}_${c.a.replace("-", "_")}`),
  "services_held",
  "services_closed",
  "services_open",
  "volunteers",
  "new_volunteers",
  "newcomers",
];

/** The header row in a language. */
export function csvHeader(locale: Locale): string[] {
  const t = translator(locale);
  return COLUMNS.map((key) => {
    const survey = SURVEY_COLUMNS.find((c) => `${c.q}_${c.a.replace("-", "_")}` === key);
    return survey
      ? `${t(`figures.spreadsheet.question.${survey.q}`)}_${t(`figures.spreadsheet.answer.${survey.a}`)}`
      : t(`figures.spreadsheet.columns.${key}`);
  });
}

/** Cents as an amount cell ("312.50" or "312,50"), or empty when unknown. */
const money = (cents: number | null): Cell => (cents === null ? null : { cents });
const figure = (f: Figure): Cell => (f.known ? f.value : null);
/** Grams as kilograms, and grams per cover (whole grams), empty where the waste was not weighed. */
const kg = (grams: number | null | undefined): Cell => (grams === null || grams === undefined ? null : grams / 1000);
const perCover = (grams: number | null | undefined, covers: number | null): Cell =>
  grams === null || grams === undefined || covers === null || covers === 0 ? null : Math.round(grams / covers);

/** Answers per survey choice; empty cells for a question with fewer than MIN_SURVEY_ANSWERS answers. */
function surveyCells(s: SurveyCounts | Record<string, Record<string, number>>): Cell[] {
  return SURVEY_COLUMNS.map((c) => {
    const shown = shownAnswers((s as Record<string, Record<string, number> | undefined>)[c.q]);
    return shown === null ? null : (shown[c.a] ?? 0);
  });
}

/** The export of a canteen's or a network's figures, in the canteen's language and its spreadsheets' dialect. */
export function figuresCsv(data: CanteenFigures | NetworkBoardFigures): string {
  const locale = data.canteen.locale;
  const t = translator(locale);
  const dialect = csvDialect(locale);
  const parts =
    data.kind === "network"
      ? data.perCanteen.map((c) => ({ name: c.name, records: c.records }))
      : [{ name: data.canteen.name, records: data.records }];
  const services = parts
    .flatMap((p) => [...p.records.services].sort((a, b) => a.date.localeCompare(b.date)).map((s) => ({ p, s })))
    .sort((a, b) => a.s.date.localeCompare(b.s.date) || a.p.name.localeCompare(b.p.name));
  const scopeName = data.kind === "network" ? data.network.name : data.canteen.name;
  const rows: Cell[][] = [csvHeader(locale)];
  const serviceRow = (canteen: string, currency: string, s: ServiceRecord): Cell[] => {
    const closed = s.closed && s.covers !== null;
    return [
      t("figures.spreadsheet.kind.service"),
      dialect.date(s.date),
      dialect.month(s.date.slice(0, 7)),
      canteen,
      currency,
      s.forecast,
      closed ? s.covers : null,
      closed ? money(s.takings) : null,
      ...PAYMENT_MEANS.map((m) => (closed ? money(s.split?.[m] ?? null) : null)),
      closed ? money(s.spent) : null,
      closed ? kg(s.waste) : null,
      closed ? perCover(s.waste, s.covers) : null,
      ...surveyCells(s.survey),
      ...Array<Cell>(6).fill(null),
    ];
  };
  for (const { p, s } of services) rows.push(serviceRow(p.name, p.records.currency, s));
  for (const m of data.months) {
    const f = m.figures;
    const tot = f.totals;
    rows.push([
      t("figures.spreadsheet.kind.month"),
      null,
      dialect.month(m.month),
      scopeName,
      f.currency,
      null,
      figure(f.figures["meals-served"]),
      f.figures.takings.known ? money(f.figures.takings.value) : null,
      ...PAYMENT_MEANS.map((m) => {
        const means = f.figures[MEANS_FIGURE[m]];
        return means.known ? money(means.value) : null;
      }),
      tot.spentServices > 0 && f.currency !== null ? money(tot.spent) : null,
      f.figures.waste.known ? kg(f.figures.waste.value) : null,
      f.figures["waste-per-cover"].known ? Math.round(f.figures["waste-per-cover"].value) : null,
      ...surveyCells(tot.survey),
      f.services.held,
      f.services.closed,
      f.services.open,
      figure(f.figures.volunteers),
      figure(f.figures["new-volunteers"]),
      figure(f.figures.newcomers),
    ]);
  }
  rows.push([t("figures.spreadsheet.kind.note"), null, null, t("figures.spreadsheet.note")]);
  return csvText(rows, dialect);
}

/**
 * The file's name: the canteen's (or network's) name and the period's real dates, from the first
 * held service when the period is "since the beginning" ("tablee-cantine-du-marche-2026-11-01-2026-11-30.csv").
 */
export function csvFileName(data: CanteenFigures | NetworkBoardFigures): string {
  const scope = slugify(data.kind === "network" ? data.network.name : data.canteen.name) || "tablee";
  const records = data.kind === "network" ? data.perCanteen.map((c) => c.records) : [data.records];
  const first = records.flatMap((r) => r.services.map((s) => s.date)).sort()[0];
  const created = data.canteen.createdAt?.toISOString().slice(0, 10);
  const from = data.period.from > BEGINNING ? data.period.from : (first ?? created ?? data.period.from);
  return `tablee-${scope}-${from}-${data.period.to}.csv`;
}
