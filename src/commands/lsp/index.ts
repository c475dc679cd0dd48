import { Command } from 'commander';

export function lspCommand(): Command {
  return new Command('lsp')
    .summary("a language server: plan validate's messages in your editor as you type")
    .description(
      "Run a language server over stdin and stdout (LSP), for editors. It publishes plan validate's own " +
        'diagnostics, with their hints and every rule across files (a duplicate id, an undeclared council, a ' +
        'missing status), for every file of the plans folder of the file being edited, as you type. Editors start ' +
        'it themselves; see "In your editor" in docs/ci-and-editors.md for VS Code, Neovim and Helix.',
    )
    .option('--stdio', 'talk over stdin and stdout (the default and only way; accepted because editors pass it)')
    .action(async () => {
      const { startServer } = await import('../../lsp/server.js');
      startServer();
      // The server runs until the editor closes the connection; commander's promise must not end the process.
      await new Promise<never>(() => undefined);
    });
}
