import { say, type Wording } from '../messages/index.js';

/**
 * Characters that must never reach the Word document. The docx library silently deletes C0 controls,
 * turns lone surrogates into U+FFFD and lets U+FFFE/U+FFFF through into a file LibreOffice refuses to
 * open; bidirectional overrides make text display in an order other than the one stored. All of them
 * are refused at their position instead, so what the officer typed is exactly what committee sees.
 */
export interface BadCharacter {
  /** Index into the string (UTF-16 units). */
  index: number;
  codePoint: number;
  kind: 'control' | 'noncharacter' | 'surrogate' | 'bidi' | 'tab';
}

function classify(cp: number): BadCharacter['kind'] | undefined {
  if (cp === 0x09) return 'tab';
  if (cp === 0x0a) return undefined;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'noncharacter';
  return undefined;
}

/**
 * Any character `classify` could object to: tab and the other controls, bidi controls, the U+FDD0–FDEF
 * and U+FFFE/FFFF non-characters, and any surrogate (astral characters are looked at one by one).
 * Most text has none, and one regular-expression test is much cheaper than the loop below.
 */
const MAYBE_BAD = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]/;

/** Every problem character in `text`, in order. */
export function findBadCharacters(text: string): BadCharacter[] {
  const found: BadCharacter[] = [];
  if (!MAYBE_BAD.test(text)) return found;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        const cp = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        const kind = classify(cp);
        if (kind) found.push({ index: i, codePoint: cp, kind });
        i++;
        continue;
      }
      found.push({ index: i, codePoint: unit, kind: 'surrogate' });
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      found.push({ index: i, codePoint: unit, kind: 'surrogate' });
      continue;
    }
    const kind = classify(unit);
    if (kind) found.push({ index: i, codePoint: unit, kind });
  }
  return found;
}

/** What is wrong with a character, in the text of a value or (`inKey`) in a key. */
export function describeBadCharacter(bad: BadCharacter, inKey = false): Wording {
  const p = { codePoint: bad.codePoint, inKey };
  switch (bad.kind) {
    case 'tab':
      return inKey ? say.tabInKey() : say.tabInText();
    case 'control':
      return say.controlCharacter(p);
    case 'noncharacter':
      return say.nonCharacter(p);
    case 'surrogate':
      return say.brokenCharacter(p);
    case 'bidi':
      return say.bidiControl(p);
  }
}
