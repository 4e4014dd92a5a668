import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 20 §1, "before a backup counts": every backup's copy has both hash chains checked in full before it is a
 * good backup; its heads go into the backups index, and a copy whose chain breaks is kept, marked, and not counted.
 */
describe('hash chains in backups', () => {
  let backend: TestBackend;
  let location: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    location = join(backend.home, 'chain.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    for (const serial of [1, 2, 3]) expectOk(await backend.fund['members.register'](memberInput(serial)));
  });
  afterEach(() => backend.close());

  const one = (sql: string) => backend.db().prepare(sql).pluck().get() as number | string;
  const indexOf = (fundUuid: string) =>
    JSON.parse(readFileSync(join(backend.home, 'Backups', fundUuid, 'index.json'), 'utf8')) as {
      backups: { fileName: string; chains: unknown }[];
    };

  it('records each chain head of the copy (last row, link and rows) in the backup and its index', async () => {
    const made = expectOk(await backend.fund['backups.make']({}));
    // The backup's own log row is written after the copy: the copy's audit head is the row before it.
    const auditHead = one("SELECT max(row_id) FROM chain_links WHERE chain = 'audit'") as number;
    const copy = new Database(join(backend.home, 'Backups', one('SELECT uuid FROM fund') as string, made.fileName), { readonly: true });
    const copyHead = copy.prepare("SELECT row_id AS rowId, link FROM chain_links WHERE chain = 'audit' ORDER BY row_id DESC LIMIT 1").get();
    const copyRows = copy.prepare('SELECT count(*) FROM audit_events').pluck().get();
    copy.close();
    expect(made.chains).toEqual({ heads: { journal: null, audit: { ...(copyHead as object), rows: copyRows } }, broken: null });
    expect(made.chains?.heads.audit?.rowId).toBeLessThan(auditHead);
    const index = indexOf(one('SELECT uuid FROM fund') as string);
    expect(index.backups[0]?.chains).toEqual(made.chains);
    expect(expectOk(await backend.fund['backups.list']({}))[0]?.chains).toEqual(made.chains);
    expect(expectOk(await backend.fund['backups.status']({})).lastGood?.fileName).toBe(made.fileName);
  });

  it('a copy whose chain breaks is kept and marked, does not count as the last good backup, and says why', async () => {
    const good = expectOk(await backend.fund['backups.make']({}));
    // An old audit row deleted outside the app after an open checked it: the next open reads only what is new, so
    // the fund opens for work, and only a full check finds the row gone.
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    expectOk(await backend.app['funds.open']({ location }));
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    const outside = new Database(location);
    outside.exec('DROP TRIGGER audit_immutable_delete');
    const removed = outside.prepare('SELECT min(id) + 1 FROM audit_events').pluck().get() as number;
    outside.prepare('DELETE FROM audit_events WHERE id = ?').run(removed);
    outside.close();
    expect(expectOk(await backend.app['funds.open']({ location })).readOnly).toBeNull();

    const refused = await backend.fund['backups.make']({});
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('backup-chain-broken');
    expect(refused.error.params).toMatchObject({ chain: 'audit', rowId: removed, problem: 'removed' });
    expect(refused.error.message.th).toContain(`รายการที่ ${removed} ถูกลบ`);
    expect(refused.error.message.en).toContain('does not count as a good backup');

    const status = expectOk(await backend.fund['backups.status']({}));
    expect(status.lastGood?.fileName).toBe(good.fileName);
    expect(status.failuresInARow).toBe(1);
    expect(status.lastProblem?.code).toBe('backup-chain-broken');
    const listed = expectOk(await backend.fund['backups.list']({}));
    const marked = listed.find((backup) => backup.fileName !== good.fileName);
    expect(marked?.chains?.broken).toEqual({ chain: 'audit', rowId: removed, problem: 'removed' });
    expect(existsSync(join(backend.home, 'Backups', one('SELECT uuid FROM fund') as string, marked?.fileName ?? ''))).toBe(true);
    expect(listed.find((backup) => backup.fileName === good.fileName)?.chains?.broken).toBeNull();
  });
});
