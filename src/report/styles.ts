/** The report's stylesheet, inlined (raw: it must never hold "</style") so that the file needs nothing at view time; it prints on A4 as well. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --bad: #a4161a; --warn: #7a4d00;
  --good: #1b5e20; --info: #0b4f8a; --bg-bad: #fdecea; --bg-warn: #fff4d6; --bg-good: #e8f5e9; --bg-info: #e7f0fa; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "WenQuanYi Zen Hei",
  "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 1100px; padding: 1.5rem; line-height: 1.5; background: #fff; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 1.8rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.meta, .note { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .88rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: .5rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: .85rem; color: var(--muted); }
figure svg { max-width: 100%; height: auto; }
.indicator { break-inside: avoid-page; border-top: 1px solid var(--line); padding-top: .3rem; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .6rem; font-size: .8rem; font-weight: 600; }
.badge.error, .badge.mismatch, .badge.notMet, .badge.exceedsPublished { background: var(--bg-bad); color: var(--bad); }
.badge.warning, .badge.truncated, .badge.unusualRounding, .badge.undetermined, .badge.incomplete,
.badge.belowPublished, .badge.approximate { background: var(--bg-warn); color: var(--warn); }
.badge.consistent, .badge.met, .badge.equal { background: var(--bg-good); color: var(--good); }
.badge.info, .badge.notComputable, .badge.noResult { background: var(--bg-info); color: var(--info); }
tr.flagged td, tr.flagged th { background: var(--bg-warn); }
ul.findings { list-style: none; padding: 0; margin: .3rem 0 .8rem; }
ul.findings li { border-left: 4px solid var(--line); padding: .2rem .6rem; margin: .3rem 0; font-size: .88rem; }
ul.findings li.error { border-color: var(--bad); }
ul.findings li.warning { border-color: #b26a00; }
ul.findings li.info { border-color: var(--info); }
blockquote { margin: .2rem 0; padding: 0 .6rem; border-left: 3px solid var(--line); color: var(--muted); }
code { font-family: ui-monospace, monospace; font-size: .85em; }
nav ol { columns: 2; font-size: .9rem; }
a { color: #0b4f8a; }
.summary { display: flex; flex-wrap: wrap; gap: .6rem 1.5rem; margin: .8rem 0; }
.summary div { min-width: 8rem; }
.summary strong { display: block; font-size: 1.4rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-before: page; }
  h2:first-of-type { break-before: auto; }
  nav { break-after: page; }
  a { color: inherit; text-decoration: none; }
  table, figure, .indicator { break-inside: avoid; }
  thead { display: table-header-group; }
}
@page { size: A4; margin: 14mm; }
`;
