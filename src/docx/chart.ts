import { xmlEscape as esc } from './ooxml.js';
import { type ZipMemo, zip } from './zip.js';

/**
 * The savings charts as DrawingML, written directly: a clustered bar chart per target (bars across the
 * page, one below the other, councils top to bottom in the plan's order), with its data in an embedded
 * workbook so Word's "Edit Data" opens it. Each bar has its own row, so no two labels can overlap; each
 * label is the bar's amount alone ("£53,726": a series name in the label came out as "Achieved;" and a
 * forced line break), and the legend lists the series in the order of the bars, so a bar is told apart
 * by its place as well as its colour. The bars of a group stand apart (OVERLAP), so each one meets only
 * white, against which every series colour has at least 3:1 contrast (WCAG 2.2, 1.4.11; the template's
 * colours are checked). These are the parts docx's ChartRun writes for the same options (a test builds
 * both and compares them), but as strings: a plan with a target on every tenth of 10,000 actions has a
 * thousand charts, and docx's object model spent seconds on them.
 *
 * LibreOffice lists a horizontal bar chart's legend in the reverse of the series order whatever the
 * direction of the category axis; Word (as Excel) does so when the axis runs from the bottom, the
 * default, and lists the series in order when it is reversed. Both then match the bars only on an axis
 * running from the bottom, where the first series is the lowest bar of each group. So the chart is
 * stored upside down: the last council first and the last series first, on an axis running from the
 * bottom, which draws the first council at the top with its first series on top, and a legend that
 * reads in the same order (see drawingOrder).
 */

export interface ColumnChart {
  title: string;
  categories: readonly string[];
  series: ReadonlyArray<{ name: string; values: readonly number[]; color: string }>;
  /** Excel number format for data labels and the value axis, e.g. "£"#,##0. */
  numberFormat: string;
  /** The value axis from 0 to `max` in steps of `step`; Word chooses its own when there is none. */
  scale?: { max: number; step: number } | undefined;
  font: string;
  /** Size in pixels at 96 dpi. */
  width: number;
  height: number;
  altName: string;
  altDescription: string;
}

const EMU_PER_PIXEL = 9525;

/** The space between one council's bars and the next's, and between the bars of one council (negative: apart), in % of a bar. */
export const GAP_WIDTH = 60;
export const OVERLAP = -20;

/** Chart n (from 1) is related to the document by this id. */
export function chartRelId(n: number): string {
  return `rIdChart${n}`;
}

/** A column's cells from row 2 to row `last`, as docx writes the reference ("$B$2" for one row). */
function cells(col: string, last: number): string {
  return last === 2 ? `$${col}$2` : `$${col}$2:$${col}$${last}`;
}

/** Column letters for the data sheet: A is the categories, series from B. */
function column(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const NO_LINE = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln><a:effectLst/></c:spPr>';
const GRID_LINE =
  '<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="tx1"><a:lumMod val="15000"/><a:lumOff val="85000"/></a:schemeClr></a:solidFill><a:round/></a:ln>';

function textProps(font: string, size: number, shade: [number, number], bodyExtra = '', rotate = '0', body = ''): string {
  const face = esc(font);
  return `<a:bodyPr rot="${rotate}" spcFirstLastPara="1" vertOverflow="ellipsis" vert="horz" wrap="square"${bodyExtra} anchor="ctr" anchorCtr="1"${body ? `>${body}</a:bodyPr>` : '/>'}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="0" i="0" u="none" strike="noStrike" kern="1200"${size === 1400 ? ' spc="0"' : ''} baseline="0"><a:solidFill><a:schemeClr val="tx1"><a:lumMod val="${shade[0]}"/><a:lumOff val="${shade[1]}"/></a:schemeClr></a:solidFill><a:latin typeface="${face}"/><a:ea typeface="+mn-ea"/><a:cs typeface="${face}"/></a:defRPr></a:pPr>`;
}

/** The chart as it is stored: councils and series reversed, for an axis running from the bottom (see above). */
export function drawingOrder(chart: ColumnChart): ColumnChart {
  return {
    ...chart,
    categories: [...chart.categories].reverse(),
    series: [...chart.series].reverse().map((s) => ({ ...s, values: [...s.values].reverse() })),
  };
}

/** word/charts/chartN.xml; `workbookRelId` is the chart's relationship to its embedded workbook. */
export function chartPartXml(shown: ColumnChart, workbookRelId: string): string {
  const chart = drawingOrder(shown);
  const { font, numberFormat } = chart;
  const format = esc(numberFormat);
  const rows = chart.categories.length;
  const titleText = textProps(font, 1400, [65000, 35000]);
  const title = `<c:title><c:tx><c:rich>${titleText}<a:r><a:rPr lang="en-US"/><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>${NO_LINE}<c:txPr>${titleText}<a:endParaRPr lang="en-US"/></a:p></c:txPr></c:title>`;
  const labelText = `<c:txPr>${textProps(font, 900, [75000, 25000], ' lIns="38100" tIns="19050" rIns="38100" bIns="19050"', '0', '<a:spAutoFit/>')}<a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
  const categories = `<c:cat><c:strRef><c:f>Sheet1!${cells('A', rows + 1)}</c:f><c:strCache><c:ptCount val="${rows}"/>${chart.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${esc(c)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat>`;
  const series = chart.series
    .map((s, i) => {
      const col = column(i + 1);
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>Sheet1!$${col}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:ln><a:noFill/></a:ln><a:effectLst/></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/>${NO_LINE}${labelText}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        `${categories}<c:val><c:numRef><c:f>Sheet1!${cells(col, rows + 1)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${rows}"/>${s.values.map((v, k) => `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache></c:numRef></c:val></c:ser>`
      );
    })
    .join('');
  const axisText = `<c:txPr>${textProps(font, 900, [65000, 35000], '', '-60000000')}<a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
  const axisLine = `<c:spPr><a:noFill/>${GRID_LINE}<a:effectLst/></c:spPr>`;
  const categoryAxis = `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisLine}${axisText}<c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const range = chart.scale ? `<c:max val="${chart.scale.max}"/><c:min val="0"/>` : '';
  const unit = chart.scale ? `<c:majorUnit val="${chart.scale.step}"/>` : '';
  const valueAxis = `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/>${range}</c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines><c:spPr>${GRID_LINE}<a:effectLst/></c:spPr></c:majorGridlines><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${NO_LINE}${axisText}<c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${unit}</c:valAx>`;
  const legend = `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${NO_LINE}<c:txPr>${textProps(font, 900, [65000, 35000])}<a:endParaRPr lang="en-US"/></a:p></c:txPr></c:legend>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:gapWidth val="${GAP_WIDTH}"/><c:overlap val="${OVERLAP}"/><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    `${categoryAxis}${valueAxis}${NO_LINE}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill>${GRID_LINE}<a:effectLst/></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    `<c:externalData r:id="${workbookRelId}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`
  );
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const SHEET_TYPES = [
  ['/xl/workbook.xml', 'sheet.main+xml'],
  ['/xl/worksheets/sheet1.xml', 'worksheet+xml'],
  ['/xl/styles.xml', 'styles+xml'],
  ['/xl/sharedStrings.xml', 'sharedStrings+xml'],
] as const;

/** The files of the embedded workbook: one sheet laid out as Word lays out a new chart's data. */
export function workbookFiles(shown: ColumnChart): Array<[string, string]> {
  const chart = drawingOrder(shown);
  const strings = [...chart.series.map((s) => s.name), ...chart.categories];
  const rows = chart.categories.length;
  const last = column(chart.series.length);
  const header = `<row r="1">${chart.series.map((_, i) => `<c r="${column(i + 1)}1" t="s"><v>${i}</v></c>`).join('')}</row>`;
  const body = chart.categories
    .map(
      (_, r) =>
        `<row r="${r + 2}"><c r="A${r + 2}" t="s"><v>${chart.series.length + r}</v></c>${chart.series.map((s, i) => `<c r="${column(i + 1)}${r + 2}"><v>${s.values[r]}</v></c>`).join('')}</row>`,
    )
    .join('');
  const relationships = (items: ReadonlyArray<readonly [string, string]>) =>
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`).join('')}</Relationships>`;
  return [
    [
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${SHEET_TYPES.map(([part, type]) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}"/>`).join('')}</Types>`,
    ],
    ['_rels/.rels', relationships([['officeDocument', 'xl/workbook.xml']])],
    [
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      relationships([
        ['worksheet', 'worksheets/sheet1.xml'],
        ['styles', 'styles.xml'],
        ['sharedStrings', 'sharedStrings.xml'],
      ]),
    ],
    [
      'xl/worksheets/sheet1.xml',
      `${XML_DECLARATION}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:${last}${rows + 1}"/><sheetData>${header}${body}</sheetData></worksheet>`,
    ],
    [
      'xl/styles.xml',
      `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
    [
      'xl/sharedStrings.xml',
      `${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
    ],
  ];
}

/** The parts of a workbook that are the same in every chart's (everything but the figures and names). */
const FIXED_PARTS: ReadonlySet<string> = new Set([
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
]);

/** The workbook as .xlsx bytes; with a memo, the fixed parts are deflated once for all of a report's charts. */
export function workbookXlsx(chart: ColumnChart, mtime: Date, memo?: ZipMemo): Uint8Array {
  return zip(
    workbookFiles(chart).map(([path, text]) => ({ path, data: Buffer.from(text, 'utf8'), deflate: true, recurs: FIXED_PARTS.has(path) })),
    mtime,
    undefined,
    memo,
  );
}

/** The paragraph that shows chart `docPrId` in the document, through relationship `relId`. */
export function chartParagraphXml(chart: ColumnChart, relId: string, docPrId: number): string {
  return (
    '<w:p><w:pPr><w:keepNext w:val="false"/><w:spacing w:after="120" w:before="120"/></w:pPr><w:r><w:drawing>' +
    `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${chart.width * EMU_PER_PIXEL}" cy="${chart.height * EMU_PER_PIXEL}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${docPrId}" name="${esc(chart.altName)}" descr="${esc(chart.altDescription)}"/><wp:cNvGraphicFramePr/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}
