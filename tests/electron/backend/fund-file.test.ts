import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createHost } from '../../../electron/backend/create-host';
import { fundInput } from '../../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('fund files', () => {
  let backend: TestBackend;
  afterEach(() => backend?.close());

  it('creates a fund with its first plan, reopens it and lists it as recent', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'sap-anan.swfund');
    const created = expectOk(await backend.app['funds.create'](fundInput(location)));
    expect(created.profile.name).toBe('กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์');
    expect(created.profile.isCodeProvisional).toBe(true);
    expect(created.profile.fundCode).toBe('860214-01');
    expect(created.profile.fiscalYearStartMonth).toBe(10);
    const plan = expectOk(await backend.fund['plan.list']({}));
    expect(plan).toEqual([
      {
        id: 1,
        effectiveFrom: '2024-01-01',
        monthlySatang: 3000,
        entryFeeSatang: 2000,
        bundles: [{ months: 12, priceSatang: 36500 }],
        usedBy: null,
      },
    ]);
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    expect((await backend.fund['fund.get']({})).ok).toBe(false);
    const reopened = expectOk(await backend.app['funds.open']({ location }));
    expect(reopened.profile.uuid).toBe(created.profile.uuid);
    const recent = expectOk(await backend.app['funds.recent']({}));
    expect(recent[0]?.location).toBe(location);
    expect(backend.db().pragma('synchronous', { simple: true })).toBe(2);
    expect(backend.db().pragma('foreign_keys', { simple: true })).toBe(1);
    expect(backend.db().pragma('locking_mode', { simple: true })).toBe('exclusive');
    expect(backend.db().pragma('trusted_schema', { simple: true })).toBe(0);
  });

  it('refuses a founding date in the future and leaves no file behind', async () => {
    backend = createTestBackend('2026-11-25');
    const location = join(backend.home, 'future.swfund');
    const result = await backend.app['funds.create'](fundInput(location, { foundedOn: '2027-01-01' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('date-in-future');
      expect(result.error.field).toBe('profile.foundedOn');
      expect(result.error.message.th).toContain('วันก่อตั้ง');
      expect(result.error.message.en).toContain('Founding date');
    }
    expect(existsSync(location)).toBe(false);
  });

  it('refuses a file that is not a fund file and leaves it byte for byte untouched', async () => {
    backend = createTestBackend();
    const text = join(backend.home, 'notes.swfund');
    writeFileSync(text, 'บันทึกการประชุม — not a database at all\n'.repeat(20));
    const other = join(backend.home, 'other.swfund');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    foreign.close();
    for (const path of [text, other]) {
      const before = fileHash(path);
      const result = await backend.app['funds.open']({ location: path });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('not-a-fund-file');
        expect(result.error.message.th).toContain('ไม่ใช่แฟ้มกองทุน');
      }
      expect(fileHash(path)).toBe(before);
      expect(existsSync(`${path}-wal`)).toBe(false);
    }
  });

  it('refuses a file from a newer app version untouched', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'newer.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    const raw = new Database(location);
    raw.pragma('user_version = 999');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fileHash(location);
    const result = await backend.app['funds.open']({ location });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('fund-file-newer');
      expect(result.error.params?.fileVersion).toBe(999);
    }
    expect(fileHash(location)).toBe(before);
  });

  it('tells a second opener that the fund is open elsewhere', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'busy.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    const second = createHost({ home: backend.home, locationMode: 'path', log: () => undefined });
    const result = await second.dispatch('app', 'funds.open', { location });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('fund-open-elsewhere');
    second.close();
  });

  it('saves a copy with the backup API that opens as the same fund', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'original.swfund');
    const created = expectOk(await backend.app['funds.create'](fundInput(location)));
    const copy = join(backend.home, 'copy.swfund');
    expectOk(await backend.app['funds.saveCopy']({ source: { fund: backend.handle() }, location: copy, intent: 'same-fund' }));
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    const reopened = expectOk(await backend.app['funds.open']({ location: copy }));
    expect(reopened.profile.uuid).toBe(created.profile.uuid);
  });

  it('answers unknown methods and malformed input with codes, never throws', async () => {
    backend = createTestBackend();
    const unknown = await backend.host.dispatch('fund', 'members.drop', {});
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('unknown-method');
    const noFund = await backend.host.dispatch('fund', 'fund.get', {});
    expect(noFund).toMatchObject({ ok: false, error: { code: 'fund-not-open' } });
    const unknownFund = await backend.host.dispatch('fund', 'fund.get', {}, 'no-such-handle-0001');
    expect(unknownFund).toMatchObject({ ok: false, error: { code: 'fund-not-open' } });
    const bad = await backend.host.dispatch('app', 'funds.create', { location: 5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('bad-input');
      expect(bad.error.field).toBe('location');
    }
  });
});
