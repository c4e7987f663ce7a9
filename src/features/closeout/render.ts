// Close-out messages: the record with what is missing, its history, the managers' private
// reminder after lunch, the forecast lines of the kitchen brief and the free-price line.
import type { CanteenView } from "../../kernel/context.ts";
import { formatDate, formatShortDate } from "../../kernel/days.ts";
import { message, type Line, type Message } from "../../kernel/model.ts";
import type { Canteen } from "../../kernel/ports.ts";
import type { Forecast } from "./forecast.ts";
import { formatKg, formatMoney } from "../../kernel/amounts.ts";
import { colon } from "../impact/index.ts";
import { CLOSE_FIELDS, TAKINGS_MEANS, WASTE_FIELDS, WASTE_PARTS, type CloseChange, type CloseRecord } from "./ports.ts";
import { intlLocale } from "../../kernel/i18n/index.ts";

/** A field's value as shown ("312,50 €", "42", "—"). */
export function fieldValue(v: CanteenView, field: CloseChange["field"], value: number | null, currency: string | null): string {
  if (value === null) return "—";
  if ((WASTE_FIELDS as readonly string[]).includes(field)) return formatKg(value, v.locale);
  return field === "covers" ? String(value) : formatMoney(value, currency ?? v.canteen.currency, v.locale);
}

/** The record, what is still missing and (for managers) every change. */
export function renderRecord(v: CanteenView, r: CloseRecord, opts: { saved: boolean; history: boolean }): Message {
  const m = message().title(v.t("closeout.title", { date: formatDate(r.date, v.locale, v.now) }));
  if (opts.saved) m.text(v.t("closeout.saved"));
  m.text(
    CLOSE_FIELDS.map(
      (f) =>
        `${v.t(`closeout.fields.${f}`)}${colon(v.locale)}${fieldValue(v, f, r[f], r.currency)}${f === "takings" ? splitText(v, r) : ""}`,
    ).join(" · "),
  );
  if (r.waste) m.text(`${v.t("closeout.fields.waste")}${colon(v.locale)}${wasteText(v, r)}`);
  const missing = CLOSE_FIELDS.filter((f) => r[f] === null);
  if (missing.length > 0) {
    const example = `${v.t("closeout.command")} ${r.date} ${missing.map((f) => `${v.t(`closeout.words.${f}`)} ${v.t(`closeout.samples.${f}`)}`).join(" ")}`;
    m.note(v.t("closeout.missing", { list: missing.map((f) => v.t(`closeout.fields.${f}`)).join(", "), example }));
  } else m.note(v.t("closeout.complete"));
  if (r.covers === null) m.note(v.t("closeout.openUnknown"));
  if (opts.history) {
    if (r.history.length === 0) m.note(v.t("closeout.noHistory"));
    else {
      m.text({ bold: v.t("closeout.history") });
      for (const c of r.history) {
        const when = new Intl.DateTimeFormat(intlLocale(v.locale), {
          timeZone: v.canteen.timezone,
          day: "2-digit",
          month: "2-digit",
          hour: "2-digit",
          minute: "2-digit",
        }).format(c.at);
        m.item(
          `${when} · ${c.actorName} · ${v.t(`closeout.fields.${c.field}`)}${colon(v.locale)}${fieldValue(v, c.field, c.oldValue, r.currency)} → ${fieldValue(v, c.field, c.newValue, r.currency)}`,
        );
      }
    }
  }
  return m.build();
}

/** " (espèces 120,00 € · carte 60,00 € · chèque —)" after the takings when they were given apart. */
function splitText(v: CanteenView, r: CloseRecord): string {
  const split = r.split;
  if (!split) return "";
  return ` (${TAKINGS_MEANS.map((m) => `${v.t(`closeout.means.${m}`)} ${fieldValue(v, m, split[m], r.currency)}`).join(" · ")})`;
}

/** "2,5 kg (assiettes 1 kg · non servi 1,5 kg · préparation —)": the parts when given apart. */
function wasteText(v: CanteenView, r: CloseRecord): string {
  const w = r.waste!;
  const total = fieldValue(v, "waste", w.waste, null);
  if (WASTE_PARTS.every((p) => w[p] === null)) return total;
  return `${total} (${WASTE_PARTS.map((p) => `${v.t(`closeout.wasteParts.${p}`)} ${fieldValue(v, p, w[p], null)}`).join(" · ")})`;
}

/** What the group may read of a record: the covers, never an amount nor who changed what. */
export function renderSharedRecord(v: CanteenView, r: CloseRecord, saved: boolean): Message {
  const m = message().title(v.t("closeout.title", { date: formatDate(r.date, v.locale, v.now) }));
  if (saved) m.text(v.t("closeout.saved"));
  m.text(`${v.t("closeout.fields.covers")}${colon(v.locale)}${fieldValue(v, "covers", r.covers, r.currency)}`);
  if (r.covers === null) m.note(v.t("closeout.openUnknown"));
  return m.note(v.t("closeout.amountsPrivate")).build();
}

/** The private message after lunch: forecast, poll count, how to close, and a one-press close. */
export function renderCloseoutReminder(v: CanteenView, r: CloseRecord, f: Forecast): Message {
  const m = message().title(v.t("closeout.dm.title", { canteen: v.canteen.name, date: formatDate(r.date, v.locale, v.now) }));
  m.text(v.t("closeout.dm.poll", { count: f.pollCovers }));
  if (f.covers !== null) m.text(v.t("closeout.dm.forecast", { count: f.covers, low: f.low, high: f.high }));
  else m.text(v.t("closeout.dm.noHistory"));
  m.note(v.t("closeout.dm.how", { example: v.t("closeout.example", { date: r.date }) }));
  const guess = f.covers ?? f.pollCovers;
  return m
    .buttons({
      label: v.t("closeout.dm.button", { count: guess, date: formatShortDate(r.date, v.locale, v.now) }),
      command: `/close ${r.date} covers ${guess}`,
      style: "primary",
    })
    .build();
}

/** The kitchen brief's forecast lines (an estimate, labelled as one). */
export function forecastLines(v: CanteenView, f: Forecast): Line[] {
  const text =
    f.covers !== null
      ? v.t("closeout.brief.forecast", { count: f.covers, low: f.low, high: f.high, basis: f.basis })
      : v.t("closeout.brief.noHistory", { basis: f.basis, count: f.basis });
  return [{ style: "text", spans: [text] }];
}

/** "Prix libre — un repas coûte 12,50 € : …" when both costs are set; null otherwise. */
export function freePriceLine(v: { t: CanteenView["t"]; locale: CanteenView["locale"] }, c: Canteen): string | null {
  if (c.ingredientCost === null && c.runningCost === null) return null;
  const money = (n: number) => formatMoney(n, c.currency, v.locale);
  if (c.ingredientCost !== null && c.runningCost !== null) {
    return v.t("closeout.freePrice.full", {
      total: money(c.ingredientCost + c.runningCost),
      ingredients: money(c.ingredientCost),
      running: money(c.runningCost),
    });
  }
  const part =
    c.ingredientCost !== null
      ? v.t("closeout.freePrice.ingredients", { amount: money(c.ingredientCost) })
      : v.t("closeout.freePrice.running", { amount: money(c.runningCost!) });
  return v.t("closeout.freePrice.partial", { part });
}
