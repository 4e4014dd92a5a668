import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteBinding, sqliteBindingVariable } from '../../../electron/backend/db/native-binding';
import { openDatabase } from '../../../electron/backend/db/open-database';
import { verifyCopy } from '../../../electron/backend/db/verify-backup';
import { fundInput } from '../../support/builders';
import { createTestBackend, expectOk } from '../../support/test-backend';

/** node_modules' own build of the addon: the one Node loads, so a test can name it as the packaged app names its own. */
const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build/Release/better_sqlite3.node');
const missing = join(dirname(nodeBuild), 'not-here', 'better_sqlite3.node');

/**
 * The SQLite addon named by main in an installed app (issue 20 §4): every connection of the backend, and the backup
 * verifier's worker, load the file the variable names; without it, node_modules' own build.
 */
describe('the native SQLite addon a packaged app names', () => {
  afterEach(() => {
    delete process.env[sqliteBindingVariable];
  });

  it('is read from the environment, an empty value meaning none', () => {
    expect(sqliteBinding({})).toBeUndefined();
    expect(sqliteBinding({ [sqliteBindingVariable]: '' })).toBeUndefined();
    expect(sqliteBinding({ [sqliteBindingVariable]: '/opt/SWF Ledger/resources/native/better_sqlite3.node' })).toBe(
      '/opt/SWF Ledger/resources/native/better_sqlite3.node',
    );
  });

  it('is the addon every backend connection loads', async () => {
    process.env[sqliteBindingVariable] = nodeBuild;
    const named = openDatabase(':memory:');
    expect(named.prepare('SELECT 1 + 1 AS two').get()).toEqual({ two: 2 });
    named.close();
    const backend = createTestBackend();
    try {
      expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'named.swfund'))));
    } finally {
      backend.close();
    }
    // Proof that the option is passed: a file that is not there is what fails.
    process.env[sqliteBindingVariable] = missing;
    expect(() => openDatabase(':memory:')).toThrow(/not-here/);
  });

  it('is the addon the backup verifier’s worker loads', async () => {
    const backend = createTestBackend();
    const location = join(backend.home, 'checked.swfund');
    try {
      expectOk(await backend.app['funds.create'](fundInput(location)));
      expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
      process.env[sqliteBindingVariable] = nodeBuild;
      expect((await verifyCopy(location, 1_000, 'quick')).problems).toEqual([]);
      process.env[sqliteBindingVariable] = missing;
      // The worker answers a failure to load as a problem of the copy, never as a verified one.
      expect((await verifyCopy(location, 1_000, 'quick')).problems.join('\n')).toMatch(/not-here/);
    } finally {
      backend.close();
    }
  });
});
