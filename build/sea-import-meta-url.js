// Injected into the single executable's bundle by build/package.mjs, in place of import-meta-url.js.
// A single executable has no folder of its own files: the report template travels inside it as an asset
// (sea-config "assets"). plan reads its default template from <folder>/templates/default.yaml, where
// <folder> is found from import.meta.url, so the first run writes the template to a folder named after
// its content in the temporary folder, and import.meta.url points there. A later run finds it there.
// (ES module syntax, so that esbuild sees the export.)
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

function templatesHome() {
  const template = Buffer.from(require('node:sea').getAsset('templates/default.yaml'));
  const home = join(tmpdir(), `plan-${createHash('sha256').update(template).digest('hex').slice(0, 16)}`);
  const target = join(home, 'templates', 'default.yaml');
  let current;
  try {
    current = readFileSync(target);
  } catch {
    // Not written yet.
  }
  if (!current?.equals(template)) {
    mkdirSync(join(home, 'templates'), { recursive: true });
    // Written beside and renamed, so that two first runs at once never read half a file.
    const part = `${target}.${process.pid}.part`;
    writeFileSync(part, template);
    renameSync(part, target);
  }
  return home;
}

export const import_meta_url = pathToFileURL(join(templatesHome(), 'bundle', 'plan.cjs')).href;
