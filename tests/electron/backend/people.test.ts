import { afterEach, describe, expect, it } from 'vitest';
import { roles } from '../../../shared/domain/people/roles';
import { tableCounts } from '../../support/ledger-checks';
import { expectOk, type TestBackend } from '../../support/test-backend';
import { bareFund } from '../../support/write-examples';
import { memberInput } from '../../support/builders';

type AuditRow = { actor: string; method: string; entity: string; after_json: string | null };

function auditRows(backend: TestBackend, method: string): AuditRow[] {
  return backend
    .db()
    .prepare('SELECT actor, method, entity, after_json FROM audit_events WHERE method = ? ORDER BY id')
    .all(method) as AuditRow[];
}

/** Closes the fund's window and opens it again: a new window, with no one chosen yet. */
async function reopen(backend: TestBackend): Promise<void> {
  expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
  expectOk(await backend.app['funds.open']({ location: `${backend.home}/fund.swfund` }));
}

describe('people and roles on a shared PC (issue 20 §2)', () => {
  let backend: TestBackend | undefined;
  afterEach(() => backend?.close());

  it('a fund with one person never asks: she holds every role and her changes carry her name as before', async () => {
    backend = await bareFund();
    const current = expectOk(await backend.fund['people.current']({}));
    expect(current).toMatchObject({ person: { actorKey: 'treasurer', displayName: 'เหรัญญิก', hasPin: false }, roles, activePeople: 1 });
    expectOk(await backend.fund['members.register'](memberInput(1)));
    expect(auditRows(backend, 'members.register').map((row) => row.actor)).toEqual(['treasurer']);
  });

  it('asks who is at the PC once there are two people; a PIN is needed, a wrong one refused, and her changes carry her key', async () => {
    backend = await bareFund();
    const somsri = expectOk(await backend.fund['people.add']({ displayName: 'นางสมศรี ใจงาม', roles: ['secretary'], pin: '4826' }));
    // The PIN is kept as an scrypt hash with its salt and parameters, never as typed.
    const stored = backend.db().prepare('SELECT pin_hash, pin_salt, pin_kdf FROM people WHERE id = ?').get(somsri.id) as Record<
      string,
      string
    >;
    expect(Object.values(stored).join(' ')).not.toContain('4826');
    expect(JSON.parse(stored.pin_kdf ?? '{}')).toMatchObject({ name: 'scrypt', N: 32768, r: 8, p: 1 });
    expect(somsri).toMatchObject({ hasPin: true, roles: ['secretary'], active: true });
    expect(JSON.stringify(auditRows(backend, 'people.add'))).not.toContain('4826');

    await reopen(backend);
    const nobody = await backend.fund['members.register'](memberInput(1));
    expect(nobody.ok ? 'ok' : nobody.error).toMatchObject({ code: 'person-required' });
    const chooser = expectOk(await backend.fund['people.list']({}));
    expect(chooser.map((person) => person.displayName)).toEqual(['นางสมศรี ใจงาม', 'เหรัญญิก']);

    const withoutPin = await backend.fund['people.signIn']({ personId: somsri.id });
    expect(withoutPin.ok ? 'ok' : withoutPin.error).toMatchObject({ code: 'pin-required', field: 'pin' });
    const wrong = await backend.fund['people.signIn']({ personId: somsri.id, pin: '0000' });
    expect(wrong.ok ? 'ok' : wrong.error).toMatchObject({ code: 'pin-wrong', field: 'pin' });
    if (!wrong.ok) expect(wrong.error.message.th).toContain('นางสมศรี ใจงาม');
    const stillNobody = expectOk(await backend.fund['people.current']({}));
    expect(stillNobody.person).toBeNull();

    const chosen = expectOk(await backend.fund['people.signIn']({ personId: somsri.id, pin: '4826' }));
    expect(chosen).toMatchObject({ person: { id: somsri.id }, roles: ['secretary'], activePeople: 2 });
    expectOk(await backend.fund['members.register'](memberInput(2)));
    expect(auditRows(backend, 'members.register').map((row) => row.actor)).toEqual([somsri.actorKey]);

    // Money is the treasurer's: the secretary is told so, in Thai and English, and nothing is written.
    const before = tableCounts(backend.db());
    const money = await backend.fund['fund.setAdminCost']({ percent: 20 });
    expect(money.ok ? 'ok' : money.error).toMatchObject({ code: 'role-required', params: { roles: 'treasurer' } });
    if (!money.ok) {
      expect(money.error.message.th).toContain('เหรัญญิก');
      expect(money.error.message.en).toContain('treasurer');
    }
    expect(tableCounts(backend.db())).toEqual(before);
  });

  it('lets the chair reset a forgotten PIN, keeping the reset with its reason and who made it', async () => {
    backend = await bareFund();
    const treasurer = expectOk(await backend.fund['people.current']({})).person;
    expectOk(await backend.fund['people.setPin']({ personId: treasurer?.id ?? 0, pin: '1111' }));
    const chair = expectOk(await backend.fund['people.add']({ displayName: 'นายประธาน กรรมการ', roles: ['committee'] }));
    await reopen(backend);
    // The treasurer forgot her PIN; the chair, at the PC, resets it.
    expectOk(await backend.fund['people.signIn']({ personId: chair.id }));
    const notChair = await backend.fund['people.setPin']({ personId: treasurer?.id ?? 0, pin: null });
    expect(notChair.ok ? 'ok' : notChair.error.code).toBe('role-required');
    const reset = expectOk(await backend.fund['people.resetPin']({ personId: treasurer?.id ?? 0, reason: 'เหรัญญิกลืมรหัส' }));
    expect(reset.hasPin).toBe(false);
    const kept = backend.db().prepare('SELECT person_id, reset_by, reason FROM pin_resets').all();
    expect(kept).toEqual([{ person_id: treasurer?.id, reset_by: chair.id, reason: 'เหรัญญิกลืมรหัส' }]);
    const audited = auditRows(backend, 'people.resetPin');
    expect(audited.map((row) => [row.actor, row.entity])).toEqual([
      [chair.actorKey, 'person'],
      [chair.actorKey, 'pin-reset'],
    ]);
    // She is chosen again without a PIN, and sets a new one herself.
    expectOk(await backend.fund['people.signIn']({ personId: treasurer?.id ?? 0 }));
    expectOk(await backend.fund['people.setPin']({ personId: treasurer?.id ?? 0, pin: '2222' }));
    // The treasurer of old holds every role, the committee's too; the chair has no PIN to reset.
    const again = await backend.fund['people.resetPin']({ personId: chair.id, reason: 'ลืม' });
    expect(again.ok ? 'ok' : again.error.code).toBe('pin-not-set');
  });

  it('keeps every version of a person, refuses the same name twice, and never leaves the fund without a treasurer', async () => {
    backend = await bareFund();
    const twice = await backend.fund['people.add']({ displayName: 'เหรัญญิก', roles: ['auditor'] });
    expect(twice.ok ? 'ok' : twice.error).toMatchObject({ code: 'duplicate-person-name', field: 'displayName' });
    const badPin = await backend.fund['people.add']({ displayName: 'ผู้ตรวจ', roles: ['auditor'], pin: '12' });
    expect(badPin.ok ? 'ok' : badPin.error).toMatchObject({ code: 'bad-input', field: 'pin', params: { reason: 'bad-pin' } });
    const auditor = expectOk(await backend.fund['people.add']({ displayName: 'ผู้ตรวจ', roles: ['auditor'] }));
    expectOk(await backend.fund['people.signIn']({ personId: 1 }));
    const lastTreasurer = await backend.fund['people.update']({
      personId: 1,
      expectedVersion: 1,
      displayName: 'เหรัญญิก',
      roles: ['secretary'],
      active: true,
    });
    expect(lastTreasurer.ok ? 'ok' : lastTreasurer.error).toMatchObject({ code: 'last-treasurer', field: 'roles' });
    const left = expectOk(
      await backend.fund['people.update']({
        personId: auditor.id,
        expectedVersion: 1,
        displayName: 'ผู้ตรวจ',
        roles: ['auditor'],
        active: false,
      }),
    );
    expect(left).toMatchObject({ active: false, version: 2 });
    const versions = backend
      .db()
      .prepare('SELECT version, active, roles FROM person_versions WHERE person_id = ? ORDER BY version')
      .all(auditor.id);
    expect(versions).toEqual([
      { version: 1, active: 1, roles: '["auditor"]' },
      { version: 2, active: 0, roles: '["auditor"]' },
    ]);
    // With one active person again, a new window does not ask.
    await reopen(backend);
    expect(expectOk(await backend.fund['people.current']({})).person?.id).toBe(1);
    const inactive = await backend.fund['people.signIn']({ personId: auditor.id });
    expect(inactive.ok ? 'ok' : inactive.error.code).toBe('person-inactive');
  });

  it('lets only the treasurer restore a fund open here, and records the restore under her', async () => {
    backend = await bareFund();
    const made = expectOk(await backend.fund['backups.make']({}));
    const secretary = expectOk(await backend.fund['people.add']({ displayName: 'นางเลขา', roles: ['secretary'] }));
    const location = `${backend.home}/fund.swfund`;
    expectOk(await backend.fund['people.signIn']({ personId: secretary.id }));
    const refused = await backend.app['backups.restore']({ location, backupFileName: made.fileName });
    expect(refused.ok ? 'ok' : refused.error).toMatchObject({ code: 'role-required', params: { roles: 'treasurer' } });
    // Nothing happened to the fund: still open, under the same handle, the secretary still at the PC.
    expect(expectOk(await backend.fund['people.current']({})).person?.id).toBe(secretary.id);

    expectOk(await backend.fund['people.signIn']({ personId: 1 }));
    expectOk(await backend.app['backups.restore']({ location, backupFileName: made.fileName }));
    expect(auditRows(backend, 'backups.restore').map((row) => row.actor)).toEqual(['treasurer']);
  });
});
