import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { BIN, SHIPPED_PLANS } from './helpers.js';

/**
 * `plan lsp`, driven as an editor drives it: the built binary over stdio, initialize, didOpen and
 * didChange, and the diagnostics it publishes read back.
 */

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
}

const root = mkdtempSync(join(tmpdir(), 'plan-lsp-'));
const plans = join(root, 'plans');
let server: ChildProcess;
let connection: MessageConnection;
let stderr = '';
/** Every publication, in order, with when it arrived. */
const published: Array<{ uri: string; version?: number; diagnostics: LspDiagnostic[]; at: number }> = [];

beforeAll(async () => {
  cpSync(SHIPPED_PLANS, plans, { recursive: true });
  server = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: root });
  server.stderr!.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: LspDiagnostic[] }) => {
    published.push({ ...p, at: performance.now() });
  });
  connection.listen();
  const init = await connection.sendRequest<{ capabilities: { textDocumentSync: { change: number } }; serverInfo: { name: string } }>(
    'initialize',
    {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {},
      workspaceFolders: null,
    },
  );
  expect(init.serverInfo.name).toBe('plan');
  expect(init.capabilities.textDocumentSync.change).toBe(2);
  connection.sendNotification('initialized', {});
}, 30_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

const F82 = join(plans, '8.2-value-for-money-and-transparency.yaml');
const F81 = join(plans, '8.1-engagement-and-communication.yaml');
const uri = (p: string) => pathToFileURL(p).href;

type Publication = { version?: number; diagnostics: LspDiagnostic[]; at: number };

/**
 * Wait for the first publication for `path` after `since` that `wanted` accepts (by default any): the
 * server may still be publishing the result of an earlier keystroke when the next one is sent.
 */
async function next(path: string, since: number, wanted: (p: Publication) => boolean = () => true): Promise<Publication> {
  for (let waited = 0; waited < 20_000; waited += 5) {
    const found = published.find((p) => p.uri === uri(path) && p.at > since && wanted(p));
    if (found) return found;
    await new Promise((done) => setTimeout(done, 5));
  }
  throw new Error(`plan lsp published nothing for ${path} in 20 s; stderr: ${stderr}`);
}

describe('plan lsp (a language server over stdio)', () => {
  it('publishes nothing wrong for the shipped plan when a file is opened', async () => {
    const since = performance.now();
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(F82), languageId: 'yaml', version: 1, text: readFileSync(F82, 'utf8') },
    });
    const first = await next(F82, since);
    expect(first.diagnostics).toEqual([]);
  });

  it('publishes the rules across files, with hints, as the officer types (didChange), and clears them when fixed', async () => {
    const original = readFileSync(F82, 'utf8');
    // Three slips typed into the open, unsaved 8.2: an id that 8.1 already uses, a council plan.yaml does
    // not declare, and money written as text.
    const typed = original
      .replace('id: off-contract-spend', 'id: regular-updates')
      .replace('          SNC: 26796', '          SNC: 26796\n          WBC: 100')
      .replace('CDC: 53726', 'CDC: "£53,726"');
    const since = performance.now();
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(F82), version: 2 },
      contentChanges: [{ text: typed }],
    });
    const got = await next(F82, since, (p) => p.version === 2);
    const byCode = new Map(got.diagnostics.map((d) => [d.code, d]));
    expect([...byCode.keys()].sort()).toEqual(expect.arrayContaining(['duplicate-id', 'invalid-money', 'unknown-council']));
    const dup = byCode.get('duplicate-id')!;
    expect(dup.message).toMatch(/action id "regular-updates" is already used at 8\.1-engagement-and-communication\.yaml:\d+/);
    expect(dup.source).toBe('plan');
    const money = byCode.get('invalid-money')!;
    expect(money.message).toBe(
      'write money as a plain number of pounds: 53726 (not "£53,726")\nhint: the report adds the £ sign and the commas itself: replace "£53,726" with 53726',
    );
    const lines = typed.split('\n');
    expect(lines[money.range.start.line]!.slice(money.range.start.character, money.range.end.character)).toBe('"£53,726"');
    const council = byCode.get('unknown-council')!;
    expect(council.message).toContain('WBC');
    expect(council.message).toContain('\nhint: ');
    expect(council.severity).toBe(1);
    // The disk was not touched: the server read the editor's text.
    expect(readFileSync(F82, 'utf8')).toBe(original);

    // Put it right, by an incremental edit of each slip's line, as editors send them.
    const fixedSince = performance.now();
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(F82), version: 3 },
      contentChanges: [{ text: original }],
    });
    expect((await next(F82, fixedSince, (p) => p.version === 3)).diagnostics).toEqual([]);
  });

  it('a change in one file re-publishes another file it affects (8.1 loses its duplicate)', async () => {
    const original81 = readFileSync(F81, 'utf8');
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(F81), languageId: 'yaml', version: 1, text: original81 },
    });
    const since = performance.now();
    // 8.1 takes an id 8.2 uses: 8.2 (later in order) is where the duplicate is reported.
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(F81), version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }],
    });
    await next(F81, since, (p) => p.version === 2);
    const s2 = performance.now();
    const withDup = original81.replace('id: regular-updates', 'id: off-contract-spend');
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(F81), version: 3 },
      contentChanges: [{ text: withDup }],
    });
    const hasDuplicate = (p: Publication) => p.diagnostics.some((d) => d.code === 'duplicate-id');
    const in82 = await next(F82, s2, hasDuplicate);
    expect(in82.diagnostics.find((d) => d.code === 'duplicate-id')?.message).toContain('"off-contract-spend" is already used at 8.1');
    const s3 = performance.now();
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(F81), version: 4 },
      contentChanges: [{ text: original81 }],
    });
    // 8.1's own publication of version 4 comes with 8.2's, from the same run.
    const fixed = await next(F81, s3, (p) => p.version === 4);
    expect(fixed.diagnostics).toEqual([]);
    await new Promise((done) => setTimeout(done, 200));
    // The last word on 8.2 is clean: nothing stale arrives after the fix.
    expect(published.filter((p) => p.uri === uri(F82) && p.at > s3).at(-1)?.diagnostics).toEqual([]);
  });

  it('reports a missing status while typing', async () => {
    const original = readFileSync(F82, 'utf8');
    const since = performance.now();
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(F82), version: 10 },
      contentChanges: [{ text: original.replace('        status: Onward going\n', '') }],
    });
    const got = await next(F82, since, (p) => p.version === 10);
    const missing = got.diagnostics.find((d) => /status/.test(d.message));
    expect(missing?.message, JSON.stringify(got.diagnostics)).toMatch(/status/);
    expect(missing?.severity).toBe(1);
    const s2 = performance.now();
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(F82), version: 11 },
      contentChanges: [{ text: original }],
    });
    expect((await next(F82, s2, (p) => p.version === 11)).diagnostics).toEqual([]);
  });

  it('warns of a status the figures contradict while typing, and not of a negated one that agrees', async () => {
    const original = readFileSync(F82, 'utf8');
    const shipped = 'status: Q3 target shortfall for CDC and SNC';
    // The shipped Q3 figures put CDC and SNC both behind pace.
    const typeStatus = async (status: string, version: number) => {
      const since = performance.now();
      connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(F82), version },
        contentChanges: [{ text: original.replace(shipped, `status: ${status}`) }],
      });
      return (await next(F82, since, (p) => p.version === version)).diagnostics;
    };
    expect(await typeStatus('No longer on track for CDC or SNC', 20)).toEqual([]);
    const [warning, ...rest] = await typeStatus('On track', 21);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'status-against-figures', severity: 2, range: { start: { line: 15 } } });
    expect(warning!.message).toContain('the status says "On track", but the figures put CDC and SNC behind');
    expect(await typeStatus(shipped.slice('status: '.length), 22)).toEqual([]);
  });

  it('ends when the editor says shutdown and exit', async () => {
    const ended = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
    await connection.sendRequest('shutdown');
    connection.sendNotification('exit');
    expect(await ended).toBe(0);
  });
});
