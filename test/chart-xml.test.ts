import { Document, Packer, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ColumnChart, chartParagraphXml, chartPartXml, drawingOrder, GAP_WIDTH, OVERLAP, workbookFiles } from '../src/docx/chart.js';

/**
 * plan writes its charts as strings for speed; docx's ChartRun is the reference for what a chart
 * must look like. Both are built from the same options here and their parts compared.
 */

const CHART: ColumnChart = {
  title: 'Cost & efficiency savings: achieved against "target", end of Q3',
  categories: ['CDC', 'SNC', 'A<B'],
  series: [
    { name: 'Achieved', values: [53726, 26796, 0], color: '2E75B6' },
    { name: 'Expected by end of Q3', values: [56250, 37500, 1], color: 'A5A5A5' },
    { name: 'Annual target', values: [75000, 50000, 2], color: '1F3864' },
  ],
  numberFormat: '"£"#,##0',
  scale: { max: 80000, step: 20000 },
  font: 'Arial',
  width: 640,
  height: 300,
  altName: 'Cost and efficiency savings chart',
  altDescription: 'Cherwell District Council: £53,726 achieved of a £75,000 target & more "quoted".',
};

/** docx's parts for the chart as plan stores it (drawingOrder: upside down, on an axis from the bottom). */
async function docxParts(shown: ColumnChart): Promise<Record<string, string | Record<string, string>>> {
  const chart = drawingOrder(shown);
  const run = new ChartRun({
    type: 'bar',
    gapWidth: GAP_WIDTH,
    overlap: OVERLAP,
    title: chart.title,
    categories: [...chart.categories],
    series: chart.series.map((s) => ({ name: s.name, values: [...s.values], color: s.color })),
    dataLabels: { value: true, seriesName: false, numberFormat: chart.numberFormat, position: 'outsideEnd' },
    categoryAxis: { reverseOrder: false },
    valueAxis: {
      numberFormat: chart.numberFormat,
      ...(chart.scale ? { minimum: 0, maximum: chart.scale.max, interval: chart.scale.step } : {}),
    },
    legend: { position: 'bottom' },
    font: { name: chart.font },
    transformation: { width: chart.width, height: chart.height },
    altText: { name: chart.altName, description: chart.altDescription },
  });
  const doc = new Document({
    sections: [{ children: [new Paragraph({ keepNext: false, spacing: { before: 120, after: 120 }, children: [run] })] }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const text = (path: string) => strFromU8(files[path]!);
  const workbook = unzipSync(files['word/embeddings/Microsoft_Excel_Worksheet1.xlsx']!);
  const body = text('word/document.xml');
  const paragraph = /<w:p>(?:(?!<w:p>).)*?<w:drawing>.*?<\/w:p>/s.exec(body)?.[0] ?? '';
  return {
    chart: text('word/charts/chart1.xml'),
    paragraph,
    workbook: Object.fromEntries(Object.entries(workbook).map(([path, bytes]) => [path, strFromU8(bytes)])),
  };
}

/** Relationship ids and drawing numbers are assigned differently; everything else must match. */
const sameIds = (xml: string) => xml.replace(/r:id="[^"]+"/g, 'r:id="ID"').replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="N"');

describe('charts written as strings', () => {
  it('are the parts docx writes for the same chart: chart XML, workbook files and the drawing paragraph', async () => {
    const reference = await docxParts(CHART);
    expect(sameIds(chartPartXml(CHART, 'rId1'))).toBe(sameIds(reference.chart as string));
    expect(sameIds(chartParagraphXml(CHART, 'rIdChart1', 1))).toBe(sameIds(reference.paragraph as string));
    expect(Object.fromEntries(workbookFiles(CHART))).toEqual(reference.workbook);
  });

  it('hold for one council and for many', async () => {
    for (const n of [1, 30]) {
      const chart: ColumnChart = {
        ...CHART,
        categories: Array.from({ length: n }, (_, i) => `C${i}`),
        series: CHART.series.map((s, k) => ({ ...s, values: Array.from({ length: n }, (_, i) => i * 1000 + k) })),
        // With no scale, Word chooses its own.
        scale: n === 1 ? undefined : { max: 30000, step: 5000 },
      };
      const reference = await docxParts(chart);
      expect(sameIds(chartPartXml(chart, 'rId1'))).toBe(sameIds(reference.chart as string));
      expect(Object.fromEntries(workbookFiles(chart))).toEqual(reference.workbook);
    }
  });
});

describe('the default chart colours', () => {
  it('each have at least 3:1 contrast against the white around the bars (WCAG 2.2, 1.4.11)', async () => {
    const { loadTemplate, DEFAULT_TEMPLATE } = await import('../src/template/load.js');
    const { contrastRatio } = await import('../src/shared/contrast.js');
    const { colours } = (await loadTemplate(DEFAULT_TEMPLATE)).template!;
    for (const colour of [colours.chartAchieved, colours.chartExpected, colours.chartTarget])
      expect(contrastRatio(colour, 'FFFFFF')).toBeGreaterThanOrEqual(3);
    // Narratives are the longest text: their column is the widest.
    const { template } = await loadTemplate(DEFAULT_TEMPLATE);
    const widths = template!.columns;
    expect(widths.narrative.widthPercent).toBeGreaterThan(Math.max(widths.action.widthPercent, widths.status.widthPercent));
    // The grey that used to be the default did not: 2.46:1.
    expect(contrastRatio('A5A5A5', 'FFFFFF')).toBeCloseTo(2.46, 2);
  });
});
