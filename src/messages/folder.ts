import { entry, group } from './entry.js';

const RENAME = (meant: string) => `rename it to ${meant}, or move it out of the plans folder if it is not a section`;

export const folder = group(
  'The plans folder',
  'Which files of the plans folder are read: plan.yaml and one file per section, each ending in .yaml (or .yml). A file that looks like a section but is not read is named, so that no section disappears from the report unnoticed.',
  {
    planFileMissing: entry([undefined], () => ({
      message: 'plan.yaml is missing from the plans folder',
      hint: 'create plan.yaml with title, appendix, financialYear and councils (see README.md)',
    })),
    noSections: entry([undefined], () => ({
      message: 'the plans folder has no section files',
      hint: 'add one YAML file per plan section, e.g. 8.1-engagement.yaml',
    })),
    secondPlanFile: entry([{ first: 'plans/plan.yaml' }], (p) => ({
      message: `there is already a plan file, ${p.first}`,
      hint: 'keep one of plan.yaml and plan.yml',
    })),
    backupNotRead: entry([{ name: '8.2-savings.yaml~', meant: '8.2-savings.yaml' }], (p) => ({
      message: `${p.name} is not read: it looks like a backup copy of ${p.meant}`,
      hint: `plan reads ${p.meant}; delete ${p.name}, or move it out of the plans folder`,
    })),
    notYamlNotRead: entry(
      [
        { name: '4-contract-management.yaml.txt', meant: '4-contract-management.yaml', notepad: true, missing: true },
        { name: '4-contract-management.txt', meant: '4-contract-management.yaml', notepad: false, missing: false },
      ],
      (p) => ({
        message:
          `${p.name} is not read${p.missing ? ', so its section is left out of the report' : ''}: only files ending in .yaml or .yml are` +
          (p.notepad ? ' (Notepad adds ".txt" unless "Save as type" is "All files")' : ''),
        hint: RENAME(p.meant),
      }),
    ),
    copyNotRead: entry([{ name: '8.2-savings (1).yaml', original: '8.2-savings.yaml' }], (p) => ({
      message: `${p.name} looks like a copy of ${p.original}, so it is not read`,
      hint: `if the copy is the newer one, delete ${p.original} and rename ${p.name} to ${p.original}; otherwise delete ${p.name}`,
    })),
    linkNotFollowed: entry([undefined], () => ({
      message: 'symbolic link not followed: plan files must be real files in the plans folder',
      hint: 'copy the file into the folder instead of linking to it',
    })),
    notAFileInFolder: entry([{ name: '8.2-savings.yaml', what: 'a folder' }], (p) => ({
      message: `${p.name} is ${p.what}, not a file, so it cannot be read as plan data`,
      hint: 'plan files are ordinary text files: move it out of the plans folder, or rename it',
    })),
  },
);
