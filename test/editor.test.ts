import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { MEASURE_WORDS } from '../src/plan/measures-schema.js';
import { SCHEDULE_EDITOR_WORDS } from '../src/plan/schedule.js';
import { EDITOR_WORDS } from '../src/plan/schema.js';
import { ROOT, SHIPPED_PLANS } from './helpers.js';

/**
 * What an officer's editor shows. VS Code's YAML extension runs yaml-language-server, which reads the
 * modeline at the top of each plan file and checks the file against plan's JSON Schema. This test runs
 * the real language server over stdio, as an editor does, and reads the diagnostics it publishes: they
 * must be plan's own wording, not "Incorrect type. Expected integer".
 */

interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}

const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'plan-editor-'));
let server: ChildProcess;
let connection: MessageConnection;
const published = new Map<string, LspDiagnostic[]>();

beforeAll(async () => {
  copyFileSync(join(SHIPPED_PLANS, 'section.schema.json'), join(dir, 'section.schema.json'));
  copyFileSync(join(SHIPPED_PLANS, 'plan.schema.json'), join(dir, 'plan.schema.json'));
  server = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: LspDiagnostic[] }) => {
    published.set(p.uri, p.diagnostics);
  });
  // The server asks the editor for its settings; an editor with the YAML extension's defaults answers nothing special.
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
    workspaceFolders: null,
  });
  connection.sendNotification('initialized', {});
  connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: { validate: true } } });
}, 30_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Open a document as an editor does and wait for the server's diagnostics of it. */
async function diagnosticsOf(name: string, text: string): Promise<LspDiagnostic[]> {
  const uri = pathToFileURL(join(dir, name)).href;
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  for (let waited = 0; waited < 20_000; waited += 50) {
    const found = published.get(uri);
    if (found) return found;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`yaml-language-server published no diagnostics for ${name} in 20 s`);
}

describe('the editor says what plan validate says (yaml-language-server over LSP)', () => {
  it("shows plan's wording at each mistake of a section file", async () => {
    const text = [
      '# yaml-language-server: $schema=./section.schema.json',
      'section: 8.2',
      'title: Value for Money',
      'actions:',
      '  - id: Off_Contract',
      '    action: Monitor off contract spend',
      '    target:',
      '      measure: savings',
      '      amounts:',
      '        CDC: "£75,000"',
      '    updates:',
      '      Q3:',
      '        rag: Red',
      '        status: 2015',
      '        achieved:',
      '          CDC: 53,726',
      '',
    ].join('\n');
    const shown = (await diagnosticsOf('8.2-value.yaml', text)).map((d) => `${d.range.start.line + 1}: ${d.message}`);
    expect(shown).toEqual(
      expect.arrayContaining([
        `2: ${EDITOR_WORDS.section}`,
        `5: ${EDITOR_WORDS.actionId}`,
        `10: ${EDITOR_WORDS.target}`,
        `13: ${EDITOR_WORDS.rag}`,
        `14: ${EDITOR_WORDS.text}`,
        `16: ${EDITOR_WORDS.money}`,
      ]),
    );
    expect(shown.join('\n')).not.toMatch(/Incorrect type|Value is not accepted|does not match the pattern/);
  }, 30_000);

  it('underlines a target still to confirm for the new year, in plain words, and nothing else', async () => {
    const text = [
      '# yaml-language-server: $schema=./section.schema.json',
      'section: "8.2"',
      'title: Value for Money',
      'actions:',
      '  - id: off-contract',
      '    action: Monitor off contract spend',
      '    target:',
      '      measure: savings',
      '      amounts:',
      '        CDC: 75000',
      '      confirm: "TODO: check these are the 2014/15 targets, then delete this line"',
      '    updates:',
      '      Q1:',
      '        achieved:',
      '          CDC: 0',
      '',
    ].join('\n');
    const shown = (await diagnosticsOf('8.2-confirm.yaml', text)).map((d) => `${d.range.start.line + 1}: ${d.message}`);
    expect(shown).toEqual([`11: ${EDITOR_WORDS.confirmTarget}`]);
  }, 30_000);

  it("shows plan's wording at a lead given as a list, a due date in UK order and a share written with %", async () => {
    const text = [
      '# yaml-language-server: $schema=./section.schema.json',
      'section: "2"',
      'title: Governance',
      'actions:',
      '  - id: standing-orders',
      '    action: Revise the contract standing orders',
      '    lead:',
      '      - Jo Bloggs',
      '    due: 31/12/2014',
      '    target:',
      '      measure: savings',
      '      amounts:',
      '        CDC: 75000',
      '      profile: [10, 20%, 30, 40]',
      '    updates:',
      '      Q1:',
      '        achieved:',
      '          CDC: 0',
      '',
    ].join('\n');
    const shown = (await diagnosticsOf('2-schedule.yaml', text)).map((d) => `${d.range.start.line + 1}: ${d.message}`);
    expect(shown).toEqual(
      expect.arrayContaining([
        `8: ${SCHEDULE_EDITOR_WORDS.lead}`,
        `9: ${SCHEDULE_EDITOR_WORDS.due}`,
        `14: ${SCHEDULE_EDITOR_WORDS.profile}`,
      ]),
    );
    expect(shown.join('\n')).not.toMatch(/Incorrect type|Value is not accepted|does not match the pattern|Array has too few/);
  });

  it("shows plan's wording at each slip in a measure", async () => {
    const text = [
      '# yaml-language-server: $schema=./section.schema.json',
      'section: "8.2"',
      'title: Value for Money',
      'actions:',
      '  - id: off-contract',
      '    action: Monitor off contract spend',
      '    measures:',
      '      Spend_Without_PO:',
      '        name: spend without a purchase order',
      '        unit: percentage',
      '        better: less',
      '        target: { CDC: "5%" }',
      '        amberWithinPercent: 200',
      '    updates:',
      '      Q3:',
      '        status: Onward going',
      '        measures:',
      '          spend-without-po: { CDC: 33% }',
      '',
    ].join('\n');
    const shown = (await diagnosticsOf('8.2-measures.yaml', text)).map((d) => `${d.range.start.line + 1}: ${d.message}`);
    expect(shown).toEqual(
      expect.arrayContaining([
        `8: ${MEASURE_WORDS.measureId}`,
        `10: ${MEASURE_WORDS.unit}`,
        `11: ${MEASURE_WORDS.better}`,
        `12: ${MEASURE_WORDS.value}`,
        `18: ${MEASURE_WORDS.value}`,
      ]),
    );
    expect(shown.join('\n')).not.toMatch(/Incorrect type|Value is not accepted|does not match the pattern/);
  }, 30_000);

  it('finds nothing wrong in the shipped plan', async () => {
    const name = '8.2-value-for-money-and-transparency.yaml';
    expect(await diagnosticsOf(name, readFileSync(join(SHIPPED_PLANS, name), 'utf8'))).toEqual([]);
    expect(await diagnosticsOf('plan.yaml', readFileSync(join(SHIPPED_PLANS, 'plan.yaml'), 'utf8'))).toEqual([]);
  }, 30_000);

  it('is recommended to VS Code users: .vscode/extensions.json names the YAML extension', () => {
    const recommended = JSON.parse(readFileSync(join(ROOT, '.vscode', 'extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(recommended.recommendations).toContain('redhat.vscode-yaml');
  });
});
