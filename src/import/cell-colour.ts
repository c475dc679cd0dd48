import { attr, child, childrenOf, tagOf, type XmlNode } from './xml.js';

/**
 * A RAG rating shown only as a cell's shading. Officers shade with Word's standard colours (FF0000,
 * FFC000, 00B050), the theme's (accent2 orange, accent6 green), or softer fills (F4B183, C6EFCE); the
 * rating is read from the hue, so any red, amber or green works, and grey, white or blue give none.
 */

export type Rag = 'red' | 'amber' | 'green';

/** Office's default theme colours, used when the document has no theme part. */
const DEFAULT_THEME: Record<string, string> = {
  dark1: '000000',
  light1: 'FFFFFF',
  dark2: '44546A',
  light2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
};

/** w:themeFill names Word writes, as the colour-scheme entries of the theme part. */
const THEME_NAMES: Record<string, string> = {
  text1: 'dark1',
  background1: 'light1',
  text2: 'dark2',
  background2: 'light2',
  dark1: 'dark1',
  light1: 'light1',
  dark2: 'dark2',
  light2: 'light2',
};

/** The theme's colour scheme (a:clrScheme in word/theme/theme1.xml), name → RRGGBB. */
export function readThemeColours(root: XmlNode | undefined): Record<string, string> {
  const out = { ...DEFAULT_THEME };
  const elements = root ? child(root, 'a:themeElements') : undefined;
  const scheme = child(elements, 'a:clrScheme');
  for (const entry of scheme ? childrenOf(scheme) : []) {
    const name = tagOf(entry).replace(/^a:/, '').replace(/^dk/, 'dark').replace(/^lt/, 'light');
    const colour = childrenOf(entry)[0];
    const value = colour ? (attr(colour, 'val') ?? attr(colour, 'lastClr')) : undefined;
    if (value && /^[0-9a-f]{6}$/i.test(value)) out[name] = value.toUpperCase();
  }
  return out;
}

/** A cell's fill as RRGGBB, from w:shd's fill or its theme colour with tint/shade, or undefined for none. */
export function fillOf(shd: XmlNode | undefined, theme: Record<string, string>): string | undefined {
  if (!shd) return undefined;
  const themeName = attr(shd, 'w:themeFill');
  if (themeName) {
    const base = theme[THEME_NAMES[themeName] ?? themeName];
    if (base) return adjust(base, attr(shd, 'w:themeFillTint'), attr(shd, 'w:themeFillShade'));
  }
  const fill = attr(shd, 'w:fill');
  return fill && /^[0-9a-f]{6}$/i.test(fill) ? fill.toUpperCase() : undefined;
}

/** Word's tint (towards white) and shade (towards black), each a hex byte. */
function adjust(hex: string, tint: string | undefined, shade: string | undefined): string {
  const channels = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const t = tint ? Number.parseInt(tint, 16) / 255 : 1;
  const s = shade ? Number.parseInt(shade, 16) / 255 : 1;
  return channels
    .map((c) => Math.round((255 - (255 - c) * t) * s))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** The rating a fill colour shows, by hue, or undefined for a colour that is not red, amber or green. */
export function ragOfColour(hex: string | undefined): Rag | undefined {
  if (!hex) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  // Greys, white, black and washed-out fills carry no rating.
  if (chroma < 0.15 || lightness > 0.95 || lightness < 0.1) return undefined;
  let hue: number;
  if (max === r) hue = (60 * ((g - b) / chroma) + 360) % 360;
  else if (max === g) hue = 60 * ((b - r) / chroma) + 120;
  else hue = 60 * ((r - g) / chroma) + 240;
  if (hue >= 345 || hue < 15) return 'red';
  if (hue >= 15 && hue < 66) return 'amber';
  if (hue >= 75 && hue < 165) return 'green';
  return undefined;
}
