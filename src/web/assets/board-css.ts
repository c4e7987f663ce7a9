// The board's one stylesheet, served at /assets/board.css (no CDN, no build step): mobile first,
// WCAG AA contrast, visible keyboard focus, and a print layout without forms or navigation.
export const BOARD_CSS = `
:root { --ink: #1d1d1f; --muted: #4a4a55; --line: #d0d0d8; --bg: #fbfaf7; --card: #fff; --accent: #0b5c3b; --accent-ink: #fff; --danger: #a3201b; --warn-bg: #fff4d6; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.45; color: var(--ink); background: var(--bg); }
.skip { position: absolute; left: -999px; top: 0; background: var(--accent); color: var(--accent-ink); padding: .5rem 1rem; }
.skip:focus { left: .5rem; z-index: 10; }
header.top { background: var(--accent); color: var(--accent-ink); padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; }
header.top a, header.top .brand { color: var(--accent-ink); }
header.top .brand { font-weight: 700; font-size: 1.1rem; text-decoration: none; }
header.top form { margin: 0; }
header.top button { background: transparent; color: var(--accent-ink); border: 1px solid var(--accent-ink); }
nav.canteens { padding: .5rem 1rem; background: #e8f1ec; }
nav.canteens ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; padding: 0; }
nav.canteens a { display: inline-block; padding: .3rem .7rem; border-radius: 999px; color: var(--accent); border: 1px solid var(--accent); text-decoration: none; }
nav.canteens a[aria-current="page"] { background: var(--accent); color: var(--accent-ink); }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.45rem; margin: .2rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
h3 { font-size: 1rem; margin: .8rem 0 .3rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .9rem 1rem; margin: 0 0 1rem; }
.card > :first-child { margin-top: 0; }
.card > :last-child { margin-bottom: 0; }
.menu h4 { font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; margin: .2rem 0; }
.notice { background: #e6f4ea; border-left: .3rem solid var(--accent); padding: .7rem 1rem; margin: 0 0 1rem; white-space: pre-line; }
.notice.error { background: #fdecea; border-color: var(--danger); }
.muted { color: var(--muted); }
.menu p { margin: .1rem 0; }
.tags { color: var(--muted); font-size: .95rem; }
ul.roles { list-style: none; margin: .4rem 0; padding: 0; }
ul.roles > li { padding: .45rem 0; border-top: 1px solid var(--line); }
ul.roles .role { font-weight: 600; }
.open { color: var(--accent); font-weight: 600; }
.full { color: var(--muted); font-weight: 600; }
.waitlist { color: var(--muted); font-size: .95rem; }
.you { font-weight: 700; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .6rem; }
.actions form { margin: 0; }
button, .button { font: inherit; font-size: 1rem; min-height: 2.75rem; padding: .5rem .9rem; border-radius: .45rem; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-ink); cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: var(--card); color: var(--accent); }
button.danger { background: var(--card); color: var(--danger); border-color: var(--danger); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
label { display: block; font-weight: 600; margin: .6rem 0 .25rem; }
textarea { width: 100%; min-height: 8rem; font: inherit; padding: .5rem; border: 1px solid var(--muted); border-radius: .4rem; }
fieldset { border: 1px solid var(--line); border-radius: .4rem; margin: .8rem 0; padding: .4rem .8rem .7rem; }
legend { font-weight: 600; padding: 0 .3rem; }
fieldset label { display: inline-flex; align-items: center; gap: .35rem; font-weight: 400; margin: .25rem 1rem .25rem 0; min-height: 2rem; }
input[type="checkbox"] { width: 1.2rem; height: 1.2rem; }
.count { font-size: 1.25rem; font-weight: 700; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ul.links { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; margin: .5rem 0 1rem; }
form.period { display: flex; flex-wrap: wrap; align-items: end; gap: .5rem; margin: 0 0 .5rem; }
form.period label { margin: 0; width: 100%; }
select, input[type="text"], input:not([type]), input[inputmode] { font: inherit; font-size: 1rem; min-height: 2.75rem; padding: .4rem .6rem; border: 1px solid var(--muted); border-radius: .4rem; background: #fff; color: var(--ink); }
.close-form .fields { display: grid; align-items: end; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0 .8rem; margin-bottom: .7rem; }
.close-form .fields input { width: 100%; }
dl.key-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .6rem; margin: .6rem 0; }
dl.key-figures div { border-left: .25rem solid var(--accent); padding: .2rem .6rem; }
dl.key-figures dt { font-size: .9rem; color: var(--muted); }
dl.key-figures dd { margin: 0; font-weight: 700; font-size: 1.05rem; }
figure.chart { min-width: 0; overflow: hidden; background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .8rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
figure.chart svg { width: 100%; max-width: 32rem; height: auto; display: block; margin: .4rem 0; }
figure.chart text { font-size: 13px; fill: var(--ink); font-family: inherit; }
figure.chart .axis { fill: var(--muted); font-size: 12px; }
figure.chart .grid { stroke: var(--line); stroke-width: 1; }
figure.chart .baseline { stroke: var(--ink); stroke-width: 1; }
figure.chart .unknown-mark { fill: var(--danger); font-weight: 700; }
.chart-desc { font-size: .9rem; color: var(--muted); margin: .3rem 0; }
.s-served { fill: #0b5c3b; background: #0b5c3b; }
.s-forecast { fill: #9ab8a8; background: #9ab8a8; }
.s-welcome { fill: #1f5fa8; background: #1f5fa8; }
.s-confidence { fill: #c47a00; background: #c47a00; }
.s-costs { fill: #6b3fa0; background: #6b3fa0; }
.s-newcomers { fill: #1f5fa8; background: #1f5fa8; }
.s-volunteers { fill: #0b5c3b; background: #0b5c3b; }
.s-new-volunteers { fill: #c47a00; background: #c47a00; }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1rem; padding: 0; margin: .2rem 0; font-size: .9rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem; vertical-align: -.05rem; border-radius: .15rem; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
input.link { width: 100%; box-sizing: border-box; font: inherit; font-size: .9rem; padding: .45rem; }
.feed-link { margin: 0 0 1.2rem; }
.feed-link .actions { margin-top: .4rem; }
table.figures-table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .4rem 0; }
table.figures-table th, table.figures-table td { overflow-wrap: break-word; border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
table.figures-table td { font-variant-numeric: tabular-nums; }
table.figures-table td.unknown { color: var(--muted); font-style: italic; }
table.figures-table caption { text-align: left; font-weight: 700; padding: .3rem 0; }
details summary { cursor: pointer; color: var(--accent); margin: .3rem 0; }
.report h1 { margin-bottom: .2rem; }
.report-sub { color: var(--muted); margin: 0 0 1rem; }
.report-part { margin: 0 0 1.2rem; }
.report-key th { width: 45%; }
.definitions dt { font-weight: 700; margin-top: .4rem; }
.definitions dd { margin: 0 0 .2rem; }
@media (min-width: 40rem) { main { padding: 1.5rem; } h1 { font-size: 1.7rem; } }
@media (min-width: 64rem) {
  main.wide { max-width: 80rem; }
  main.wide .chart-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0 1rem; align-items: start; }
}
@media print {
  header.top, nav.canteens, .actions, .skip, form, .no-print { display: none !important; }
  body { background: #fff; color: #000; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .card { border: 1px solid #999; break-inside: avoid; }
  a { color: #000; text-decoration: none; }
  .open, .full, .muted, .waitlist, .tags { color: #000; }
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 10pt; }
  h1 { font-size: 16pt; }
  h2 { font-size: 12pt; break-after: avoid; }
  figure.chart { border: none; padding: 0; }
  figure.chart svg { max-width: 14cm; }
  table.figures-table { font-size: 9pt; }
  table.figures-table tr { break-inside: avoid; }
  details > summary { display: none; }
  .s-served, .s-forecast, .s-welcome, .s-confidence, .s-costs, .s-newcomers, .s-volunteers, .s-new-volunteers, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
