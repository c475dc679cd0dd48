import { entry, group } from './entry.js';

const RENAME = (meant: string) => `rename it to ${meant}, or move it out of the plans folder if it is not a section`;

export const folder = group(
  'The plans folder',
  'Which files of the plans folder are read: plan.yaml and one file per section, each ending in .yaml (or .yml). A file that looks like a section but is not read is named, so that no section disappears from the report unnoticed.',
  {
    sectionSavedOver: entry(
      [
        {
          copy: '6-collaboration.yaml',
          own: '5-sustainability.yaml',
          section: '5',
          missing: '6',
          newer: '6-collaboration.yaml' as string | undefined,
        },
        { copy: '6-collaboration.yaml', own: '5-sustainability.yaml', section: '5', missing: '6', newer: undefined },
      ],
      (p) => ({
        message: `${p.copy} holds section ${p.section}, as ${p.own} does, with the same actions: section ${p.section} saved under section ${p.missing}'s file name? Section ${p.missing} is now missing from the plan`,
        hint: `${p.newer ? `keep the newer copy, ${p.newer} (its updates reach further), as ${p.own}` : `keep the copy of section ${p.section} you edited last as ${p.own}`}; then bring back section ${p.missing} as ${p.copy} from a backup, the file's earlier versions or the last report pack`,
      }),
    ),
    plansFolderMissing: entry(
      [
        { folder: 'plans', dangling: false },
        { folder: 'plans', dangling: true },
      ],
      (p) => ({
        message: `plans folder ${p.folder} does not exist${p.dangling ? ' (it is a link to a folder that is not there)' : ''}`,
        hint: 'run plan from the project folder, or pass the folder with --plans',
      }),
    ),
    plansNotAFolder: entry([{ folder: 'package.json' }], (p) => ({
      message: `${p.folder} is not a folder`,
      hint: 'pass the folder that holds plan.yaml with --plans',
    })),
    plansFolderUnreadable: entry([{ folder: 'plans', reason: 'EACCES' }], (p) => ({
      message: `cannot read plans folder ${p.folder}: ${p.reason}`,
      hint: 'check that you may open the folder, or pass another with --plans',
    })),
    tooManyFiles: entry([{ folder: 'plans', count: 1200, most: 1000 }], (p) => ({
      message: `${p.folder} holds ${p.count} YAML files; a plan folder may hold at most ${p.most}`,
      hint: 'check that --plans points at the plan folder',
    })),
    namedNotYaml: entry([{ name: 'notes.txt' }], (p) => ({
      message: `${p.name} is not a plan file (.yaml)`,
      hint: 'name the .yaml files of the plans folder, or none to check them all',
    })),
    namedMissing: entry([{ name: 'plans/8.9-fleet.yaml' }], (p) => ({
      message: `${p.name} does not exist`,
      hint: 'check the name; a deleted file needs no check',
    })),
    namedInSeveralFolders: entry([{ folders: ['plans', 'old/plans'] }], (p: { folders: readonly string[] }) => ({
      message: 'the files are in more than one folder; plan checks one plan at a time',
      hint: `run plan validate once for each folder: ${p.folders.join(', ')}`,
    })),
    namedOutsidePlans: entry([{ plans: 'plans' }], (p) => ({
      message: `the files are not in the plans folder ${p.plans}`,
      hint: "leave out --plans: the files' own folder is used",
    })),
    planFileMissing: entry([undefined], () => ({
      message: 'plan.yaml is missing from the plans folder',
      hint: 'create plan.yaml with title, appendix, financialYear and councils (see README.md)',
    })),
    noSections: entry([undefined], () => ({
      message: 'the plans folder has no section files',
      hint: 'add one YAML file per plan section, e.g. 8.1-engagement.yaml',
    })),
    planFileCapitals: entry([{ name: 'Plan.yaml' }], (p) => ({
      message: `${p.name} must be named ${p.name.toLowerCase()}, in small letters: the editor and a shared drive that tells capitals apart do not find it as it is`,
      hint: `rename ${p.name} to ${p.name.toLowerCase()}`,
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
    copyNotRead: entry(
      [
        { name: '8.2-savings (1).yaml', original: '8.2-savings.yaml', newer: undefined },
        { name: '8.2-savings v2.yaml', original: '8.2-savings.yaml', newer: 'copy' },
      ],
      (p: { name: string; original: string; newer: 'copy' | 'original' | undefined }) => ({
        message:
          `${p.name} looks like a copy of ${p.original}, so it is not read` +
          (p.newer === undefined ? '' : ` (${p.newer === 'copy' ? p.name : p.original} was saved later)`),
        hint: `if the copy is the newer one, delete ${p.original} and rename ${p.name} to ${p.original}; otherwise move ${p.name} out of the plans folder, or delete it`,
      }),
    ),
    conflictCopy: entry(
      [
        { name: '3.4-local-economy-DESKTOP-K7Q2M9P.yaml', original: '3.4-local-economy.yaml', by: 'OneDrive', from: 'DESKTOP-K7Q2M9P' },
        { name: "8.2-savings (Jo Smith's conflicted copy 2034-05-01).yaml", original: '8.2-savings.yaml', by: 'Dropbox', from: 'Jo Smith' },
      ],
      (p) => ({
        message: `${p.name} looks like the copy ${p.by === 'OneDrive' ? 'OneDrive or SharePoint' : p.by} keeps when ${p.original} is changed in two places before it syncs (this one ${p.by === 'OneDrive' ? `on the computer ${p.from}` : `by ${p.from}`}), so it is not read`,
        hint: `compare the two, keep the right one as ${p.original}, and delete the other or move it out of the plans folder`,
      }),
    ),
    sectionBelow: entry(
      [{ path: 'plans/Q2 as sent/5-climate.yaml', folder: 'Q2 as sent', section: '5' }],
      (p: { path: string; folder: string; section: string }) => ({
        message: `${p.path} is not read, so section ${p.section} is left out of the report: plan reads only the files directly in the plans folder, not those in a folder inside it`,
        hint: `move it up into the plans folder, beside plan.yaml; if section ${p.section} was dropped on purpose, move the folder "${p.folder}" out of the plans folder`,
      }),
    ),
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
