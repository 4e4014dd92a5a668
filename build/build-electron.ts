/**
 * Bundles the Electron shell with esbuild: main and the backend process as ES modules, the sandboxed preload as
 * CommonJS (sandboxed preloads cannot load ES modules). better-sqlite3 stays external: electron-builder ships
 * it rebuilt for Electron's ABI. Run by `npm run build`, never by the tests.
 */
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node' as const, target: 'node22', sourcemap: true, external: ['electron', 'better-sqlite3'], logLevel: 'info' as const };

await build({ ...common, entryPoints: ['electron/main/main.ts', 'electron/main/backend-process.ts'], outdir: 'dist-electron/main', format: 'esm', outExtension: { '.js': '.js' } });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist-electron/preload/preload.cjs', format: 'cjs' });
