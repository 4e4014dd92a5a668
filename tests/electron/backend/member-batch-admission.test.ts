import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memberProfileInput } from '../../../shared/api/fund-contract';
import type { MemberProfile } from '../../../shared/api/fund-types';
import { inTransaction } from '../../../electron/backend/db/execute';
import { FileStore } from '../../../electron/backend/files/file-store';
import { admitMemberRecord, checkProfile } from '../../../electron/backend/steps/member-admission';
import { admitMemberRecords } from '../../../electron/backend/steps/member-batch-admission';
import { callContext } from '../../../electron/backend/unit-of-work';
import { fundInput, memberInput } from '../../support/builders';
import { fundDigest } from '../../support/fund-digest';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import type { Result } from '../../../shared/domain/result';

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.field ?? ''}`);
  return result.value;
}

/**
 * The import admits thousands of members at once (issue 19's speed target); what it writes must be exactly what
 * admitting them one by one through the registration's admission writes: the same members, numbers, dues, categories,
 * versions and audit rows, table by table.
 */
describe('admitting members in a batch', () => {
  const backends: TestBackend[] = [];
  afterEach(() => backends.splice(0).forEach((made) => made.close()));

  /** A fund opened 2024-01-01 with two villages and two members registered the usual way, so numbers go on from 00003. */
  async function fundWithMembers(): Promise<{ backend: TestBackend; villageIds: number[] }> {
    const backend = createTestBackend('2026-11-25');
    backends.push(backend);
    expectOk(
      await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'), { openedOn: '2024-01-01', foundedOn: '2010-01-01' })),
    );
    const villageIds = [
      expectOk(await backend.fund['villages.add']({ code: '86021401', moo: 1, name: 'บ้านเหนือ' })).id,
      expectOk(await backend.fund['villages.add']({ code: '86021402', moo: 2, name: 'บ้านใต้' })).id,
    ];
    for (const serial of [1, 2]) expectOk(await backend.fund['members.register'](memberInput(serial)));
    return { backend, villageIds };
  }

  /** Checked profiles of every kind the admission derives differently: before and after the opening, with and without an ID, flags, beneficiaries. */
  function profiles(backend: TestBackend, villageIds: readonly number[]): MemberProfile[] {
    const inputs = [
      memberInput(11, { villageId: villageIds[0] ?? null, categories: ['disabled', 'orphan'] }),
      memberInput(12, { approvedOn: '2015-03-10', appliedOn: '2015-03-01', paidThroughPeriod: '2023-06' }),
      memberInput(13, { approvedOn: '2019-07-01', appliedOn: '2019-06-20', noArrearsAtOpening: true, villageId: villageIds[1] ?? null }),
      memberInput(14, { citizenId: null, noIdReason: 'ไม่มีสถานะทางทะเบียน', beneficiaries: [] }),
      memberInput(15, {
        approvedOn: '2026-10-31',
        appliedOn: '2026-10-01',
        categories: ['disadvantaged'],
        beneficiaries: [
          { fullName: 'นายก้อง ทองคำ', relationship: 'บุตร', share: 2, citizenId: memberInput(16).citizenId ?? '' },
          { fullName: 'นางมาลี ทองคำ', relationship: 'มารดา', share: 1, phone: '0891234567' },
        ],
      }),
    ];
    return inputs.map((input) => valueOf(checkProfile(backend.db(), memberProfileInput.parse(input), '2026-11-25', '')));
  }

  async function admitted(batched: boolean): Promise<string> {
    const { backend, villageIds } = await fundWithMembers();
    const connection = backend.db();
    const source = {
      connection,
      clock: backend.clock,
      actor: { userId: 'treasurer', personId: null, roles: ['treasurer' as const] },
      files: new FileStore(join(backend.home, '.transfers')),
      fundFile: { path: join(backend.home, 'fund.swfund'), home: backend.home },
      newCallId: () => 'the-import',
    };
    const context = callContext(source, 'memberImport.commit', {});
    const admissions = profiles(backend, villageIds).map((profile) => ({ profile, approvalResolutionId: null }));
    const numbers = inTransaction(connection, () =>
      batched
        ? admitMemberRecords(context, admissions).map((member) => member.memberNo)
        : admissions.map((admission) => valueOf(admitMemberRecord(context, admission.profile, admission.approvalResolutionId)).memberNo),
    );
    expect(numbers).toEqual(['00003', '00004', '00005', '00006', '00007']);
    return fundDigest(connection);
  }

  it('writes exactly what admitting them one by one writes', async () => {
    expect(await admitted(true)).toBe(await admitted(false));
  });

  it('refuses the whole batch when a citizen ID is already held, and writes nothing', async () => {
    const { backend, villageIds } = await fundWithMembers();
    const connection = backend.db();
    const before = fundDigest(connection);
    const context = callContext(
      {
        connection,
        clock: backend.clock,
        actor: { userId: 'treasurer', personId: null, roles: ['treasurer' as const] },
        files: new FileStore(join(backend.home, '.transfers')),
        fundFile: { path: join(backend.home, 'fund.swfund'), home: backend.home },
      },
      'memberImport.commit',
      {},
    );
    const [first] = profiles(backend, villageIds);
    const held = { ...(first as MemberProfile), citizenId: memberInput(1).citizenId ?? null };
    expect(() =>
      inTransaction(connection, () =>
        admitMemberRecords(context, [
          { profile: first as MemberProfile, approvalResolutionId: null },
          { profile: held, approvalResolutionId: null },
        ]),
      ),
    ).toThrow(/UNIQUE/);
    expect(fundDigest(connection)).toBe(before);
  });
});
