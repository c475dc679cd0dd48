import type { SummaryChart } from '../report/model.js';
import { formatMoney } from '../shared/numbers.js';
import type { Template } from '../template/schema.js';
import { esc } from './escape.js';

/**
 * The chart of a target for the web page, as inline SVG: for each council three bars (achieved,
 * expected by the quarter's pace, annual target), each labelled with its amount, a legend in the order
 * of the bars, and a scale along the bottom (tick amounts and grid lines: the model's scale, which
 * Word's chart has too). It is an image with a title and a description naming every figure; the table
 * beside it has the same figures as text. The bar
 * colours are the template's chart colours, which have 3:1 contrast on white. Each bar and legend key
 * has the class of its series (s0, s1, s2), so that in forced-colours mode the style sheet can draw
 * them in the reader's own system colours (style.ts).
 */

const WIDTH = 760;
const LABEL = 70;
const VALUE_ROOM = 110;
const BAR = 16;
const GAP = 4;
const GROUP_GAP = 14;
const LEGEND = 34;
/** Room below the bars for the scale's tick amounts. */
const SCALE = 26;

export function chartSvg(chart: SummaryChart, id: string, template: Template): string {
  const series = chart.series.map((s) => ({ name: s.name, colour: template.colours[s.colour], values: s.values }));
  const { max, step } = chart.scale;
  const plotWidth = WIDTH - LABEL - VALUE_ROOM;
  const groupHeight = series.length * (BAR + GAP) + GROUP_GAP;
  const plotBottom = LEGEND + chart.categories.length * groupHeight;
  const height = plotBottom + SCALE;
  const x = (value: number) => LABEL + Math.round((value / max) * plotWidth);
  const legend = series
    .map((s, i) => {
      const left = LABEL + i * 200;
      return `<rect class="s${i}" x="${left}" y="8" width="14" height="14" fill="#${s.colour}"/><text x="${left + 20}" y="20">${esc(s.name)}</text>`;
    })
    .join('');
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, k) => k * step);
  const grid = ticks
    .map(
      (v) =>
        `<line class="grid" x1="${x(v)}" y1="${LEGEND - 4}" x2="${x(v)}" y2="${plotBottom}" stroke="#d0d0d0"/><text class="tick" x="${x(v)}" y="${plotBottom + 17}" text-anchor="middle">${formatMoney(v)}</text>`,
    )
    .join('');
  const scale = `${grid}<line class="axis" x1="${LABEL}" y1="${plotBottom}" x2="${x(max)}" y2="${plotBottom}" stroke="#1a1a1a"/>`;
  const bars = chart.categories
    .map((code, g) => {
      const top = LEGEND + g * groupHeight;
      const label = `<text x="0" y="${top + (series.length * (BAR + GAP)) / 2 + 4}">${esc(code)}</text>`;
      const rows = series.map((s, i) => {
        const w = x(s.values[g]!) - LABEL;
        const y = top + i * (BAR + GAP);
        return `<rect class="s${i}" x="${LABEL}" y="${y}" width="${w}" height="${BAR}" fill="#${s.colour}"/><text x="${LABEL + w + 6}" y="${y + BAR - 3}">${formatMoney(s.values[g]!)}</text>`;
      });
      return label + rows.join('');
    })
    .join('');
  return `<svg class="chart" role="img" aria-labelledby="${esc(id)}-title ${esc(id)}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-size="13">
<title id="${esc(id)}-title">${esc(chart.title)}</title><desc id="${esc(id)}-desc">${esc(chart.description)}</desc>
<g fill="#1a1a1a" aria-hidden="true">${scale}${legend}${bars}</g></svg>`;
}
