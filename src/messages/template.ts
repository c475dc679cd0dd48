import { entry, group, type Wording } from './entry.js';
import { files } from './files.js';

export const template = group(
  'Templates',
  'A template (--template) sets the look of the report: its title, columns and colours. Besides the keys and values it may have, a few checks look at it as a whole.',
  {
    templateMissing: entry([{ shown: 'templates/council.yaml' }], (p) => ({
      message: `template ${p.shown} does not exist`,
      hint: 'pass an existing template with --template, or leave it out to use the default',
    })),
    templateNotAFile: entry([{ shown: 'templates', said: files.entries.notAFile.say({ what: 'a folder' }).message }], (p) => ({
      message: `template ${p.shown} ${p.said.replace(/^this /, '')}`,
      hint: 'pass a template file with --template',
    })),
    templateUnreadable: entry(
      [{ shown: 'templates/council.yaml', said: files.entries.notAllowedToRead.say(undefined) }],
      (p: { shown: string; said: Wording }) => ({
        message: `cannot read template ${p.shown}: ${p.said.message}`,
        hint: p.said.hint,
      }),
    ),
    templateTooLarge: entry([{ said: files.entries.fileTooLarge.say({ size: '1.4', most: 1 }).message }], (p) => ({
      message: p.said,
      hint: 'a template is a short YAML file: start from a copy of templates/default.yaml',
    })),
    unknownPlaceholder: entry<{ written: string; known: readonly string[] }>(
      [{ written: '{quater}', known: ['plan', 'year', 'quarter', 'appendix', 'quarterName', 'quarterMonths'] }],
      (p) => ({
        message: `unknown placeholder ${p.written}`,
        hint: `use one of ${p.known.map((k) => `{${k}}`).join(', ')}`,
      }),
    ),
    columnWidths: entry([{ total: 110 }], (p) => ({
      message: `the column widths add up to ${p.total}%, not 100%`,
      hint: 'change widthPercent so that the three columns add up to 100',
    })),
    chartContrast: entry([{ colour: 'DDDDDD', ratio: '1.36' }], (p) => ({
      message: `the chart colour ${p.colour} has ${p.ratio}:1 contrast against white; a chart's bars need at least 3:1 to be seen`,
      hint: 'choose a darker shade, e.g. "767676" for grey',
    })),
  },
);
