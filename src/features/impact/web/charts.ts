// Bar charts drawn on the server as SVG (no script, no inline style: colours come from classes in
// board.css), each followed by its text equivalent, a table of the same numbers. Scales are plain
// arithmetic: a "nice" top of the axis (1, 2 or 5 × a power of ten) and proportional bar heights.
// A value that is unknown (an open service, too few answers) is drawn as a marked gap, never as 0.
import { html } from "hono/html";
import type { Html } from "../../../web/pages/layout.ts";

/** One series of a chart: its name, its CSS class (colour) and a value per category (null = unknown). */
export interface Series {
  name: string;
  cls: string;
  values: (number | null)[];
}

/** A chart and its text equivalent. */
export interface BarChart {
  /** Element id (unique on the page). */
  id: string;
  title: string;
  /** One sentence saying what the chart shows (its accessible description). */
  description: string;
  categories: string[];
  series: Series[];
  /** How a value reads in the table and on the axis. */
  format: (n: number) => string;
  /** How an unknown value reads in the table (per series and category). */
  unknown: (series: number, category: number) => string;
  /** Fixed top of the axis (100 for percentages); else a nice round number above the largest value. */
  max?: number;
  /** Header of the category column of the table. */
  categoryHeader: string;
  /** Columns only the table shows (e.g. the number of answers behind a percentage). */
  extra?: { name: string; values: string[] }[];
  /** Put the table in a closed <details> (long tables on the dashboard). */
  collapse?: string;
}

const W = 400;
const H = 200;
const LEFT = 46;
const BOTTOM = 36;
const TOP = 10;
const RIGHT = 8;

/** The smallest 1, 2 or 5 × 10^k at or above `n` (at least 1). */
export function niceMax(n: number): number {
  if (!(n > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

/** The chart: an SVG with a title and description, a legend, then the table of its numbers. */
export function barChart(c: BarChart): Html {
  const known = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = c.max ?? niceMax(Math.max(0, ...known));
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const n = Math.max(1, c.categories.length);
  const slot = plotW / n;
  const gap = Math.min(6, slot * 0.2);
  // Bars are at most 36 units wide, the group centred in its slot, so one month does not fill the plot.
  const barW = Math.min(36, Math.max(1, (slot - gap) / Math.max(1, c.series.length)));
  const pad = (slot - barW * c.series.length) / 2;
  const y = (v: number) => TOP + plotH - (Math.min(v, top) / top) * plotH;
  // Label every category when they fit, else about twelve of them.
  const every = Math.max(1, Math.ceil(n / 12));
  const ticks = [0, 0.5, 1].map((f) => f * top);
  const bars = c.series.map((s, si) =>
    s.values.map((v, ci) => {
      const x = LEFT + ci * slot + pad + si * barW;
      if (v === null) {
        return html`<text class="unknown-mark" x="${(x + barW / 2).toFixed(1)}" y="${(TOP + plotH - 3).toFixed(1)}" text-anchor="middle">?</text>`;
      }
      const h = Math.max(v > 0 ? 1 : 0, TOP + plotH - y(v));
      return html`<rect class="${s.cls}" x="${x.toFixed(1)}" y="${(TOP + plotH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>${s.name} · ${c.categories[ci]} : ${c.format(v)}</title></rect>`;
    }),
  );
  const labels = c.categories.map((cat, i) =>
    i % every === 0
      ? html`<text class="axis" x="${(LEFT + i * slot + slot / 2).toFixed(1)}" y="${H - BOTTOM + 14}" text-anchor="middle">${cat}</text>`
      : "",
  );
  const grid = ticks.map(
    (v) =>
      html`<line class="grid" x1="${LEFT}" x2="${W - RIGHT}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"></line><text class="axis" x="${LEFT - 4}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${c.format(v)}</text>`,
  );
  const legend =
    c.series.length > 1 || c.series.some((s) => s.values.includes(null))
      ? html`<ul class="legend" aria-hidden="true">${c.series.map((s) => html`<li><span class="swatch ${s.cls}"></span>${s.name}</li>`)}</ul>`
      : "";
  const table = html`<table class="figures-table"><caption class="sr-only">${c.title}</caption><thead><tr><th scope="col">${c.categoryHeader}</th>${c.series.map((s) => html`<th scope="col">${s.name}</th>`)}${(c.extra ?? []).map((e) => html`<th scope="col">${e.name}</th>`)}</tr></thead>
<tbody>${c.categories.map(
    (cat, ci) =>
      html`<tr><th scope="row">${cat}</th>${c.series.map((s, si) => {
        const v = s.values[ci];
        return v === null || v === undefined ? html`<td class="unknown">${c.unknown(si, ci)}</td>` : html`<td>${c.format(v)}</td>`;
      })}${(c.extra ?? []).map((e) => html`<td>${e.values[ci] ?? ""}</td>`)}</tr>`,
  )}</tbody></table>`;
  const wrapped = html`<div class="table-wrap">${table}</div>`;
  return html`<figure class="chart" aria-labelledby="${c.id}-t">
<figcaption id="${c.id}-t"><strong>${c.title}</strong></figcaption>
<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${c.id}-st ${c.id}-d" focusable="false"><title id="${c.id}-st">${c.title}</title><desc id="${c.id}-d">${c.description}</desc>
${grid}${bars.flat()}${labels}<line class="baseline" x1="${LEFT}" x2="${W - RIGHT}" y1="${TOP + plotH}" y2="${TOP + plotH}"></line></svg>
${legend}
<p class="chart-desc">${c.description}</p>
${c.collapse ? html`<details><summary>${c.collapse}</summary>${wrapped}</details>` : wrapped}
</figure>`;
}
