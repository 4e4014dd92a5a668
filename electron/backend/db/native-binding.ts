/**
 * Where the packaged app finds better-sqlite3's native addon (issue 20 §4). The tests and the CLI run under Node and
 * load node_modules' own build; the installer ships a second build, made for Electron's ABI by electron-builder's
 * `npmRebuild` at package time, as an extra resource beside app.asar. Main names it in this variable when it
 * starts the backend process from a packaged app, and every connection the backend opens passes it to
 * better-sqlite3 as `nativeBinding`. Plain data and no import of better-sqlite3 or electron, so main and the tests
 * read the same names; build/electron-builder.json's extraResources puts the file at `packagedSqliteBinding`.
 */
export const sqliteBindingVariable = 'SWF_SQLITE_BINDING';

/** The addon's place inside an installed app, under Electron's `process.resourcesPath`. */
export const packagedSqliteBinding = ['native', 'better_sqlite3.node'] as const;

/** The addon this process should load, or undefined for node_modules' own build (Node, tests, `npm start`). */
export function sqliteBinding(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = environment[sqliteBindingVariable];
  return path === undefined || path === '' ? undefined : path;
}
