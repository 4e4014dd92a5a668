import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFundRecords } from '../../../../electron/backend/db/region/region-repository';
import { pinFund } from '../../../../electron/backend/region/officer-actions';
import { verifySyncFile, type VerifiedFile } from '../../../../electron/backend/sync/verify-sync-file';
import { recordPartShortNames } from '../../../../shared/api/sync-format';
import { memberInput } from '../../../support/builders';
import { expectOk } from '../../../support/test-backend';
import { buildWorld, type World } from '../../../support/write-examples';
import { exportFile, importInto, importOptions, withWorkspace, workspacePath } from '../region/region-fixture';

/**
 * Issue 18 §2: "full or incremental since the last export". An incremental file carries the records new or
 * changed since the fund's last file and the keys of those gone; applied on top of the workspace's copy of that
 * last file, it gives the same records a full file would.
 */
describe('incremental sync files', () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });
  afterEach(() => world.backend.close());

  async function read(location: string): Promise<VerifiedFile> {
    const check = await verifySyncFile(location, { keepRecords: true });
    if (!check.ok) throw new Error(`${check.reason} ${check.detail}`);
    return check;
  }

  function count(file: VerifiedFile, part: string): number {
    return file.manifest.parts.find((entry) => entry.name === `records/${part}.jsonl`)?.records ?? -1;
  }

  /** A new member, and a receipt voided: one record added, one member-year gone. */
  async function changeTheFund(): Promise<void> {
    expectOk(await world.backend.fund['members.register'](memberInput(77)));
    expectOk(
      await world.backend.fund['contributions.void']({
        requestId: 'incremental-void',
        receiptId: world.paid.receiptId,
        voidedOn: '2026-11-20',
        reason: 'รับเงินผิดคน',
      }),
    );
  }

  it('carries only what changed, and the keys of what is gone, chained to the last file', async () => {
    const first = await read(await exportFile(world));
    expect(first.manifest.kind).toBe('full');
    expect(count(first, 'removed')).toBe(0);
    const unchanged = await read(await exportFile(world, 'incremental'));
    expect(unchanged.manifest).toMatchObject({ kind: 'incremental', sequence: 2, previousSha256: first.manifestSha256 });
    expect(unchanged.manifest.parts.every((part) => part.records === 0)).toBe(true);

    await changeTheFund();
    const changed = await read(await exportFile(world, 'incremental'));
    expect(changed.manifest).toMatchObject({ kind: 'incremental', sequence: 3, previousSha256: unchanged.manifestSha256 });
    expect(count(changed, 'members')).toBe(1);
    const year = world.backend.db().prepare('SELECT fiscal_year FROM receipts WHERE id = ?').pluck().get(world.paid.receiptId) as number;
    const memberUuid = world.backend.db().prepare('SELECT uuid FROM members WHERE id = ?').pluck().get(world.paid.memberId) as string;
    expect(changed.records.get('records/removed.jsonl')).toEqual([{ key: `${memberUuid}/${year}`, part: 'member-years' }]);
    // The status form is always whole: the collector's table reads it from every file.
    expect(changed.manifest.statusForm.bytes).toBeGreaterThan(0);
    const history = expectOk(await world.backend.fund['sync.exports']({})).exports;
    expect(history.map((row) => [row.sequence, row.kind])).toEqual([
      [3, 'incremental'],
      [2, 'incremental'],
      [1, 'full'],
    ]);
  });

  it('refuses a changes-only file before any full one, naming the field, and writes nothing', async () => {
    const refused = await world.backend.fund['sync.export']({ kind: 'incremental' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'sync-incremental-without-base', field: 'kind' } });
    if (!refused.ok) {
      expect(refused.error.message.th).toContain('ชนิดไฟล์');
      expect(refused.error.message.en).toContain('File kind');
    }
    expect(expectOk(await world.backend.fund['sync.exports']({})).exports).toEqual([]);
    expect(readdirSync(join(world.backend.home))).not.toContain('sync');
    const bad = await world.backend.fund['sync.export']({ kind: 'partial' } as never);
    expect(bad).toMatchObject({ ok: false, error: { field: 'kind' } });
  });

  it('applied on the workspace’s copy, gives the records a full file gives; a first file must be full', async () => {
    const workspace = workspacePath(world);
    const fundUuid = world.backend.db().prepare('SELECT uuid FROM fund').pluck().get() as string;
    const first = await exportFile(world);
    const [waiting] = await importInto(workspace, [first]);
    expect(waiting).toMatchObject({ outcome: 'new-fund' });
    const { manifest } = await read(first);
    await withWorkspace(workspace, (open) =>
      pinFund(open, { fundUuid: manifest.fund.uuid, fingerprint: manifest.key.fingerprint }, importOptions),
    );
    await changeTheFund();
    const incremental = await exportFile(world, 'incremental');
    expect(await importInto(workspace, [incremental])).toMatchObject([{ outcome: 'imported', sequence: 2 }]);
    const applied = await withWorkspace(workspace, (open) =>
      Object.fromEntries(recordPartShortNames.map((part) => [part, readFundRecords(open.connection, fundUuid, part)])),
    );

    // A second workspace given one full file of the fund as it is now holds the same records.
    const other = join(world.backend.home, 'region', 'other.swregion');
    const full = await exportFile(world);
    await importInto(other, [full]);
    const { manifest: fullManifest } = await read(full);
    await withWorkspace(other, (open) =>
      pinFund(open, { fundUuid: fullManifest.fund.uuid, fingerprint: fullManifest.key.fingerprint }, importOptions),
    );
    const whole = await withWorkspace(other, (open) =>
      Object.fromEntries(recordPartShortNames.map((part) => [part, readFundRecords(open.connection, fundUuid, part)])),
    );
    expect(applied).toEqual(whole);
    expect(applied['members']?.length).toBeGreaterThan(1);

    // The fund's next changes-only file, the first a workspace sees of the fund: refused once the key is pinned.
    const next = await exportFile(world, 'incremental');
    const lone = join(world.backend.home, 'region', 'lone.swregion');
    expect(await importInto(lone, [next])).toMatchObject([{ outcome: 'new-fund' }]);
    const pinned = await withWorkspace(lone, (open) => pinFund(open, { fundUuid, fingerprint: manifest.key.fingerprint }, importOptions));
    expect(pinned).toMatchObject({ ok: true, value: { outcomes: [{ outcome: 'rejected', reason: 'needs-full-file' }] } });
  });
});
