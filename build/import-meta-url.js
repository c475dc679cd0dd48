// Injected into the CommonJS bundle by esbuild (package.json "bundle"): the bundle's own URL, where
// the ES module sources read import.meta.url. With it, dist/bundle/plan.cjs runs on its own.
// (ES module syntax, so that esbuild sees the export; require and __filename are the bundle's own.)
export const import_meta_url = require('node:url').pathToFileURL(__filename).href;
