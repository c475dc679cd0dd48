import { spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { BIN, SHIPPED_PLANS, tempFolders } from './helpers.js';

/** plan lsp under an editor's odd addresses and a broken message (issue 21, item 9). */

const temp = tempFolders('plan-lsp-hostile-');
afterAll(temp.removeAll);

function startServer() {
  const server = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr!.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const published: Array<{ uri: string; diagnostics: Array<{ code: string }> }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: (typeof published)[number]) => {
    published.push(p);
  });
  connection.listen();
  return { server, connection, published, stderr: () => stderr };
}

describe('plan lsp', () => {
  it('a document with an address that is not a local path affects only itself', async () => {
    const root = temp.make();
    const plans = join(root, 'plans');
    cpSync(SHIPPED_PLANS, plans, { recursive: true });
    const { server, connection, published, stderr } = startServer();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
      connection.sendNotification('initialized', {});
      // Two documents Node cannot turn into a local path, opened first.
      for (const odd of ['file://server/share/plans/1.1-x.yaml', `${pathToFileURL(plans).href}/a%2Fb.yaml`])
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: odd, languageId: 'yaml', version: 1, text: 'x: 1\n' } });
      // Then a real plan file with a slip in it.
      const file = join(plans, '8.2-value-for-money-and-transparency.yaml');
      const text = readFileSync(file, 'utf8').replace('CDC: 53726', 'CDC: "£53,726"');
      connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: pathToFileURL(file).href, languageId: 'yaml', version: 1, text },
      });
      const uri = pathToFileURL(file).href;
      for (let waited = 0; waited < 20_000 && !published.some((p) => p.uri === uri); waited += 20)
        await new Promise((r) => setTimeout(r, 20));
      const mine = published.find((p) => p.uri === uri);
      expect(mine, stderr()).toBeDefined();
      expect(mine!.diagnostics.map((d) => d.code)).toContain('invalid-money');
      expect(stderr()).not.toContain('internal error');
    } finally {
      connection.dispose();
      server.kill();
    }
  });

  it('after a malformed header it stops (exit 2) so that the editor starts it again, instead of going silent', async () => {
    const { server, connection, stderr } = startServer();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    const exited = new Promise<number | null>((done) => server.on('exit', (code) => done(code)));
    server.stdin!.write('Content-Lenght: 2\r\n\r\n{}');
    const code = await Promise.race([exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 10_000))]);
    if (code === 'still running') server.kill();
    connection.dispose();
    expect(code).toBe(2);
    expect(stderr()).toContain('plan lsp: the editor sent a message plan cannot read');
  });
});
