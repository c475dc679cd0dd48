import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from '@cantoo/pdf-lib';

/**
 * LibreOffice tags each chart as a /Figure in the PDF's structure tree but drops the alt text the
 * .docx gives it (wp:docPr descr). This puts it back: the figures are found in reading order (a walk
 * of the structure tree) and given the charts' descriptions, in the same order, as /Alt.
 */

/** The structure elements of the tree in reading order (depth first, as /K lists them). */
function structureElements(doc: PDFDocument): PDFDict[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const out: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const visit = (kids: unknown): void => {
    const value = kids instanceof PDFRef ? doc.context.lookup(kids) : kids;
    if (value instanceof PDFArray) {
      for (let i = 0; i < value.size(); i++) visit(value.get(i));
    } else if (value instanceof PDFDict && !seen.has(value)) {
      seen.add(value);
      // Marked-content and object references (/Type /MCR, /OBJR) are leaves, not elements.
      if (value.get(PDFName.of('S'))) out.push(value);
      visit(value.get(PDFName.of('K')));
    }
  };
  visit(root.get(PDFName.of('K')));
  return out;
}

const isFigure = (element: PDFDict) => element.get(PDFName.of('S')) === PDFName.of('Figure');

/** How many figures the PDF's structure tree has, and their alt texts (undefined where missing). */
export async function readFigureAlts(pdf: Uint8Array): Promise<(string | undefined)[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return structureElements(doc)
    .filter(isFigure)
    .map((figure) => {
      const alt = figure.lookup(PDFName.of('Alt'));
      return alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : undefined;
    });
}

/**
 * The PDF with `alts[i]` as the alt text of its i-th figure. The figures and the alt texts must match
 * one to one; if LibreOffice made a different number of figures the PDF is refused, not mislabelled.
 */
export async function addFigureAlts(pdf: Uint8Array, alts: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const figures = structureElements(doc).filter(isFigure);
  if (figures.length !== alts.length)
    throw new Error(`the PDF has ${figures.length} figures for ${alts.length} charts, so their alt text cannot be matched`);
  figures.forEach((figure, i) => {
    figure.set(PDFName.of('Alt'), PDFHexString.fromText(alts[i]!));
  });
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
