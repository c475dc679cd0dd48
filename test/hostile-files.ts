/**
 * Files of at most 1 MB built to make a YAML tool slow, deep or noisy. Each names the message plan
 * must give; `npm run fuzz` also times `plan validate` on each (the aim: under 2 seconds).
 */
export interface HostileFile {
  name: string;
  content: string;
  /** The message plan must give; undefined for text it must simply read, quickly and without error. */
  message: RegExp | undefined;
}

/** A section whose one narrative is `lines`, as a `|` block. */
const narrative = (lines: string[]) =>
  `section: "9.9"\ntitle: t\nactions:\n  - id: h\n    action: x\n    updates:\n      Q3:\n        status: ok\n        narrative: |\n${lines.map((l) => `          ${l}`).join('\n')}\n`;

const MB = 1024 * 1024;
const clip = (s: string) => (s.length > MB - 64 ? s.slice(0, MB - 64) : s);

export const HOSTILE_FILES: HostileFile[] = [
  // Shapes that sent the old Markdown reading into recursion or super-linear time (issue 16, item 3).
  {
    name: '1,900 nested "- " bullets in a narrative',
    content: clip(narrative(Array.from({ length: 1900 }, (_, i) => `${' '.repeat(i)}- x`))),
    message: /indentation is nested more than 64 levels deep/,
  },
  { name: '4,000 "> " on one narrative line', content: clip(narrative([`${'> '.repeat(4000)}x`])), message: undefined },
  { name: '10,000 "*" around a word', content: clip(narrative([`${'*'.repeat(5000)}word${'*'.repeat(5000)}`])), message: undefined },
  {
    name: 'an 841 KB narrative of 14,000-character lines',
    content: clip(narrative(Array.from({ length: 60 }, (_, i) => `${'w '.repeat(6999)}${i}`))),
    message: undefined,
  },
  {
    name: '3,000 character references',
    content: clip(narrative([Array.from({ length: 3000 }, () => '&#x202E;').join(' ')])),
    message: undefined,
  },
  {
    name: '9,000 actions in flow style',
    content: clip(
      `section: "9.9"\ntitle: t\nactions:\n${Array.from({ length: 9000 }, (_, i) => `  - {action: x, id: f${i}, updates: {Q3: {status: ok}}}`).join('\n')}\n`,
    ),
    message: /more than 200,000 separate words, numbers and marks/,
  },
  {
    name: 'flow brackets 100,000 deep on one line',
    content: clip(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    message: /line 1 is .* characters long/,
  },
  { name: 'flow brackets deep, one per line', content: clip(`a:\n${'[\n'.repeat(100_000)}`), message: /nesting is deeper than 32 levels/ },
  {
    name: 'block mappings 1,300 deep',
    content: clip(Array.from({ length: 1300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')),
    message: /indentation is nested more than 64 levels deep/,
  },
  {
    name: '200,000 duplicate keys',
    content: clip('k: 1\n'.repeat(200_000)),
    message: /more than 200,000 separate words, numbers and marks/,
  },
  {
    name: '60,000 aliases of one anchor',
    content: clip(`a: &a [1, 2, 3]\n${Array.from({ length: 60_000 }, (_, i) => `b${i}: *a`).join('\n')}\n`),
    message: /more than 200,000 separate words, numbers and marks|"\*a" is not allowed/,
  },
  {
    name: 'a billion laughs',
    content: `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
    ).join('\n')}\n`,
    message: /"&a" is not allowed in plan files/,
  },
  { name: 'one 1 MB line', content: clip(`title: ${'x'.repeat(MB)}\n`), message: /line 1 is .* characters long/ },
  {
    name: '40,000 flow mappings over many lines',
    content: clip(`a: {\n${Array.from({ length: 40_000 }, (_, i) => `  k${i}: [1, 2, {x: y}],`).join('\n')}\n}\n`),
    message: /more than 200,000 separate words, numbers and marks/,
  },
  {
    name: 'an unclosed quote over 400,000 lines',
    content: clip(`title: "${'x\n'.repeat(400_000)}`),
    message: /the text in quotes that starts here has no closing "/,
  },
  {
    name: '9,000 small actions',
    content: clip(
      `section: "1.1"\ntitle: t\nactions:\n${Array.from({ length: 9000 }, (_, i) => `  - id: a${i}\n    action: x\n    updates: {Q3: {status: ok}}\n`).join('')}`,
    ),
    message: /more than 200,000 separate words, numbers and marks/,
  },
  { name: 'comments only', content: clip('# comment\n'.repeat(100_000)), message: /file is empty/ },
  {
    name: '20,000 unknown keys',
    content: clip(`section: "1.1"\ntitle: t\nactions: []\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n')}\n`),
    message: /more problems in this file are not shown/,
  },
];
