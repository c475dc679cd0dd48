import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { planProblems } from '../compute/check-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { endOf } from '../diagnostics/json.js';
import { EXIT, ExitError } from '../errors.js';
import { type FileCache, loadPlan } from '../plan/load-plan.js';

/**
 * `plan lsp`: a language server over stdio that publishes `plan validate`'s own diagnostics, with their
 * hints and every rule across files (duplicate ids, undeclared councils, missing statuses), while the
 * officer types. Each change re-checks the plan folder of the file: files whose text has not changed
 * keep their parse and checks from the last run (load-plan's cache), so only the edited file is parsed
 * again and the rules across files run again. Built on vscode-languageserver.
 */

/** A plans folder is one that holds plan.yaml (or plan.yml). */
function plansFolderOf(path: string): string | undefined {
  const dir = dirname(path);
  return existsSync(join(dir, 'plan.yaml')) || existsSync(join(dir, 'plan.yml')) ? dir : undefined;
}

/**
 * The local path of a document's URI, or undefined when it has none: another scheme, a file on another
 * machine (file://server/share/…), or an encoded "/" (%2F) that Node refuses. Such a document is not
 * checked; every other document still is.
 */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const { endLine, endColumn } = endOf(d);
  return {
    range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: endLine - 1, character: endColumn - 1 } },
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: 'plan',
    message: d.hint ? `${d.message}\nhint: ${d.hint}` : d.message,
  };
}

type Connection = ReturnType<typeof createConnection>;

/** What the server keeps between runs, per plans folder. */
interface ServerState {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Each file's checks, kept between runs. */
  caches: Map<string, FileCache>;
  /** The files diagnostics were last published for, so that fixed files are cleared. */
  publishedFor: Map<string, Set<string>>;
  /** The run in progress and whether another is wanted after it. */
  running: Map<string, { again: boolean }>;
}

/** The plan's problems by file, as the editor shows them; when the folder cannot be read, that on each open file. */
async function problemsByFile(folder: string, overlay: Map<string, string>, cache: FileCache): Promise<Map<string, LspDiagnostic[]>> {
  const byFile = new Map<string, LspDiagnostic[]>();
  try {
    const diagnostics = planProblems(await loadPlan({ plansDir: folder, cwd: folder, overlay, cache }));
    for (const d of diagnostics) {
      const path = join(folder, d.file);
      byFile.set(path, [...(byFile.get(path) ?? []), toLspDiagnostic(d)]);
    }
  } catch (error) {
    // The folder cannot be read at all (it was removed): say so on the file being edited.
    if (!(error instanceof ExitError)) throw error;
    for (const path of overlay.keys())
      byFile.set(path, [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
          severity: DiagnosticSeverity.Error,
          source: 'plan',
          message: error.message,
        },
      ]);
  }
  return byFile;
}

/** One run over a folder: check it with the open files' text, and publish to every file concerned. */
async function checkOnce(state: ServerState, folder: string): Promise<void> {
  const overlay = new Map<string, string>();
  /** The version of each open file that this run checks, sent with its diagnostics. */
  const versions = new Map<string, number>();
  for (const doc of state.documents.all()) {
    const path = pathOf(doc.uri);
    if (path === undefined || dirname(path) !== folder) continue;
    overlay.set(path, doc.getText());
    versions.set(path, doc.version);
  }
  const cache: FileCache = state.caches.get(folder) ?? new Map();
  state.caches.set(folder, cache);
  const byFile = await problemsByFile(folder, overlay, cache);
  // Every open file hears the result, even "nothing wrong"; files fixed since the last run are cleared.
  for (const path of overlay.keys()) if (!byFile.has(path)) byFile.set(path, []);
  const before = state.publishedFor.get(folder) ?? new Set<string>();
  for (const path of before) if (!byFile.has(path)) byFile.set(path, []);
  for (const [path, diagnostics] of byFile) {
    const version = versions.get(path);
    void state.connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics, ...(version !== undefined ? { version } : {}) });
  }
  state.publishedFor.set(folder, new Set([...byFile].filter(([, d]) => d.length > 0).map(([p]) => p)));
}

/** Check a folder; a change during a run asks for one more run after it, never two at once. */
async function check(state: ServerState, folder: string): Promise<void> {
  const run = state.running.get(folder);
  if (run) {
    run.again = true;
    return;
  }
  const current = { again: false };
  state.running.set(folder, current);
  try {
    do {
      current.again = false;
      await checkOnce(state, folder);
    } while (current.again);
  } finally {
    state.running.delete(folder);
  }
}

export function startServer(): void {
  // LSP gives no way to find the next message after a malformed header (a body may hold any text), so
  // the server ends and the editor starts a fresh one, rather than going silent.
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(
      `plan lsp: the editor sent a message plan cannot read (${error.message.split('\n')[0]}); stopping so the editor restarts plan\n`,
    );
    process.exit(EXIT.usage);
  });
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  const documents = new TextDocuments(TextDocument);
  const state: ServerState = { connection, documents, caches: new Map(), publishedFor: new Map(), running: new Map() };

  const changed = (uri: string) => {
    const path = pathOf(uri);
    if (path === undefined || !/\.ya?ml$/i.test(path)) return;
    const folder = plansFolderOf(path);
    // A bug in a check must not end the server the editor relies on: it is logged to the editor's output.
    if (folder)
      check(state, folder).catch((error: unknown) =>
        connection.console.error(
          `plan: internal error while checking ${folder}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
      );
  };

  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true } },
    serverInfo: { name: 'plan' },
  }));
  documents.onDidOpen((e) => changed(e.document.uri));
  documents.onDidChangeContent((e) => changed(e.document.uri));
  documents.onDidSave((e) => changed(e.document.uri));
  // A closed file is read from the disk again.
  documents.onDidClose((e) => changed(e.document.uri));
  connection.onDidChangeWatchedFiles((e) => {
    for (const c of e.changes) changed(c.uri);
  });
  documents.listen(connection);
  connection.listen();
}
