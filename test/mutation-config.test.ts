import { execFileSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import vitestConfig from '../vitest.stryker.config.js';
import { ROOT } from './helpers.js';

/**
 * `npm run mutation` is too slow for every run, so its configuration is checked here instead: a
 * misspelt option or a moved test file would otherwise be found only when someone next runs it.
 */

// A plain .mjs file, so that Stryker can read it without a TypeScript loader.
const strykerConfig = (await import(pathToFileURL(join(ROOT, 'stryker.config.mjs')).href)).default;
const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@stryker-mutator/core/schema/stryker-schema.json'), 'utf8'));

describe('the mutation testing configuration', () => {
  it("is valid against Stryker's own schema, with no option it does not know", () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(strykerConfig), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(strykerConfig).filter((k) => !(k in schema.properties))).toEqual([]);
  });

  it('mutates source files that exist', () => {
    const present = strykerConfig.mutate.filter((pattern: string) => globSync(pattern, { cwd: ROOT }).length > 0);
    // src/report/ may not exist yet: every other pattern must match something.
    expect(strykerConfig.mutate.filter((p: string) => !present.includes(p) && !p.startsWith('src/report/'))).toEqual([]);
  });

  it('runs test files that exist and call src/ in this process', () => {
    expect(existsSync(join(ROOT, strykerConfig.vitest.configFile))).toBe(true);
    const files = vitestConfig.test?.include ?? [];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toMatch(/from '\.\.\/src\//);
    }
  });

  it('points tsconfigFile at no file, so that Stryker skips the rewrite TypeScript 7 cannot do', () => {
    expect(existsSync(join(ROOT, strykerConfig.tsconfigFile))).toBe(false);
  });

  it('documents only commands that exist, with options Stryker knows', () => {
    const docs = readFileSync(join(ROOT, 'docs/mutation.md'), 'utf8');
    const commands = [...docs.matchAll(/```sh\n([^`]*)```/g)].flatMap((m) => m[1]!.trim().split('\n'));
    expect(commands.length).toBeGreaterThan(0);
    const help = execFileSync(process.execPath, [join(ROOT, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', '--help'], {
      encoding: 'utf8',
    });
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    for (const command of commands) {
      expect(command, command).toMatch(/^npm run mutation(?: -- |$)/);
      expect(scripts.mutation).toMatch(/stryker run$/);
      for (const option of command.match(/ --\w+/g) ?? []) expect(help, command).toContain(option.trim());
    }
  });
});
