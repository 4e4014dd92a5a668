import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { fundApplicationId } from '../../../electron/backend/db/open-fund-file';
import { loadMigrations, migrate } from '../../../electron/backend/db/migrate';
import { fundInput, memberInput } from '../../support/builders';
import { addOverflowAndFreePages, damagePage, filesBeside, pagesByKind, sha256, type PageKind } from '../../support/fund-files';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/** A refusal with a reason, in both languages, never "internal". */
function expectRefused(result: ApiResult<unknown>, code: string): Record<string, unknown> {
  if (result.ok) throw new Error(`expected ${code}, got ok`);
  expect(result.error.code).toBe(code);
  expect(result.error.message.th).not.toBe(code);
  expect(result.error.message.en).not.toBe(code);
  return result.error.params ?? {};
}

/**
 * Damaged and odd files (issue 15 §4): never written to, never answered with "internal", never left locked or
 * with a stray side file. Each is hashed before and after every refused or read-only open.
 */
describe('damaged pages and cut-short files', () => {
  let backend: TestBackend;
  let fixture: string;
  let pageSize: number;
  let pages: Record<PageKind, number>;

  beforeAll(async () => {
    const maker = createTestBackend();
    fixture = join(mkdtempSync(join(tmpdir(), 'swf-pages-fixture-')), 'fixture.swfund');
    expectOk(await maker.app['funds.create'](fundInput(fixture)));
    for (let serial = 1; serial <= 200; serial += 1) expectOk(await maker.fund['members.register'](memberInput(serial)));
    expectOk(await maker.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    expectOk(await maker.app['funds.close']({ fund: maker.handle() }));
    maker.close();
    addOverflowAndFreePages(fixture);
    ({ pageSize, pages } = pagesByKind(fixture));
  });
  afterAll(() => rmSync(join(fixture, '..'), { recursive: true, force: true }));
  afterEach(() => backend?.close());

  const kinds: PageKind[] = [
    'schema-root',
    'schema-leaf',
    'table-interior',
    'table-leaf',
    'index-interior',
    'index-leaf',
    'overflow',
    'freelist-trunk',
  ];

  it.each(kinds)('a damaged %s page: refused for work, looked at read-only if it can be read, never written', async (kind) => {
    backend = createTestBackend();
    const location = join(backend.home, `${kind}.swfund`);
    copyFileSync(fixture, location);
    damagePage(location, kind, pages[kind], pageSize);
    const before = sha256(location);

    const params = expectRefused(await backend.app['funds.open']({ location }), 'file-damaged');
    expect(sha256(location)).toBe(before);
    expect(filesBeside(location)).toEqual([`${kind}.swfund`]);

    const look = await backend.app['funds.open']({ location, readOnly: true });
    if (kind === 'schema-root' || kind === 'schema-leaf') {
      // Without its schema nothing of the fund can be read: there is nothing to look at.
      expectRefused(look, 'file-damaged');
    } else {
      expect(params).toMatchObject({ damage: 'quick-check', offers: 'look' });
      expect(expectOk(look).readOnly).toMatchObject({ reason: 'file-damaged' });
      const search = await backend.fund['members.search']({});
      if (!search.ok) expect(search.error.code).toBe('file-damaged');
      expectRefused(await backend.fund['members.register'](memberInput(900)), 'fund-read-only');
      expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    }
    expect(sha256(location)).toBe(before);
    expect(filesBeside(location)).toEqual([`${kind}.swfund`]);
  });

  it('a damaged free page holds nothing: the fund opens and works', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'free-page.swfund');
    copyFileSync(fixture, location);
    damagePage(location, 'freelist-leaf', pages['freelist-leaf'], pageSize);
    expect(expectOk(await backend.app['funds.open']({ location })).readOnly).toBeNull();
    expect(expectOk(await backend.fund['members.search']({})).total).toBe(200);
  });

  it.each([
    ['empty', () => 0, 'empty'],
    ['header only', () => 60, 'truncated'],
    ['cut mid-page', (size: number) => size - 1000, 'truncated'],
    ['last pages missing', (size: number) => size - 3 * 4096, 'truncated'],
  ] as const)('a file %s is refused as damaged, for work and for a look, and left as it is', async (_name, length, damage) => {
    backend = createTestBackend();
    const location = join(backend.home, 'cut.swfund');
    copyFileSync(fixture, location);
    truncateSync(location, length(statSync(location).size));
    const before = sha256(location);
    const size = statSync(location).size;
    for (const readOnly of [false, true]) {
      expect(expectRefused(await backend.app['funds.open']({ location, readOnly }), 'file-damaged')).toMatchObject({ damage });
    }
    expect(sha256(location)).toBe(before);
    expect(statSync(location).size).toBe(size);
    expect(filesBeside(location)).toEqual(['cut.swfund']);
  });
});

describe('files that are not (yet) funds', () => {
  let backend: TestBackend;
  afterEach(() => backend?.close());

  function sqliteFile(path: string, setUp: (db: Database.Database) => void): string {
    const db = new Database(path);
    setUp(db);
    db.close();
    return sha256(path);
  }

  it('another program’s SQLite file with our application id is refused before anything is written', async () => {
    backend = createTestBackend();
    const cases = [
      (db: Database.Database) => db.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1);'),
      (db: Database.Database) => {
        db.exec('CREATE TABLE fund (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO fund VALUES (1, 1)');
        db.pragma('user_version = 3');
      },
      (db: Database.Database) => {
        db.exec(
          ['fund', 'members', 'accounts', 'journal_entries', 'journal_lines', 'receipts', 'audit_events']
            .map((name) => `CREATE TABLE ${name} (id INTEGER PRIMARY KEY);`)
            .join(''),
        );
        db.exec('INSERT INTO fund VALUES (1)');
        db.pragma('user_version = 2');
      },
    ];
    for (const [index, setUp] of cases.entries()) {
      const location = join(backend.home, `foreign-${index}.swfund`);
      const before = sqliteFile(location, (db) => {
        db.pragma(`application_id = ${fundApplicationId}`);
        setUp(db);
      });
      for (const readOnly of [false, true]) expectRefused(await backend.app['funds.open']({ location, readOnly }), 'not-a-fund-file');
      expect(sha256(location)).toBe(before);
      expect(filesBeside(location)).toEqual([`foreign-${index}.swfund`]);
    }
  });

  it('a half-made fund (user_version 0, or a schema without its fund row) is refused untouched', async () => {
    backend = createTestBackend();
    const bare = join(backend.home, 'bare.swfund');
    const bareHash = sqliteFile(bare, (db) => db.pragma(`application_id = ${fundApplicationId}`));
    const schemaOnly = join(backend.home, 'schema-only.swfund');
    const schemaHash = sqliteFile(schemaOnly, (db) => {
      db.pragma(`application_id = ${fundApplicationId}`);
      migrate(db, loadMigrations());
    });
    for (const [location, before] of [
      [bare, bareHash],
      [schemaOnly, schemaHash],
    ] as const) {
      for (const readOnly of [false, true]) expectRefused(await backend.app['funds.open']({ location, readOnly }), 'fund-file-incomplete');
      expect(sha256(location)).toBe(before);
      expect(filesBeside(location)).toHaveLength(1);
    }
  });

  it('a fund file open in another process says who holds it and since when; an unreadable owner record only hides the names', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'held.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    const second = createTestBackend();
    try {
      const params = expectRefused(await second.app['funds.open']({ location }), 'fund-open-elsewhere');
      expect(params).toMatchObject({ holderMode: 'desktop', holderSince: '2026-11-25T09:00:00.000Z', holderPid: process.pid });
      const refused = await second.app['funds.open']({ location, readOnly: true });
      expectRefused(refused, 'fund-open-elsewhere');
      if (!refused.ok) {
        expect(refused.error.message.th).toContain('ตั้งแต่ 25 พ.ย. 2569');
        expect(refused.error.message.en).toMatch(/since 25 Nov 2569/);
      }
      writeFileSync(`${location}.owner.json`, '{ not json');
      const unnamed = await second.app['funds.open']({ location });
      expect(expectRefused(unnamed, 'fund-open-elsewhere')).not.toHaveProperty('holderMode');
    } finally {
      second.close();
    }
    // The holder was never disturbed.
    expectOk(await backend.fund['members.register'](memberInput(1)));
  });
});

describe('looking without changing', () => {
  let backend: TestBackend;
  afterEach(() => backend?.close());

  const fixture = join(import.meta.dirname, '../../fixtures/fund-schema-4.swfund');

  it('a fund from an older app version is looked at without migrating it, then upgraded when opened for work', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'older.swfund');
    copyFileSync(fixture, location);
    const before = sha256(location);
    const listed = expectOk(await backend.app['funds.list']({}));
    expect(listed.funds).toEqual([]);
    const look = expectOk(await backend.app['funds.open']({ location, readOnly: true }));
    expect(look.readOnly).toMatchObject({ reason: 'older-version', params: { fileVersion: 4 } });
    expect(expectOk(await backend.fund['members.search']({})).total).toBe(4);
    expect(expectOk(await backend.fund['welfare.claims']({})).rows).toHaveLength(2);
    expectRefused(await backend.fund['members.register'](memberInput(9)), 'fund-read-only');
    expectOk(await backend.app['funds.close']({ fund: look.handle }));
    expect(sha256(location)).toBe(before);
    expect(filesBeside(location)).toEqual(['older.swfund']);
    expect(
      readDirOrEmpty(join(backend.home, '.read-only-copies')).flatMap((name) =>
        readDirOrEmpty(join(backend.home, '.read-only-copies', name)),
      ),
    ).toEqual([]);

    const work = expectOk(await backend.app['funds.open']({ location }));
    expect(work.readOnly).toBeNull();
    expect(backend.db().pragma('user_version', { simple: true })).toBeGreaterThan(4);
  });

  it('a look the person chose becomes work when she opens the fund for work', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'fund.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    const before = sha256(location);
    const look = expectOk(await backend.app['funds.open']({ location, readOnly: true }));
    expect(look.readOnly).toEqual({ reason: 'requested', params: {} });
    expectRefused(await backend.fund['members.register'](memberInput(1)), 'fund-read-only');
    expect(sha256(location)).toBe(before);
    const work = expectOk(await backend.app['funds.open']({ location }));
    expect(work.handle).not.toBe(look.handle);
    expect(work.readOnly).toBeNull();
    expectOk(await backend.fund['members.register'](memberInput(1)));
  });

  it('a .swfbak backup opens read-only, with the backup as its reason', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'fund.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    expectOk(
      await backend.app['funds.saveCopy']({
        source: { fund: backend.handle() },
        location: join(backend.home, 'backup.swfund'),
        intent: 'same-fund',
      }),
    );
    copyFileSync(join(backend.home, 'backup.swfund'), join(backend.home, 'fund_2026-11-25T0900_manual.swfbak'));
    const backup = join(backend.home, 'fund_2026-11-25T0900_manual.swfbak');
    const before = sha256(backup);
    const opened = expectOk(await backend.app['funds.open']({ location: backup }));
    expect(opened.readOnly).toMatchObject({ reason: 'backup-file' });
    expectRefused(await backend.fund['members.register'](memberInput(1)), 'fund-read-only');
    expectOk(await backend.app['funds.close']({ fund: opened.handle }));
    expect(sha256(backup)).toBe(before);
    expect(filesBeside(backup)).toEqual(['fund_2026-11-25T0900_manual.swfbak']);
  });
});

function readDirOrEmpty(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
