/**
 * The only module that knows about colour. Everything else asks for a meaning ("error", "path"),
 * so `NO_COLOR`, `FORCE_COLOR=0` and non-TTY output turn colour off everywhere at once.
 *
 * The eight styles plan uses are written here as ANSI codes, the way chalk writes them (the codes,
 * their order, a style re-opened after an inner one closes, closed and re-opened around each line
 * break), rather than loading chalk: it is a tenth of the start-up of `plan --help` (docs/speed.md).
 */
function pickLevel(stream: NodeJS.WriteStream): 0 | 1 {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return 1;
  return stream.isTTY ? 1 : 0;
}

export interface Highlighter {
  error: (s: string) => string;
  warning: (s: string) => string;
  success: (s: string) => string;
  path: (s: string) => string;
  dim: (s: string) => string;
  strong: (s: string) => string;
  up: (s: string) => string;
  down: (s: string) => string;
}

interface Style {
  open: string;
  close: string;
}

const ansi = (open: number, close: number): Style => ({ open: `\u001b[${open}m`, close: `\u001b[${close}m` });
const BOLD = ansi(1, 22);
const DIM = ansi(2, 22);
const RED = ansi(31, 39);
const GREEN = ansi(32, 39);
const YELLOW = ansi(33, 39);
const CYAN = ansi(36, 39);

/** The styles, outermost first, as one function: `styled([RED, BOLD])` is chalk's `red.bold`. */
function styled(styles: readonly Style[]): (s: string) => string {
  const openAll = styles.map((style) => style.open).join('');
  const closeAll = styles
    .map((style) => style.close)
    .reverse()
    .join('');
  return (s) => {
    if (!s) return s;
    let text = s;
    // A style closed inside the text is opened again, innermost style first.
    if (text.includes('\u001b')) for (const style of [...styles].reverse()) text = text.split(style.close).join(style.close + style.open);
    text = text.replace(/\r?\n/g, (lineBreak) => closeAll + lineBreak + openAll);
    return openAll + text + closeAll;
  };
}

export function createHighlighter(stream: NodeJS.WriteStream = process.stderr): Highlighter {
  if (pickLevel(stream) === 0) {
    const plain = (s: string) => s;
    return { error: plain, warning: plain, success: plain, path: plain, dim: plain, strong: plain, up: plain, down: plain };
  }
  return {
    error: styled([RED, BOLD]),
    warning: styled([YELLOW, BOLD]),
    success: styled([GREEN]),
    path: styled([CYAN]),
    dim: styled([DIM]),
    strong: styled([BOLD]),
    up: styled([GREEN]),
    down: styled([RED]),
  };
}
