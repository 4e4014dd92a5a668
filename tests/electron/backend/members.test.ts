import { profileOfMember } from '../../../shared/api/member-profile';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput, citizenIdFor } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { approvalsInWords, createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

describe('members', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  });
  afterEach(() => backend.close());

  async function expectRefused(
    call: Promise<{ ok: boolean; error?: { code: string; field?: string; message: { th: string; en: string } } }>,
    code: string,
    field?: string,
  ) {
    const before = tableCounts(backend.db());
    const result = await call;
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe(code);
    if (field) expect(result.error?.field).toBe(field);
    expect(result.error?.message.th.length).toBeGreaterThan(0);
    expect(result.error?.message.en.length).toBeGreaterThan(0);
    expect(result.error?.message.th).not.toBe(result.error?.message.en);
    expect(tableCounts(backend.db())).toEqual(before);
    return result;
  }

  it('registers members with sequential numbers, keeps beneficiaries and writes an audit row', async () => {
    const first = expectOk(await backend.fund['members.register'](memberInput(1)));
    const second = expectOk(
      await backend.fund['members.register'](
        memberInput(2, {
          citizenId: `${citizenIdFor(2).slice(0, 1)}-${citizenIdFor(2).slice(1, 5)}-${citizenIdFor(2).slice(5, 10)}-${citizenIdFor(2).slice(10, 12)}-${citizenIdFor(2).slice(12)}`,
        }),
      ),
    );
    expect(first.memberNo).toBe('00001');
    expect(second.memberNo).toBe('00002');
    expect(second.citizenId).toBe(citizenIdFor(2));
    expect(first.status).toBe('active');
    expect(first.beneficiaries).toEqual([{ fullName: 'นางสมศรี ใจดี', relationship: 'บุตร', share: 1 }]);
    expect(first.spells).toEqual([{ start: '2024-01-20', end: null }]);
    const audit = expectOk(await backend.fund['audit.list']({}));
    expect(audit.rows.filter((row) => row.method === 'members.register')).toHaveLength(2);
  });

  it('refuses a wrong check digit, naming the field in Thai and English', async () => {
    const id = citizenIdFor(3);
    const wrong = `${id.slice(0, 12)}${(Number(id[12]) + 1) % 10}`;
    const result = await expectRefused(backend.fund['members.register'](memberInput(3, { citizenId: wrong })), 'bad-thai-id', 'citizenId');
    expect(result.error?.message.th).toContain('เลขประจำตัวประชาชน');
    expect(result.error?.message.en).toContain('Thai citizen ID');
  });

  it('refuses a duplicate citizen ID and names who holds it', async () => {
    expectOk(await backend.fund['members.register'](memberInput(4)));
    const result = await expectRefused(
      backend.fund['members.register'](memberInput(5, { citizenId: citizenIdFor(4) })),
      'duplicate-thai-id',
      'citizenId',
    );
    expect(result.error?.message.th).toContain('00001');
  });

  it('refuses bad dates and shapes, writing nothing', async () => {
    await expectRefused(backend.fund['members.register'](memberInput(6, { birthDate: '2027-01-01' })), 'birth-date-in-future', 'birthDate');
    await expectRefused(
      backend.fund['members.register'](memberInput(6, { approvedOn: '2005-12-31', appliedOn: '2005-12-01' })),
      'date-before-founding',
      'approvedOn',
    );
    await expectRefused(
      backend.fund['members.register'](memberInput(6, { approvedOn: '2024-01-05' })),
      'approval-before-application',
      'approvedOn',
    );
    await expectRefused(backend.fund['members.register'](memberInput(6, { birthDate: '2024-02-30' })), 'bad-input', 'birthDate');
    await expectRefused(backend.fund['members.register'](memberInput(6, { citizenId: null })), 'id-or-reason', 'citizenId');
    await expectRefused(
      backend.fund['members.register'](memberInput(6, { paidThroughPeriod: '2024-03' })),
      'paid-through-not-allowed',
      'paidThroughPeriod',
    );
    await expectRefused(backend.fund['members.register']({ ...memberInput(6), extra: 1 } as never), 'bad-input', 'extra');
    await expectRefused(backend.fund['members.register'](memberInput(6, { firstName: '  ' })), 'bad-input', 'firstName');
  });

  it('accepts a member with no Thai ID when a reason is given', async () => {
    const member = expectOk(await backend.fund['members.register'](memberInput(7, { citizenId: null, noIdReason: 'ไม่มีสถานะทางทะเบียน' })));
    expect(member.citizenId).toBeNull();
    expect(member.noIdReason).toBe('ไม่มีสถานะทางทะเบียน');
  });

  it('edits a profile and keeps every earlier version; refuses a stale version', async () => {
    const member = expectOk(await backend.fund['members.register'](memberInput(8)));
    const profile = profileOfMember(member);
    const edited = expectOk(
      await backend.fund['members.update']({ memberId: member.id, expectedVersion: 1, profile: { ...profile, phone: '0899999999' } }),
    );
    expect(edited.version).toBe(2);
    expect(edited.phone).toBe('0899999999');
    const history = expectOk(await backend.fund['members.history']({ memberId: member.id }));
    expect(history.map((version) => version.profile.phone)).toEqual(['0899999999', '0812345678']);
    await expectRefused(
      backend.fund['members.update']({ memberId: member.id, expectedVersion: 1, profile: { ...profile, phone: '1' } }),
      'version-conflict',
    );
  });

  it('searches Thai names, citizen IDs and member numbers', async () => {
    for (let serial = 10; serial < 30; serial += 1) expectOk(await backend.fund['members.register'](memberInput(serial)));
    const byName = expectOk(await backend.fund['members.search']({ query: 'แสงเดือน' }));
    expect(byName.rows.length).toBeGreaterThan(0);
    expect(byName.rows.every((row) => row.fullName.includes('แสงเดือน'))).toBe(true);
    const id = citizenIdFor(12);
    const byId = expectOk(await backend.fund['members.search']({ query: `${id.slice(0, 1)}-${id.slice(1, 5)}` }));
    expect(byId.rows.some((row) => row.citizenId === id)).toBe(true);
    const byNumber = expectOk(await backend.fund['members.search']({ query: '00005' }));
    expect(byNumber.rows.map((row) => row.memberNo)).toEqual(['00005']);
    const all = expectOk(await backend.fund['members.search']({ limit: 5, offset: 5 }));
    expect(all.total).toBe(20);
    expect(all.rows).toHaveLength(5);
    const wildcard = expectOk(await backend.fund['members.search']({ query: '%' }));
    expect(wildcard.total).toBe(0);
  });

  it('records dated status events: resignation, reinstatement, death', async () => {
    approvalsInWords(backend);
    const member = expectOk(await backend.fund['members.register'](memberInput(40)));
    const resigned = expectOk(
      await backend.fund['members.recordStatus']({ memberId: member.id, kind: 'resigned', effectiveOn: '2025-03-15', reason: 'ย้ายถิ่น' }),
    );
    expect(resigned.status).toBe('resigned');
    expect(resigned.spells).toEqual([{ start: '2024-01-20', end: '2025-03-15' }]);
    await expectRefused(
      backend.fund['members.recordStatus']({ memberId: member.id, kind: 'resigned', effectiveOn: '2025-04-01' }),
      'status-not-allowed',
      'kind',
    );
    await expectRefused(
      backend.fund['members.recordStatus']({ memberId: member.id, kind: 'reinstated', effectiveOn: '2025-03-01' }),
      'status-date-before-spell',
      'effectiveOn',
    );
    const back = expectOk(
      await backend.fund['members.recordStatus']({
        memberId: member.id,
        kind: 'reinstated',
        effectiveOn: '2025-06-01',
        meetingRef: '3/2568',
      }),
    );
    expect(back.status).toBe('active');
    expect(back.spells).toHaveLength(2);
    await expectRefused(
      backend.fund['members.recordStatus']({ memberId: member.id, kind: 'lapsed', effectiveOn: '2025-09-30', lapseReason: 'other' }),
      'bad-input',
      'meetingRef',
    );
    await expectRefused(
      backend.fund['members.recordStatus']({ memberId: member.id, kind: 'deceased', effectiveOn: '2027-01-01' }),
      'date-in-future',
      'effectiveOn',
    );
    const dead = expectOk(await backend.fund['members.recordStatus']({ memberId: member.id, kind: 'deceased', effectiveOn: '2026-02-10' }));
    expect(dead.status).toBe('deceased');
    await expectRefused(
      backend.fund['members.recordStatus']({ memberId: member.id, kind: 'deceased', effectiveOn: '2026-02-11' }),
      'already-deceased',
    );
  });

  it('registers dependents (Decision 12) and refuses a future birth or a bad ID', async () => {
    const member = expectOk(await backend.fund['members.register'](memberInput(50)));
    const withChild = expectOk(
      await backend.fund['members.addDependent']({
        memberId: member.id,
        fullName: 'เด็กหญิงมะลิ ใจดี',
        relationship: 'child',
        gender: 'female',
        birthDate: '2025-06-01',
      }),
    );
    expect(withChild.dependents).toEqual([
      {
        id: expect.any(Number),
        fullName: 'เด็กหญิงมะลิ ใจดี',
        relationship: 'child',
        gender: 'female',
        birthDate: '2025-06-01',
        citizenId: null,
      },
    ]);
    await expectRefused(
      backend.fund['members.addDependent']({
        memberId: member.id,
        fullName: 'ทารก',
        relationship: 'child',
        gender: 'male',
        birthDate: '2027-01-01',
      }),
      'birth-date-in-future',
      'birthDate',
    );
    await expectRefused(
      backend.fund['members.addDependent']({
        memberId: member.id,
        fullName: 'ทารก',
        relationship: 'child',
        gender: 'male',
        birthDate: '2025-01-01',
        citizenId: '1234567890123',
      }),
      'bad-thai-id',
      'citizenId',
    );
    await expectRefused(
      backend.fund['members.addDependent']({
        memberId: member.id,
        fullName: 'ทารก',
        relationship: 'cousin',
        gender: 'male',
        birthDate: '2025-01-01',
      } as never),
      'bad-input',
      'relationship',
    );
    // The edit form sends the profile back: dependents are not part of it.
    const edited = expectOk(
      await backend.fund['members.update']({
        memberId: member.id,
        expectedVersion: 1,
        profile: { ...profileOfMember(withChild), phone: '0811111111' },
      }),
    );
    expect(edited.dependents).toHaveLength(1);
  });
});
