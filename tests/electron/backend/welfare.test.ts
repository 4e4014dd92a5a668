import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { approvalsInWords, createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash, openWithMoney } from '../../support/money-accounts';

describe('welfare claims judged by bylaw rules (issue 3, backend slice)', () => {
  let backend: TestBackend;
  let memberId: number;
  let types: Map<string, number>;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    // Money in hand from the opening date, so payments never take cash below zero (Decision 13).
    await openWithMoney(backend.fund, { cashSatang: 10_000_000 });
    memberId = expectOk(await backend.fund['members.register'](memberInput(1))).id;
    const applied = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    types = new Map(applied.map((type) => [type.code, type.id]));
    // Pay contributions ahead at the start, so arrears never block a claim here (arrears are judged as of the event).
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'dues-000001',
        memberId,
        receivedOn: '2024-01-25',
        monthCount: 35,
        amountSatang: 105000,
        numbering: { kind: 'app' },
      }),
    );
  });
  afterEach(() => backend.close());

  const claim = (overrides: Record<string, unknown> = {}) => ({
    requestId: 'claim-000001',
    typeId: types.get('hospital') ?? 0,
    memberId,
    eventDate: '2025-03-01',
    units: 2,
    recipient: { kind: 'member' as const },
    ...overrides,
  });

  it('explains, records, approves and pays a hospital claim with a voucher that posts to member welfare', async () => {
    const { requestId: _requestId, ...question } = claim();
    const preview = expectOk(await backend.fund['welfare.decide'](question));
    expect(preview.eligible).toBe(true);
    expect(preview.amountSatang).toBe(40000);
    expect(preview.lines.length).toBeGreaterThan(2);
    const recorded = expectOk(await backend.fund['welfare.recordClaim'](claim()));
    expect(recorded).toMatchObject({ state: 'pending', amountSatang: 40000, claimNo: 'WF2570-000001' });
    const approved = expectOk(await backend.fund['welfare.approveClaim']({ claimId: recorded.id, meetingRef: 'มติคณะกรรมการ 3/2568' }));
    expect(approved.state).toBe('approved');
    const paid = expectOk(
      await backend.fund['welfare.payClaim']({
        ...inCash,
        claimId: recorded.id,
        requestId: 'pay-claim-0001',
        paidOn: '2025-03-05',
        payeeName: 'นายสมหญิง',
      }),
    );
    expect(paid.state).toBe('paid');
    const voucher = expectOk(await backend.fund['vouchers.get']({ voucherId: paid.voucherId ?? 0 }));
    expect(voucher).toMatchObject({ voucherNo: 'PV2568-000001', amountSatang: 40000, amountInWords: 'สี่ร้อยบาทถ้วน' });
    const balance = expectOk(await backend.fund['ledger.trialBalance']({}));
    expect(balance.find((row) => row.accountCode === '5000')?.debitSatang).toBe(40000);
    expectBooksConsistent(backend.db());
    const again = await backend.fund['welfare.payClaim']({
      ...inCash,
      claimId: recorded.id,
      requestId: 'pay-claim-0002',
      paidOn: '2025-03-05',
      payeeName: 'x',
    });
    expect(again.ok).toBe(false);
  });

  it('keeps the yearly cap across claims: 1,000 baht a fiscal year for hospital nights', async () => {
    for (const [index, eventDate] of ['2025-03-01', '2025-04-01'].entries()) {
      expectOk(await backend.fund['welfare.recordClaim'](claim({ requestId: `claim-cap-${index}00`, eventDate, units: 3 })));
    }
    // The third stay finds the yearly cap used up: answered as ineligible, in baht, and nothing is written.
    const before = tableCounts(backend.db());
    const third = claim({ requestId: 'claim-cap-200', eventDate: '2025-05-01', units: 3 });
    const refused = await backend.fund['welfare.recordClaim'](third);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('claim-ineligible');
      expect(refused.error.params).toMatchObject({ refusalCode: 'claim-yearly-amount-cap-reached', used: 100000, cap: 100000 });
      expect(refused.error.message.th).toContain('ปีงบประมาณ 2568 จ่ายแล้ว 1,000.00 บาท จากสูงสุด 1,000.00 บาท');
      expect(refused.error.message.th).not.toContain('สตางค์');
      expect(refused.error.message.en).toContain('Already 1,000.00 baht of the 1,000.00 baht cap paid in fiscal year 2568');
    }
    expect(tableCounts(backend.db())).toEqual(before);
    // Kept on file for the committee when asked: pending, paying nothing, with the engine's reason.
    const kept = expectOk(await backend.fund['welfare.recordClaim']({ ...third, recordIneligible: true }));
    expect(kept).toMatchObject({ state: 'pending', amountSatang: 0 });
    expect(kept.decision).toMatchObject({ eligible: false, refusal: { code: 'claim-yearly-amount-cap-reached' } });
    const claims = expectOk(await backend.fund['welfare.claims']({}));
    const total = claims.rows.reduce((sum, row) => sum + row.amountSatang, 0);
    expect(total).toBeLessThanOrEqual(100000);
  });

  it('refuses invalid claims with a reason and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ eventDate: '2027-01-01' }, 'claim-event-in-future'],
      [{ eventDate: '2024-01-10' }, 'claim-event-before-membership'],
      [{ eventDate: '2023-06-01' }, 'claim-no-rule-in-force'],
      [{ units: 0 }, 'claim-units-invalid'],
      [{ units: 400 }, 'claim-units-invalid'],
      [{ typeId: 999 }, 'welfare-type-not-found'],
    ];
    for (const [overrides, code] of cases) {
      const before = tableCounts(backend.db());
      const result = await backend.fund['welfare.recordClaim'](claim(overrides));
      expect(result.ok, JSON.stringify(overrides)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message.th.length).toBeGreaterThan(0);
      }
      expect(tableCounts(backend.db())).toEqual(before);
    }
    expectOk(await backend.fund['welfare.recordClaim'](claim()));
    const second = await backend.fund['welfare.recordClaim'](claim({ requestId: 'claim-000002' }));
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.code).toBe('claim-duplicate');
  });

  it('takes a version repeating a start date as the correction of one no claim used, and adds a later one', async () => {
    const hospital = expectOk(await backend.fund['welfare.types']({})).find((type) => type.code === 'hospital');
    const version = hospital?.versions[0];
    const result = expectOk(await backend.fund['welfare.addRuleVersion']({ typeId: hospital?.id ?? 0, version: version as never }));
    expect(result).toMatchObject({ change: 'corrected', versions: [version] });
    const amended = expectOk(
      await backend.fund['welfare.addRuleVersion']({
        typeId: hospital?.id ?? 0,
        version: { ...(version as object), effectiveFrom: '2026-10-01' } as never,
      }),
    );
    expect(amended.versions).toHaveLength(2);
  });

  it('summarises paid welfare by type and community welfare by category, cumulative and last fiscal year', async () => {
    const recorded = expectOk(await backend.fund['welfare.recordClaim'](claim({ eventDate: '2025-10-05' })));
    expectOk(await backend.fund['welfare.approveClaim']({ claimId: recorded.id, meetingRef: '1/2569' }));
    expectOk(
      await backend.fund['welfare.payClaim']({
        ...inCash,
        claimId: recorded.id,
        requestId: 'pay-claim-0003',
        paidOn: '2025-10-06',
        payeeName: 'x',
      }),
    );
    const older = expectOk(await backend.fund['welfare.recordClaim'](claim({ requestId: 'claim-000009', eventDate: '2025-03-01' })));
    expectOk(await backend.fund['welfare.approveClaim']({ claimId: older.id, meetingRef: '1/2568' }));
    expectOk(
      await backend.fund['welfare.payClaim']({
        ...inCash,
        claimId: older.id,
        requestId: 'pay-claim-0004',
        paidOn: '2025-03-06',
        payeeName: 'x',
      }),
    );
    expectOk(
      await backend.fund['community.record']({
        ...inCash,
        requestId: 'community-0009',
        category: 'culture',
        activityDate: '2025-11-01',
        description: 'งานบุญ',
        beneficiariesCount: 40,
        amountSatang: 200000,
        payeeName: 'วัด',
      }),
    );
    const summary = expectOk(await backend.fund['welfare.summary']({}));
    expect(summary.lastFiscalYear).toBe(2026);
    const hospital = summary.types.find((type) => type.typeId === types.get('hospital'));
    expect(hospital?.cumulative).toEqual({ persons: 1, amountSatang: 80000 });
    expect(hospital?.lastYear).toEqual({ persons: 1, amountSatang: 40000 });
    expect(summary.community.find((row) => row.category === 'culture')?.lastYear).toEqual({
      activities: 1,
      beneficiaries: 40,
      amountSatang: 200000,
    });
  });

  it('answers a what-if for every member as a job, writing nothing, and refuses an unknown type or a future date', async () => {
    // A second member who never paid: more than 3 months behind on the date, so not eligible.
    expectOk(await backend.fund['members.register'](memberInput(2)));
    const before = tableCounts(backend.db());
    const result = expectOk(
      await backend.fund['welfare.whatIf']({ typeId: types.get('hospital') ?? 0, eventDate: '2025-03-01', units: 2 }),
    );
    expect(result).toMatchObject({
      members: 2,
      eligible: 1,
      totalSatang: 40000,
      amounts: [{ amountSatang: 40000, count: 1 }],
      refusals: [{ code: 'claim-too-many-arrears', count: 1 }],
    });
    expect(tableCounts(backend.db())).toEqual(before);
    // A proposed amendment, not saved: 300 baht a night instead of 200 for the same two nights.
    const hospital = expectOk(await backend.fund['welfare.types']({})).find((type) => type.code === 'hospital');
    const current = hospital?.versions[0];
    if (!current || current.amount.kind !== 'per-unit') throw new Error('hospital template changed');
    const draft = { ...current, amount: { ...current.amount, perUnitSatang: 30000 } };
    const proposed = expectOk(
      await backend.fund['welfare.whatIf']({ typeId: hospital.id, eventDate: '2025-03-01', units: 2, draft: draft as never }),
    );
    expect(proposed).toMatchObject({ eligible: 1, totalSatang: 60000 });
    expect(expectOk(await backend.fund['welfare.types']({})).find((type) => type.code === 'hospital')?.versions).toHaveLength(1);
    const badDraft = await backend.fund['welfare.whatIf']({
      typeId: hospital.id,
      eventDate: '2025-03-01',
      units: 2,
      draft: { ...draft, ageMin: 70, ageMax: 60 } as never,
    });
    expect(badDraft.ok ? '' : badDraft.error.field).toMatch(/^draft\./);
    const unknown = await backend.fund['welfare.whatIf']({ typeId: 999, eventDate: '2025-03-01' });
    expect(unknown.ok ? '' : unknown.error.code).toBe('welfare-type-not-found');
    const future = await backend.fund['welfare.whatIf']({ typeId: types.get('hospital') ?? 0, eventDate: '2027-01-01' });
    expect(future.ok ? '' : future.error.field).toBe('eventDate');
  });

  it("adds a welfare type of the fund's own with its first rule, refusing bad input with nothing written", async () => {
    const version = {
      effectiveFrom: '2024-01-01',
      waitingDays: 90,
      amount: { kind: 'per-event' as const, amountSatang: 50000 },
      recipients: ['member' as const],
      requiredDocuments: [],
    };
    const bad: [Record<string, unknown>, string, string][] = [
      [{ category: 'NOT_A_CATEGORY' }, 'welfare-category-unknown', 'category'],
      [{ nameTh: 'เกิด' }, 'bad-input', 'nameTh'],
      [{ nameTh: 'เสียชีวิต (ตามอายุสมาชิก)' }, 'welfare-type-name-used', 'nameTh'],
      [{ version: { ...version, amount: { kind: 'per-event', amountSatang: 0 } } }, 'bad-input', 'version.amount.amountSatang'],
    ];
    for (const [overrides, code, field] of bad) {
      const before = tableCounts(backend.db());
      const input = { category: 'DISADV_DISABLED', nameTh: 'ผู้พิการ', nameEn: 'Disability allowance', version, ...overrides };
      if (overrides.nameTh === 'เกิด') input.nameTh = '';
      const result = await backend.fund['welfare.addType'](input);
      expect(result.ok ? '' : `${result.error.code} ${result.error.field}`, JSON.stringify(overrides)).toBe(`${code} ${field}`);
      expect(tableCounts(backend.db())).toEqual(before);
    }
    const added = expectOk(
      await backend.fund['welfare.addType']({ category: 'DISADV_DISABLED', nameTh: 'ผู้พิการ', nameEn: 'Disability allowance', version }),
    );
    expect(added).toMatchObject({ code: 'own-6', category: 'DISADV_DISABLED', versions: [{ waitingDays: 90 }] });
    const decision = expectOk(
      await backend.fund['welfare.decide']({ typeId: added.id, memberId, eventDate: '2025-03-01', recipient: { kind: 'member' } }),
    );
    expect(decision).toMatchObject({ eligible: true, amountSatang: 50000 });
  });

  it('counts each dependent paid for as a person helped in the summary (twins: two persons)', async () => {
    for (const fullName of ['เด็กชายหนึ่ง ใจดี', 'เด็กหญิงสอง ใจดี']) {
      expectOk(
        await backend.fund['members.addDependent']({ memberId, fullName, relationship: 'child', gender: 'male', birthDate: '2025-06-01' }),
      );
    }
    const dependents = expectOk(await backend.fund['members.get']({ memberId })).dependents;
    for (const [index, dependent] of dependents.entries()) {
      const recorded = expectOk(
        await backend.fund['welfare.recordClaim']({
          requestId: `twin-claim-${index}0000`,
          typeId: types.get('birth') ?? 0,
          memberId,
          eventDate: '2025-06-01',
          recipient: { kind: 'dependent', dependentId: dependent.id },
        }),
      );
      expectOk(await backend.fund['welfare.approveClaim']({ claimId: recorded.id, meetingRef: '6/2568' }));
      expectOk(
        await backend.fund['welfare.payClaim']({
          ...inCash,
          claimId: recorded.id,
          requestId: `twin-pay-${index}00000`,
          paidOn: '2025-06-10',
          payeeName: 'นายสมชาย',
        }),
      );
    }
    const summary = expectOk(await backend.fund['welfare.summary']({}));
    expect(summary.types.find((type) => type.typeId === types.get('birth'))?.cumulative).toEqual({ persons: 2, amountSatang: 200000 });
  });

  it('judges a pending claim again when its documents arrive, and when another claim it counted is rejected', async () => {
    const first = expectOk(
      await backend.fund['welfare.recordClaim'](
        claim({ requestId: 'recheck-claim-01', eventDate: '2025-03-01', units: 3, documentsReceived: ['hospital-certificate', 'id-card'] }),
      ),
    );
    const second = expectOk(
      await backend.fund['welfare.recordClaim'](
        claim({ requestId: 'recheck-claim-02', eventDate: '2025-04-01', units: 3, documentsReceived: [], recordIneligible: true }),
      ),
    );
    expect(second.amountSatang).toBe(0);
    expect(second.decision.refusal?.code).toBe('claim-documents-missing');
    const withDocuments = expectOk(
      await backend.fund['welfare.recheckClaim']({ claimId: second.id, documentsReceived: ['hospital-certificate', 'id-card'] }),
    );
    // 600 baht already counted this fiscal year by the first claim, so the yearly cap of 1,000 leaves 400.
    expect(withDocuments).toMatchObject({ amountSatang: 40000, documentsReceived: ['hospital-certificate', 'id-card'], state: 'pending' });
    expectOk(await backend.fund['welfare.rejectClaim']({ claimId: first.id, reason: 'ไม่ได้นอนโรงพยาบาลจริง' }));
    const afterRejection = expectOk(
      await backend.fund['welfare.recheckClaim']({ claimId: second.id, documentsReceived: ['hospital-certificate', 'id-card'] }),
    );
    expect(afterRejection.amountSatang).toBe(60000);
    const refused = await backend.fund['welfare.recheckClaim']({ claimId: first.id, documentsReceived: [] });
    expect(refused.ok ? '' : refused.error.code).toBe('claim-not-pending');
  });

  it('starts the waiting period where the rule says: the first payment, or the days of contributions paid', async () => {
    const version = {
      effectiveFrom: '2024-01-01',
      waitingDays: 60,
      amount: { kind: 'per-event' as const, amountSatang: 50000 },
      recipients: ['member' as const],
      requiredDocuments: [],
    };
    const fromPayment = expectOk(
      await backend.fund['welfare.addType']({
        category: 'OTHER',
        nameTh: 'ช่วยเหลือฉุกเฉิน',
        nameEn: 'Emergency help',
        version: { ...version, waitingFrom: 'first-payment' },
      }),
    );
    // Approved 20 Jan 2024, first paid 25 Jan 2024: 1 March is 36 days after the first payment.
    const early = expectOk(
      await backend.fund['welfare.decide']({ typeId: fromPayment.id, memberId, eventDate: '2024-03-01', recipient: { kind: 'member' } }),
    );
    expect(early.refusal?.code).toBe('claim-waiting-period');
    expect(early.lines.find((line) => line.code === 'welfare.waiting-first-payment')?.params).toMatchObject({
      from: '2024-01-25',
      days: 36,
    });
    const byPaidDays = expectOk(
      await backend.fund['welfare.addType']({
        category: 'OTHER',
        nameTh: 'ช่วยเหลือตามวันสัจจะ',
        nameEn: 'Help by days saved',
        version: { ...version, waitingDays: 1000, waitingFrom: 'paid-days' },
      }),
    );
    // 35 months paid ahead on 25 Jan 2024 (Jan 2024 – Nov 2026): 1,065 days saved by 1 March 2024.
    const saved = expectOk(
      await backend.fund['welfare.decide']({ typeId: byPaidDays.id, memberId, eventDate: '2024-03-01', recipient: { kind: 'member' } }),
    );
    expect(saved.lines.find((line) => line.code === 'welfare.waiting-paid-days')).toMatchObject({
      params: { paidDays: 1065 },
      passed: true,
    });
    expect(saved.eligible).toBe(true);
  });

  it("counts a reinstated member's membership from the new spell, or from the first when the fund's setting says so", async () => {
    const returning = expectOk(await backend.fund['members.register'](memberInput(3))).id;
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'dues-3-000001',
        memberId: returning,
        receivedOn: '2024-01-25',
        monthCount: 2,
        amountSatang: 6000,
        numbering: { kind: 'app' },
      }),
    );
    expectOk(await backend.fund['members.recordStatus']({ memberId: returning, kind: 'resigned', effectiveOn: '2024-03-01' }));
    approvalsInWords(backend);
    expectOk(await backend.fund['members.recordStatus']({ memberId: returning, kind: 'reinstated', effectiveOn: '2025-01-01' }));
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'dues-3-000002',
        memberId: returning,
        receivedOn: '2025-01-05',
        monthCount: 2,
        amountSatang: 6000,
        numbering: { kind: 'app' },
      }),
    );
    const question = {
      typeId: types.get('hospital') ?? 0,
      memberId: returning,
      eventDate: '2025-03-01',
      units: 1,
      recipient: { kind: 'member' as const },
    };
    const fresh = expectOk(await backend.fund['welfare.decide'](question));
    expect(fresh.refusal?.code).toBe('claim-waiting-period');
    expect(expectOk(await backend.fund['welfare.settings']({}))).toEqual({
      deductArrearsAtDeath: true,
      membershipCounting: 'current-spell',
    });
    expectOk(await backend.fund['welfare.updateSettings']({ deductArrearsAtDeath: true, membershipCounting: 'first-spell' }));
    const continued = expectOk(await backend.fund['welfare.decide'](question));
    expect(continued.eligible).toBe(true);
    expect(continued.lines.find((line) => line.code === 'welfare.waiting')?.params).toMatchObject({ since: '2024-01-20' });
  });
});
