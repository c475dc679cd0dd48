/**
 * Characters of Word's symbol fonts (Wingdings, Webdings, Symbol) as the Unicode characters they draw.
 * Word stores them as w:sym w:char="F0FC", as a private-use character U+F0FC in a run set in the font,
 * or as the plain byte ("ü" in Wingdings is a tick). The report's fonts draw none of those, so each is
 * mapped to its Unicode look-alike; a character not in these tables is listed for the officer.
 */

const WINGDINGS: Record<number, string> = {
  33: '✏',
  34: '✂',
  40: '☎',
  42: '✉',
  54: '⌛',
  63: '✍',
  67: '👍',
  68: '👎',
  74: '☺',
  75: '😐',
  76: '☹',
  108: '●',
  109: '❍',
  110: '■',
  111: '□',
  112: '◻',
  113: '❑',
  114: '❒',
  115: '⬧',
  116: '⧫',
  117: '◆',
  118: '❖',
  119: '⬥',
  120: '⌧',
  159: '•',
  160: '▪',
  161: '○',
  167: '▪',
  168: '◻',
  170: '✦',
  171: '★',
  216: '➢',
  224: '➔',
  232: '➔',
  239: '⇦',
  240: '⇨',
  241: '⇧',
  242: '⇩',
  251: '✗',
  252: '✓',
  253: '☒',
  254: '☑',
};

const WEBDINGS: Record<number, string> = {
  60: '◀',
  62: '▶',
  97: '✓',
  99: '☐',
  103: '■',
  114: '✗',
  61: '●',
  110: '●',
};

/** Symbol draws Greek letters where the keyboard has Latin ones, and mathematical signs above 0xA0. */
const SYMBOL: Record<number, string> = {
  45: '−',
  97: 'α',
  98: 'β',
  99: 'χ',
  100: 'δ',
  101: 'ε',
  108: 'λ',
  109: 'μ',
  112: 'π',
  115: 'σ',
  68: 'Δ',
  83: 'Σ',
  87: 'Ω',
  163: '≤',
  165: '∞',
  167: '♣',
  168: '♦',
  169: '♥',
  170: '♠',
  171: '↔',
  172: '←',
  173: '↑',
  174: '→',
  175: '↓',
  176: '°',
  177: '±',
  179: '≥',
  180: '×',
  183: '•',
  184: '÷',
  185: '≠',
  187: '≈',
  214: '√',
  215: '⋅',
  224: '◊',
};

const FONTS: Record<string, Record<number, string>> = {
  wingdings: WINGDINGS,
  'wingdings 2': {},
  'wingdings 3': {},
  webdings: WEBDINGS,
  symbol: SYMBOL,
};

/** Whether a font is one of the symbol fonts whose characters are not what they seem. */
export function isSymbolFont(font: string | undefined): boolean {
  return font !== undefined && font.trim().toLowerCase() in FONTS;
}

/**
 * The Unicode character a symbol font draws for a code (0xF0FC or 0xFC alike), or undefined when plan
 * does not know it.
 */
export function symbolCharacter(font: string | undefined, code: number): string | undefined {
  const table = FONTS[(font ?? 'symbol').trim().toLowerCase()];
  if (!table) return undefined;
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  // In Symbol, digits, punctuation and spaces are themselves.
  if (table === SYMBOL && low >= 0x20 && low < 0x41 && table[low] === undefined) return String.fromCharCode(low);
  if (low === 0x20) return ' ';
  return table[low];
}
