import { posix } from 'node:path';
import { escapeRegExp } from '../../shared/words.js';

/**
 * The files around a new plan that make the officer's folder a project of its own: settings, the
 * git ignore list, the editor's settings, a GitHub Actions workflow and a pre-commit hook. The workflow
 * and the hook check only the plan's own files: the finished years that `plan new-quarter Q1
 * --new-year` copies to <plans>/archive/ are kept as they were and never checked again.
 *
 * Keep the workflow and the hook in step with docs/ci-and-editors.md.
 */

/** `<plans>/file.yaml` for a plans folder relative to the project ("." when the plan is the project). */
function inPlans(plans: string, rest: string): string {
  return plans === '.' ? rest : posix.join(plans, rest);
}

export function configText(plans: string, out: string): string {
  return (
    '# Settings for plan, so that daily commands need no flags (see "Settings" in plan\'s README.md).\n' +
    `plans: ${JSON.stringify(plans)}\nout: ${JSON.stringify(out)}\n`
  );
}

export function gitignoreText(out: string): string {
  return (
    `# The reports plan writes: made again from the plan whenever needed.\n${out}/\n` +
    "# The lock plan holds while it changes the plans folder: one left by Ctrl-C is taken over by plan's next run.\n" +
    '.*.plan-lock\n'
  );
}

export function workflowText(plans: string): string {
  return `# Checks the plan on every push and pull request, with annotations on the lines that need fixing.
# plan is not on the npm registry: set the repository variable PLAN_PACKAGE (Settings > Secrets and
# variables > Actions > Variables) to where your council keeps it, e.g. the URL of its .tgz file.
name: plan
on:
  push:
  pull_request:
permissions:
  contents: read
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - name: Install plan
        env:
          PLAN_PACKAGE: \${{ vars.PLAN_PACKAGE }}
        run: |
          if [ -z "$PLAN_PACKAGE" ]; then
            echo "::error::set the repository variable PLAN_PACKAGE to where plan can be installed from"
            exit 1
          fi
          npm install -g "$PLAN_PACKAGE"
      # The plans folder comes from plan.config.yaml; ${inPlans(plans, 'archive/')} is not checked.
      - run: plan validate --format github
`;
}

export function preCommitText(plans: string): string {
  const folder = plans === '.' ? '' : `${escapeRegExp(plans)}/`;
  // A plan kept in the project's own folder sits beside the settings files, which are not plan files.
  const exclude = plans === '.' ? '^(archive/|plan\\.config\\.yaml$|\\.pre-commit-config\\.yaml$)' : `^${folder}archive/`;
  return `# Checks the plan files you commit: install pre-commit once (https://pre-commit.com), then run
# "pre-commit install" in this folder. The hook runs the plan command installed on this computer
# (language: system), so plan must be on your PATH. The finished years in ${inPlans(plans, 'archive/')} are
# not checked.
repos:
  - repo: local
    hooks:
      - id: plan-validate
        name: plan validate
        entry: plan validate
        language: system
        files: ^${folder}[^/]+\\.ya?ml$
        exclude: ${exclude}
`;
}

export const VSCODE_FILES: ReadonlyArray<readonly [string, object]> = [
  ['extensions.json', { recommendations: ['redhat.vscode-yaml'] }],
  [
    'settings.json',
    {
      '[yaml]': {
        'editor.insertSpaces': true,
        'editor.tabSize': 2,
        'editor.detectIndentation': false,
        'editor.renderWhitespace': 'boundary',
      },
      'editor.unicodeHighlight.invisibleCharacters': true,
      'editor.unicodeHighlight.ambiguousCharacters': true,
      'yaml.validate': true,
      'yaml.completion': true,
    },
  ],
];
