import { entry, group, type Wording } from './entry.js';
import { files } from './files.js';

/** Where every message about the settings points: the three settings and where they are explained. */
const SETTINGS = 'the settings are plans, out and template (see "Settings" in README.md)';

export const settings = group(
  'Settings',
  'A project may set its folders in plan.config.yaml, or under "plan" in package.json. A problem there stops plan before it reads the plan, since it would not know where to look; the message says the file, line and column.',
  {
    settingsNotRead: entry(
      [{ file: 'plan.config.yaml', said: files.entries.notAllowedToRead.say(undefined) }],
      (p: { file: string; said: Wording }) => ({
        message: `cannot read ${p.file}: ${p.said.message}`,
        hint: p.said.hint,
      }),
    ),
    settingsUnreadable: entry([undefined], () => ({
      message: 'this file cannot be read as settings for plan',
      hint: 'write one setting per line, e.g. plans: plans',
    })),
    settingsNotLines: entry([undefined], () => ({
      message: 'the settings must be written as plans:, out: and template: lines',
      hint: SETTINGS,
    })),
    unknownSetting: entry([{ key: 'outs' }], (p) => ({
      message: `"${p.key}" is not a setting plan knows`,
      hint: SETTINGS,
    })),
    settingNotAPath: entry([{ what: 'plans folder' }], (p) => ({
      message: `write the ${p.what} as a path in quotes, e.g. "plans"`,
      hint: SETTINGS,
    })),
    settingEmpty: entry([{ what: 'folder for reports' }], (p) => ({
      message: `the ${p.what} is empty: write a path, or remove the line`,
      hint: SETTINGS,
    })),
  },
);
