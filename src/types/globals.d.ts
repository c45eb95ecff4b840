/** Build-time constants set by build.mjs (esbuild `define`) and vitest's config. */
declare const __FIREFOX__: boolean;
declare const __DEV__: boolean;
