// Rendering for the network report and the monthly digest, on top of /impact's renderer (one way
// to show a figure everywhere): the summed figures, then one compact line per canteen.
import { message, type Message } from "../../kernel/model.ts";
import type { Figures } from "../impact/index.ts";
import { figureName, figureValue, renderFigures, type FigureView } from "../impact/index.ts";

export type { FigureView } from "../impact/index.ts";

/** One canteen's compact line: meals served, services closed of held, welcome and confidence with their answers, waste. */
export function canteenSummary(v: FigureView, figures: Figures): string {
  const f = figures.figures;
  const survey = (q: "welcome" | "confidence") => `${figureName(v, q).toLowerCase()} ${figureValue(v, q, f[q], figures.currency)}`;
  // Nothing closed: one plain sentence, not a row of unknowns — and the survey's shares where
  // enough guests answered (the survey does not wait for the close-out).
  if (figures.services.closed === 0)
    return [
      v.t("network.line.nothingClosed", { count: figures.services.held }),
      ...(["welcome", "confidence"] as const).filter((q) => f[q].known).map(survey),
    ].join(" · ");
  return [
    v.t("network.line.meals", { value: figureValue(v, "meals-served", f["meals-served"], figures.currency) }),
    v.t("network.line.services", { closed: figures.services.closed, held: figures.services.held }),
    survey("welcome"),
    survey("confidence"),
    // The canteens' waste side by side (unknown where none was weighed).
    `${figureName(v, "waste").toLowerCase()} ${figureValue(v, "waste", f.waste, figures.currency)}`,
    `${figureName(v, "waste-per-cover").toLowerCase()} ${figureValue(v, "waste-per-cover", f["waste-per-cover"], figures.currency)}`,
  ].join(" · ");
}

/** The figures with money (managers read them), followed by extra lines. */
export function figuresMessage(
  v: FigureView,
  figures: Figures,
  title: string,
  after: (m: ReturnType<typeof message>) => void,
  network = false,
): Message {
  const main = renderFigures(v, figures, { title, managers: true, currency: figures.currency ?? undefined, network });
  const m = message();
  after(m);
  const extra = m.build();
  return { lines: [...main.lines, ...extra.lines], buttons: [...main.buttons, ...extra.buttons] };
}
