/**
 * Bundles the Electron shell with esbuild into dist-electron/: main and the backend process as ES modules, the
 * sandboxed preload as CommonJS (a sandboxed preload cannot load ES modules or most Node modules, so the
 * contracts it lists are bundled in). better-sqlite3 stays external: electron-builder ships it rebuilt for
 * Electron's ABI. Run by `npm run build:electron`, never by the tests.
 */
import { build, type BuildOptions } from 'esbuild';

const common: BuildOptions = { bundle: true, sourcemap: true, legalComments: 'none', logLevel: 'info', external: ['electron'] };

// Bundled CommonJS dependencies may still call require(); an ES module bundle has none unless we make one.
const requireShim =
  "import { createRequire as __swfCreateRequire } from 'node:module'; const require = __swfCreateRequire(import.meta.url);";

await build({
  ...common,
  entryPoints: ['electron/main/main.ts', 'electron/main/backend-process.ts'],
  outdir: 'dist-electron/main',
  platform: 'node',
  target: 'node22',
  format: 'esm',
  external: ['electron', 'better-sqlite3'],
  banner: { js: requireShim },
});

// The backup verifier runs in a worker thread beside the backend (electron/backend/db/verify-backup.ts finds it
// next to the module that starts it).
await build({
  ...common,
  entryPoints: ['electron/backend/db/verify-worker.mjs'],
  outfile: 'dist-electron/main/verify-worker.mjs',
  platform: 'node',
  target: 'node22',
  format: 'esm',
  external: ['better-sqlite3'],
  banner: { js: requireShim },
});

await build({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist-electron/preload/preload.cjs',
  platform: 'node',
  target: 'chrome130',
  format: 'cjs',
});
