import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost } from '../../../electron/backend/create-host';
import { latestVersion, loadMigrations } from '../../../electron/backend/db/migrate';
import { fundInput, memberInput } from '../../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function origin(path: string): unknown {
  const copy = new Database(path, { readonly: true });
  try {
    return copy.prepare('SELECT intent, source_fund_uuid AS sourceFundUuid, source_file AS sourceFile FROM copy_origin').get();
  } finally {
    copy.close();
  }
}

/** "Save a copy" of a fund (issue 15 item 2): the backup API into a new file, from an open fund or from a file. */
describe('save a copy', () => {
  let backend: TestBackend;
  let original: string;
  let uuid: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    original = join(backend.home, 'original.swfund');
    uuid = expectOk(await backend.app['funds.create'](fundInput(original))).profile.uuid;
    expectOk(await backend.fund['members.register'](memberInput(1)));
  });
  afterEach(() => backend.close());

  it('copies the open fund, verified, saying in the copy that it is the same fund moved, and in the source where it went', async () => {
    const location = join(backend.home, 'to-new-laptop.swfund');
    const saved = expectOk(await backend.app['funds.saveCopy']({ source: { fund: backend.handle() }, location, intent: 'same-fund' }));
    expect(saved).toMatchObject({ location, intent: 'same-fund', fundUuid: uuid });
    expect(sha256(location)).toBe(saved.sha256);
    expect(existsSync(`${location}-wal`)).toBe(false);
    expect(origin(location)).toEqual({ intent: 'same-fund', sourceFundUuid: uuid, sourceFile: original });
    // The source stays open and its audit log names the copy.
    const audit = backend.db().prepare("SELECT method, after_json FROM audit_events WHERE entity = 'fund-copy'").all() as {
      method: string;
      after_json: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]?.method).toBe('funds.saveCopy');
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ intent: 'same-fund', destination: location });
    expectOk(await backend.fund['members.register'](memberInput(2)));
    // The copy opens as the same fund, with what was there when it was made.
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    const reopened = expectOk(await backend.app['funds.open']({ location }));
    expect(reopened.profile.uuid).toBe(uuid);
    expect(expectOk(await backend.fund['members.search']({ query: '' })).total).toBe(1);
  });

  it('copies a fund file that is not open: opened briefly as the source and closed again, a separate copy', async () => {
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    const location = join(backend.home, 'practice.swfund');
    const saved = expectOk(await backend.app['funds.saveCopy']({ source: { location: original }, location, intent: 'separate' }));
    expect(saved.intent).toBe('separate');
    expect(origin(location)).toMatchObject({ intent: 'separate', sourceFundUuid: uuid });
    // Closed again: another process may open the source now.
    const other = createHost({ home: backend.home, locationMode: 'path', log: () => undefined });
    try {
      expect(await other.dispatch('app', 'funds.open', { location: original })).toMatchObject({ ok: true });
    } finally {
      other.close();
    }
  });

  it('copies a fund already open when named by its file, leaving it open', async () => {
    const location = join(backend.home, 'named.swfund');
    expectOk(await backend.app['funds.saveCopy']({ source: { location: original }, location, intent: 'same-fund' }));
    expect(expectOk(await backend.app['funds.current']({ fund: backend.handle() }))?.location).toBe(original);
    expectOk(await backend.fund['members.register'](memberInput(2)));
  });

  it('copies a file from an older app version without changing it: the copy is brought up to date, never the file', async () => {
    const old = join(backend.home, 'old.swfund');
    copyFileSync(join(__dirname, '../../fixtures/fund-schema-4.swfund'), old);
    const before = createHash('sha256').update(readFileSync(old)).digest('hex');
    const location = join(backend.home, 'old-copy.swfund');
    expectOk(await backend.app['funds.saveCopy']({ source: { location: old }, location, intent: 'same-fund' }));
    const copy = new Database(location, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(latestVersion(loadMigrations()));
    copy.close();
    // Its owner's older app still opens it.
    expect(createHash('sha256').update(readFileSync(old)).digest('hex')).toBe(before);
  });

  it('refuses a copy over an existing file, a missing source, two sources or none, writing nothing', async () => {
    const taken = join(backend.home, 'taken.swfund');
    writeFileSync(taken, 'someone’s file');
    expect(await backend.app['funds.saveCopy']({ source: { fund: backend.handle() }, location: taken, intent: 'same-fund' })).toMatchObject(
      {
        ok: false,
        error: { code: 'file-exists', field: 'location' },
      },
    );
    expect(readFileSync(taken, 'utf8')).toBe('someone’s file');
    const elsewhere = join(backend.home, 'elsewhere.swfund');
    expect(
      await backend.app['funds.saveCopy']({
        source: { location: join(backend.home, 'missing.swfund') },
        location: elsewhere,
        intent: 'same-fund',
      }),
    ).toMatchObject({ ok: false, error: { code: 'file-not-found', field: 'source.location' } });
    const both = await backend.app['funds.saveCopy']({
      source: { fund: backend.handle(), location: original },
      location: elsewhere,
      intent: 'same-fund',
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'source', params: { reason: 'one-source' } } });
    if (!both.ok) expect(both.error.message.en).toContain('name one source');
    expect(await backend.app['funds.saveCopy']({ source: {}, location: elsewhere, intent: 'same-fund' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', field: 'source' },
    });
    expect(
      await backend.app['funds.saveCopy']({ source: { fund: backend.handle() }, location: elsewhere, intent: 'both' as never }),
    ).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'intent' } });
    expect(existsSync(elsewhere)).toBe(false);
    expect(backend.db().prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'fund-copy'").pluck().get()).toBe(0);
  });
});
