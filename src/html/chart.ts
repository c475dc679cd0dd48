import { chartWords } from '../compute/format.js';
import type { ActionFigures } from '../compute/savings.js';
import type { Quarter } from '../plan/quarters.js';
import { formatMoney } from '../shared/numbers.js';
import { capitalise } from '../shared/words.js';
import type { Template } from '../template/schema.js';
import { esc } from './escape.js';

/**
 * The chart of a target for the web page, as inline SVG: for each council three bars (achieved,
 * expected by the quarter's pace, annual target), each labelled with its figure, and a legend. It is an
 * image with a title and a description naming every figure; the table beside it has the same figures
 * as text. The bar colours are the template's chart colours, which have 3:1 contrast on white.
 */

const WIDTH = 760;
const LABEL = 70;
const VALUE_ROOM = 110;
const BAR = 16;
const GAP = 4;
const GROUP_GAP = 14;
const LEGEND = 34;

export function chartSvg(f: ActionFigures, quarter: Quarter, template: Template): string {
  const id = `chart-${f.actionId}`;
  const series = [
    {
      name: capitalise(f.achievedLabel),
      colour: template.colours.chartAchieved,
      value: (c: ActionFigures['councils'][number]) => c.achieved,
    },
    { name: `Expected by ${quarter}`, colour: template.colours.chartExpected, value: (c: ActionFigures['councils'][number]) => c.expected },
    { name: 'Annual target', colour: template.colours.chartTarget, value: (c: ActionFigures['councils'][number]) => c.target },
  ];
  const max = Math.max(1, ...f.councils.flatMap((c) => series.map((s) => s.value(c))));
  const plotWidth = WIDTH - LABEL - VALUE_ROOM;
  const groupHeight = series.length * (BAR + GAP) + GROUP_GAP;
  const height = LEGEND + f.councils.length * groupHeight;
  const { title, description } = chartWords(f);
  const legend = series
    .map((s, i) => {
      const x = LABEL + i * 200;
      return `<rect x="${x}" y="8" width="14" height="14" fill="#${s.colour}"/><text x="${x + 20}" y="20">${esc(s.name)}</text>`;
    })
    .join('');
  const bars = f.councils
    .map((c, g) => {
      const top = LEGEND + g * groupHeight;
      const label = `<text x="0" y="${top + (series.length * (BAR + GAP)) / 2 + 4}">${esc(c.code)}</text>`;
      const rows = series.map((s, i) => {
        const w = Math.round((s.value(c) / max) * plotWidth);
        const y = top + i * (BAR + GAP);
        return `<rect x="${LABEL}" y="${y}" width="${w}" height="${BAR}" fill="#${s.colour}"/><text x="${LABEL + w + 6}" y="${y + BAR - 3}">${formatMoney(s.value(c))}</text>`;
      });
      return label + rows.join('');
    })
    .join('');
  return `<svg class="chart" role="img" aria-labelledby="${esc(id)}-title ${esc(id)}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-size="13">
<title id="${esc(id)}-title">${esc(title)}</title><desc id="${esc(id)}-desc">${esc(description)}</desc>
<g fill="#1a1a1a" aria-hidden="true">${legend}${bars}</g></svg>`;
}
