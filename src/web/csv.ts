// The managers' CSV export: one row per held service (date, canteen, forecast, served, takings,
// spent, answers per survey choice) then one row per month, from the same records and figures as
// the board. Unknown cells stay empty (never 0); cells are quoted per RFC 4180, and text that a
// spreadsheet would read as a formula (= + - @, tab, CR) is prefixed with an apostrophe.
import type { CanteenFigures, NetworkBoardFigures } from "../features/impact/board-figures.ts";
import {
  shownAnswers,
  SURVEY_ANSWERS,
  SURVEY_QUESTIONS,
  type Figure,
  type ServiceRecord,
  type SurveyCounts,
} from "../features/impact/figures.ts";

type Cell = string | number | null;

/** One CSV cell: numbers as they are, null as empty, text quoted when needed and defused. */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV text (CRLF line ends, as RFC 4180 and spreadsheets expect). */
export function csvText(rows: Cell[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const SURVEY_COLUMNS = SURVEY_QUESTIONS.flatMap((q) => SURVEY_ANSWERS[q].map((a) => ({ q, a, name: `${q}_${a.replace("-", "_")}` })));

/** Header of the export. */
export const CSV_HEADER = [
  "row",
  "date",
  "month",
  "canteen",
  "currency",
  "forecast",
  "served",
  "takings",
  "spent",
  ...SURVEY_COLUMNS.map((c) => c.name),
  "services_held",
  "services_closed",
  "services_open",
  "volunteers",
  "new_volunteers",
  "newcomers",
];

/** Cents as a decimal amount ("312.50"), or empty when unknown. */
const money = (cents: number | null): Cell => (cents === null ? null : (cents / 100).toFixed(2));
const figure = (f: Figure): Cell => (f.known ? f.value : null);

/** Answers per survey choice; empty cells for a question with fewer than MIN_SURVEY_ANSWERS answers. */
function surveyCells(s: SurveyCounts | Record<string, Record<string, number>>): Cell[] {
  return SURVEY_COLUMNS.map((c) => {
    const shown = shownAnswers((s as Record<string, Record<string, number> | undefined>)[c.q]);
    return shown === null ? null : (shown[c.a] ?? 0);
  });
}

function serviceRow(canteen: string, currency: string, s: ServiceRecord): Cell[] {
  const closed = s.closed && s.covers !== null;
  return [
    "service",
    s.date,
    s.date.slice(0, 7),
    canteen,
    currency,
    s.forecast,
    closed ? s.covers : null,
    closed ? money(s.takings) : null,
    closed ? money(s.spent) : null,
    ...surveyCells(s.survey),
    null,
    null,
    null,
    null,
    null,
    null,
  ];
}

/** The export of a canteen's or a network's figures. */
export function figuresCsv(data: CanteenFigures | NetworkBoardFigures): string {
  const parts =
    data.kind === "network"
      ? data.perCanteen.map((c) => ({ name: c.name, records: c.records }))
      : [{ name: data.canteen.name, records: data.records }];
  const services = parts
    .flatMap((p) => [...p.records.services].sort((a, b) => a.date.localeCompare(b.date)).map((s) => ({ p, s })))
    .sort((a, b) => a.s.date.localeCompare(b.s.date) || a.p.name.localeCompare(b.p.name));
  const scopeName = data.kind === "network" ? data.network.name : data.canteen.name;
  const rows: Cell[][] = [CSV_HEADER];
  for (const { p, s } of services) rows.push(serviceRow(p.name, p.records.currency, s));
  for (const m of data.months) {
    const f = m.figures;
    const t = f.totals;
    rows.push([
      "month",
      null,
      m.month,
      scopeName,
      f.currency,
      null,
      figure(f.figures["meals-served"]),
      f.figures.takings.known ? money(f.figures.takings.value) : null,
      t.spentServices > 0 && f.currency !== null ? money(t.spent) : null,
      ...surveyCells(t.survey),
      f.services.held,
      f.services.closed,
      f.services.open,
      figure(f.figures.volunteers),
      figure(f.figures["new-volunteers"]),
      figure(f.figures.newcomers),
    ]);
  }
  return csvText(rows);
}
