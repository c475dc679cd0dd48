// Types for source-hash.mjs, the build step that test/build-global.ts shares (keep in sync with it).
export declare function sourceHash(root: string): string;
export declare const STAMP: string;
