// Types for check-layers.mjs, for test/layers.test.ts (keep in sync with it).
/** Every break of the layer rule in root/src, one `src/file:line: …` line each; empty when there is none. */
export declare function checkLayers(root: string): string[];
