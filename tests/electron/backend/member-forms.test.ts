import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { profileOfMember } from '../../../shared/api/member-profile';
import { citizenIdFor, fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

/** The fund opened on 2024-01-01 (builders.ts); a member since 2560 B.E. joined long before it. */
const since2560 = { appliedOn: '2017-05-20', approvedOn: '2017-06-01' };

describe('members from before the opening date, and registrations voided as made in error (issue 14 §4, §17)', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  });
  afterEach(() => backend.close());

  async function expectRefused(call: Promise<ApiResult<unknown>>, code: string, field: string) {
    const before = tableCounts(backend.db());
    const result = await call;
    if (result.ok) throw new Error(`expected ${code}, got ok`);
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
    expect(tableCounts(backend.db())).toEqual(before);
    return result.error;
  }

  describe('§4: paid through a month, or no arrears at the opening date, chosen explicitly', () => {
    it('refuses a pre-opening member with neither choice, naming the field in Thai and English', async () => {
      const error = await expectRefused(
        backend.fund['members.register'](memberInput(1, since2560)),
        'opening-dues-required',
        'paidThroughPeriod',
      );
      expect(error.message.th).toContain('ส่งเงินสมทบถึงเดือน');
      expect(error.message.th).toContain('ไม่มีเงินสมทบค้างส่ง ณ วันเริ่มใช้โปรแกรม');
      expect(error.message.th).toContain('2567');
      expect(error.message.en).toContain('no arrears at the opening date');
    });

    it('refuses both choices at once, and "no arrears" for a member who joined after the opening date', async () => {
      await expectRefused(
        backend.fund['members.register'](memberInput(1, { ...since2560, paidThroughPeriod: '2023-06', noArrearsAtOpening: true })),
        'opening-dues-both',
        'noArrearsAtOpening',
      );
      await expectRefused(
        backend.fund['members.register'](memberInput(1, { noArrearsAtOpening: true })),
        'no-arrears-not-allowed',
        'noArrearsAtOpening',
      );
    });

    it('keeps the arrears of a member paid through a month before the opening, and none for "no arrears"', async () => {
      const owing = expectOk(await backend.fund['members.register'](memberInput(1, { ...since2560, paidThroughPeriod: '2023-06' })));
      const clear = expectOk(await backend.fund['members.register'](memberInput(2, { ...since2560, noArrearsAtOpening: true })));
      expect(clear.noArrearsAtOpening).toBe(true);
      const owingStatement = expectOk(await backend.fund['contributions.statement']({ memberId: owing.id }));
      const clearStatement = expectOk(await backend.fund['contributions.statement']({ memberId: clear.id }));
      expect(owingStatement.duesStart).toBe('2023-07');
      expect(owingStatement.arrearsMonths).toBe(40);
      expect(clearStatement.duesStart).toBe('2024-01');
      expect(clearStatement.arrearsMonths).toBe(34);
    });

    it('asks the same of an edit, under the profile prefix', async () => {
      const member = expectOk(await backend.fund['members.register'](memberInput(3)));
      const profile = { ...profileOfMember(member), ...since2560 };
      await expectRefused(
        backend.fund['members.update']({ memberId: member.id, expectedVersion: 1, profile }),
        'opening-dues-required',
        'profile.paidThroughPeriod',
      );
      const edited = expectOk(
        await backend.fund['members.update']({
          memberId: member.id,
          expectedVersion: 1,
          profile: { ...profile, noArrearsAtOpening: true },
        }),
      );
      expect(edited.noArrearsAtOpening).toBe(true);
    });

    it('counts a member stored before the choice existed as before: dues from the opening month', async () => {
      const member = expectOk(await backend.fund['members.register'](memberInput(4, { ...since2560, noArrearsAtOpening: true })));
      // A fund file from before this change: the flag column holds its default.
      backend.db().prepare('UPDATE members SET no_arrears_at_opening = 0 WHERE id = ?').run(member.id);
      const stored = expectOk(await backend.fund['members.get']({ memberId: member.id }));
      expect(stored.noArrearsAtOpening).toBe(false);
      expect(stored.paidThroughPeriod).toBeNull();
      const statement = expectOk(await backend.fund['contributions.statement']({ memberId: member.id }));
      expect(statement.duesStart).toBe('2024-01');
      expect(statement.arrearsMonths).toBe(34);
      const paid = await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'legacy-member-0001',
        memberId: member.id,
        receivedOn: '2026-11-20',
        monthCount: 1,
        amountSatang: 3000,
        numbering: { kind: 'app' },
      });
      expect(paid.ok).toBe(true);
    });
  });

  describe('§17: voiding a registration made in error', () => {
    it('voids an unposted member with a reason: kept, out of every list and count, the citizen ID free again', async () => {
      const wrong = expectOk(await backend.fund['members.register'](memberInput(5)));
      expectOk(await backend.fund['members.register'](memberInput(6)));
      const voided = expectOk(await backend.fund['members.void']({ memberId: wrong.id, expectedVersion: 1, reason: 'ลงทะเบียนซ้ำ' }));
      expect(voided.void).toEqual({ voidedOn: '2026-11-25', reason: 'ลงทะเบียนซ้ำ', voidedBy: 'treasurer' });
      expect(voided.spells).toEqual([]);

      const all = expectOk(await backend.fund['members.search']({}));
      expect(all.total).toBe(1);
      expect(all.rows.map((row) => row.id)).not.toContain(wrong.id);
      expect(expectOk(await backend.fund['members.search']({ status: 'active' })).total).toBe(1);
      const voidedList = expectOk(await backend.fund['members.search']({ status: 'voided' }));
      expect(voidedList.rows.map((row) => [row.id, row.isVoided])).toEqual([[wrong.id, true]]);

      const arrears = expectOk(await backend.fund['contributions.arrears']({ minMonths: 1 }));
      expect(arrears.rows.map((row) => row.memberId)).not.toContain(wrong.id);
      expect(arrears.totals.members).toBe(1);
      const statement = expectOk(await backend.fund['contributions.statement']({ memberId: wrong.id }));
      expect(statement.arrearsMonths).toBe(0);

      const welfare = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
      const elderly = welfare[0];
      if (!elderly) throw new Error('no welfare type');
      const whatIf = expectOk(await backend.fund['welfare.whatIf']({ typeId: elderly.id, eventDate: '2026-11-01' }));
      expect(whatIf.members).toBe(1);

      const again = expectOk(await backend.fund['members.register'](memberInput(7, { citizenId: citizenIdFor(5) })));
      expect(again.citizenId).toBe(citizenIdFor(5));
      const audit = expectOk(await backend.fund['audit.list']({}));
      expect(audit.rows.some((row) => row.method === 'members.void' && row.entityId === String(wrong.id))).toBe(true);
    });

    it('refuses anything more for a voided member, and a second void', async () => {
      const member = expectOk(await backend.fund['members.register'](memberInput(8)));
      expectOk(await backend.fund['members.void']({ memberId: member.id, expectedVersion: 1, reason: 'ผิดคน' }));
      // The void is not an edit of the profile: the version stays, and no profile version is added.
      const voidedVersion = 1;
      expect(expectOk(await backend.fund['members.history']({ memberId: member.id }))).toHaveLength(1);
      const error = await expectRefused(
        backend.fund['contributions.record']({
          ...inCash,
          requestId: 'voided-member-0001',
          memberId: member.id,
          receivedOn: '2026-11-20',
          monthCount: 1,
          amountSatang: 3000,
          numbering: { kind: 'app' },
        }),
        'member-voided',
        'memberId',
      );
      expect(error.message.th).toContain(member.memberNo);
      expect(error.message.en).toContain('voided');
      await expectRefused(
        backend.fund['members.update']({ memberId: member.id, expectedVersion: voidedVersion, profile: profileOfMember(member) }),
        'member-voided',
        'memberId',
      );
      await expectRefused(
        backend.fund['members.recordStatus']({ memberId: member.id, kind: 'resigned', effectiveOn: '2026-11-10' }),
        'member-voided',
        'memberId',
      );
      await expectRefused(
        backend.fund['members.addDependent']({
          memberId: member.id,
          fullName: 'เด็กหญิงมะลิ ใจดี',
          relationship: 'child',
          gender: 'female',
          birthDate: '2020-01-01',
        }),
        'member-voided',
        'memberId',
      );
      const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20' }));
      await expectRefused(
        backend.fund['collection.setLine']({ batchId: batch.id, memberId: member.id, monthCount: 1, amountSatang: 3000 }),
        'member-voided',
        'memberId',
      );
      await expectRefused(
        backend.fund['members.void']({ memberId: member.id, expectedVersion: voidedVersion, reason: 'อีกครั้ง' }),
        'member-voided',
        'memberId',
      );
      // The database keeps the void as it was recorded, whatever a later bug might try.
      expect(() => backend.db().prepare("UPDATE members SET void_reason = 'แก้' WHERE id = ?").run(member.id)).toThrow(/posted-immutable/);
    });

    it('refuses to void a member with a receipt, a claim or a line on a collection day', async () => {
      const paid = expectOk(await backend.fund['members.register'](memberInput(9)));
      const receipt = expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: 'void-refused-0001',
          memberId: paid.id,
          receivedOn: '2026-11-20',
          monthCount: 1,
          amountSatang: 3000,
          numbering: { kind: 'app' },
        }),
      );
      expectOk(
        await backend.fund['contributions.void']({ receiptId: receipt.id, voidedOn: '2026-11-21', reason: 'ผิดคน', requestId: 'void-r-01' }),
      );
      const error = await expectRefused(
        backend.fund['members.void']({ memberId: paid.id, expectedVersion: 1, reason: 'ผิดคน' }),
        'member-has-receipts',
        'memberId',
      );
      expect(error.message.th).toContain('1 ใบ');

      const onDay = expectOk(await backend.fund['members.register'](memberInput(10)));
      const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20' }));
      expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId: onDay.id, monthCount: 1, amountSatang: 3000 }));
      await expectRefused(
        backend.fund['members.void']({ memberId: onDay.id, expectedVersion: 1, reason: 'ผิดคน' }),
        'member-on-collection-day',
        'memberId',
      );

      const claimed = expectOk(await backend.fund['members.register'](memberInput(11)));
      const types = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
      const hospital = types.find((type) => type.code === 'hospital');
      expectOk(
        await backend.fund['welfare.recordClaim']({
          requestId: 'void-claim-0001',
          typeId: hospital?.id ?? 0,
          memberId: claimed.id,
          eventDate: '2026-11-01',
          units: 1,
          recipient: { kind: 'member' },
          // Any claim on file keeps the registration: this one is ineligible and kept for the committee.
          recordIneligible: true,
        }),
      );
      await expectRefused(
        backend.fund['members.void']({ memberId: claimed.id, expectedVersion: 1, reason: 'ผิดคน' }),
        'member-has-claims',
        'memberId',
      );
      await expectRefused(
        backend.fund['members.void']({ memberId: claimed.id, expectedVersion: 7, reason: 'ผิดคน' }),
        'version-conflict',
        'expectedVersion',
      );
    });

    it('keeps a citizen ID unique among members not voided, in the database itself', async () => {
      const first = expectOk(await backend.fund['members.register'](memberInput(12)));
      const copy = (id: number) =>
        backend
          .db()
          .prepare(
            `INSERT INTO members (uuid, member_seq, member_no, citizen_id, no_id_reason, title, first_name, last_name, sort_key, search_text,
               gender, birth_date, house_no, village_id, soi, road, subdistrict, district, province, postcode, phone, applied_on,
               approved_on, approval_ref, paid_through_period, beneficiaries_json, status, status_since, version, created_at, updated_at)
             SELECT uuid || '-copy', member_seq + 100, member_no || 'c', citizen_id, no_id_reason, title, first_name, last_name, sort_key,
               search_text, gender, birth_date, house_no, village_id, soi, road, subdistrict, district, province, postcode, phone,
               applied_on, approved_on, approval_ref, paid_through_period, beneficiaries_json, status, status_since, version, created_at,
               updated_at FROM members WHERE id = ?`,
          )
          .run(id);
      expect(() => copy(first.id)).toThrow(/UNIQUE/);
      expectOk(await backend.fund['members.void']({ memberId: first.id, expectedVersion: 1, reason: 'ซ้ำ' }));
      expect(() => copy(first.id)).not.toThrow();
    });
  });
});
