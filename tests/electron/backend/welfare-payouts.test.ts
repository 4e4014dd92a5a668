import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { approvalsInWords, createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash, openWithMoney } from '../../support/money-accounts';

/** Issue 3: death claims split among beneficiaries with arrears kept back, reversals, the register's filters. */
describe('welfare payouts', () => {
  let backend: TestBackend;
  let types: Map<string, number>;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    // Money in hand from the opening date, so payments never take cash below zero (Decision 13).
    await openWithMoney(backend.fund, { cashSatang: 10_000_000 });
    const applied = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    types = new Map(applied.map((type) => [type.code, type.id]));
  });
  afterEach(() => backend.close());

  const twoBeneficiaries = [
    { fullName: 'นางสมศรี ใจดี', relationship: 'ภรรยา', share: 2 },
    { fullName: 'นายสมปอง ใจดี', relationship: 'บุตร', share: 1 },
  ];

  /** A member who paid 2024-01 … 2026-02 on time, so two months (2026-03, 2026-04) are overdue at a death on 10 May 2026. */
  async function memberPaidThroughFebruary(serial: number, overrides: Parameters<typeof memberInput>[1] = {}) {
    const memberId = expectOk(await backend.fund['members.register'](memberInput(serial, overrides))).id;
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: `dues-${serial}-00001`,
        memberId,
        receivedOn: '2024-01-25',
        monthCount: 26,
        amountSatang: 78000,
        numbering: { kind: 'app' },
      }),
    );
    return memberId;
  }

  async function approvedDeathClaim(memberId: number, requestId = 'death-claim-0001') {
    const claim = expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId,
        typeId: types.get('death') ?? 0,
        memberId,
        eventDate: '2026-05-10',
        recipient: { kind: 'beneficiary' },
      }),
    );
    return expectOk(await backend.fund['welfare.approveClaim']({ claimId: claim.id, meetingRef: 'มติ 5/2569' }));
  }

  it('shows the committee, before it approves, that it must name the payee and what the family receives net (issue 14)', async () => {
    const memberId = await memberPaidThroughFebruary(3, { beneficiaries: [] });
    const question = { typeId: types.get('death') ?? 0, memberId, eventDate: '2026-05-10', recipient: { kind: 'beneficiary' as const } };
    // Before recording: the decision itself says so.
    const preview = expectOk(await backend.fund['welfare.decide'](question));
    expect(preview).toMatchObject({ eligible: true, amountSatang: 600000 });
    expect(preview.settlement).toMatchObject({
      grossSatang: 600000,
      deductedSatang: 6000,
      netSatang: 594000,
      arrearsPeriods: ['2026-03', '2026-04'],
      payeeToBeNamed: true,
    });
    expect(preview.lines.map((line) => line.code)).toEqual(
      expect.arrayContaining(['welfare.payee-to-name', 'welfare.arrears-deducted', 'welfare.net-payable']),
    );
    // Recorded and pending, and again once approved: every view of the claim carries it, in its explanation too.
    const recorded = expectOk(await backend.fund['welfare.recordClaim']({ ...question, requestId: 'death-claim-0003' }));
    expect(recorded.settlement).toMatchObject({ netSatang: 594000, payeeToBeNamed: true });
    expect(recorded.decision.lines.at(-1)).toMatchObject({
      code: 'welfare.net-payable',
      params: { gross: 600000, deducted: 6000, net: 594000 },
    });
    const pending = expectOk(await backend.fund['welfare.claims']({ state: 'pending' })).rows[0];
    expect(pending?.settlement?.payeeToBeNamed).toBe(true);
    const approved = expectOk(await backend.fund['welfare.approveClaim']({ claimId: recorded.id, meetingRef: 'มติ 5/2569' }));
    expect(approved.settlement?.netSatang).toBe(594000);
    // Paid: the payments say what was paid; the preview is gone.
    const paid = expectOk(
      await backend.fund['welfare.payClaim']({
        ...inCash,
        claimId: recorded.id,
        requestId: 'death-pay-00003',
        paidOn: '2026-05-20',
        payeeName: 'นายสมปอง',
      }),
    );
    expect(paid.settlement).toBeNull();
    expect(paid.payments.map((payment) => payment.netSatang)).toEqual([594000]);
    // A hospital claim is not a death: nothing to settle beyond paying it.
    const other = expectOk(
      await backend.fund['welfare.decide']({ ...question, typeId: types.get('hospital') ?? 0, units: 1, recipient: { kind: 'member' } }),
    );
    expect(other.settlement).toBeNull();
  });

  it('marks the member deceased, splits the death benefit 2:1 among the beneficiaries and keeps back the arrears with a receipt', async () => {
    const memberId = await memberPaidThroughFebruary(1, { beneficiaries: twoBeneficiaries });
    const claim = await approvedDeathClaim(memberId);
    expect(claim.amountSatang).toBe(600000);
    const member = expectOk(await backend.fund['members.get']({ memberId }));
    expect(member.statusEvents.at(-1)).toMatchObject({ kind: 'deceased', effectiveOn: '2026-05-10' });

    const plan = expectOk(await backend.fund['welfare.payoutPlan']({ claimId: claim.id, paidOn: '2026-05-20' }));
    expect(plan).toMatchObject({
      grossSatang: 600000,
      deductedSatang: 6000,
      netSatang: 594000,
      arrearsPeriods: ['2026-03', '2026-04'],
      fromBeneficiaries: true,
    });
    expect(plan.parts.map((part) => [part.payeeName, part.grossSatang, part.deductedSatang, part.netSatang])).toEqual([
      ['นางสมศรี ใจดี', 400000, 4000, 396000],
      ['นายสมปอง ใจดี', 200000, 2000, 198000],
    ]);
    expect(plan.lines.map((line) => line.code)).toContain('welfare.arrears-deducted');

    const paid = expectOk(
      await backend.fund['welfare.payClaim']({ ...inCash, claimId: claim.id, requestId: 'death-pay-00001', paidOn: '2026-05-20' }),
    );
    expect(paid.state).toBe('paid');
    expect(paid.payments.map((payment) => payment.voucherNo)).toEqual(['PV2569-000001', 'PV2569-000002']);
    expect(paid.payments.every((payment) => payment.arrearsReceiptNo === 'RC2569-000001')).toBe(true);
    const voucher = expectOk(await backend.fund['vouchers.get']({ voucherId: paid.payments[0]?.voucherId ?? 0 }));
    expect(voucher).toMatchObject({
      amountSatang: 400000,
      deduction: { amountSatang: 4000, receiptNo: 'RC2569-000001', netSatang: 396000, netInWords: 'สามพันเก้าร้อยหกสิบบาทถ้วน' },
    });

    // Books: the full benefit is welfare expense, the arrears are contributions, the cash that left is the net.
    const balance = expectOk(await backend.fund['ledger.trialBalance']({}));
    expect(balance.find((row) => row.accountCode === '5000')?.debitSatang).toBe(600000);
    const statement = expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-25' }));
    expect(statement.arrearsMonths).toBe(0);
    const cash = expectOk(await backend.fund['ledger.cashBook']({ from: '2026-05-20', to: '2026-05-20' }));
    const moved = cash.rows.reduce((sum, row) => sum + row.inSatang - row.outSatang, 0);
    expect(moved).toBe(-594000);
    expectBooksConsistent(backend.db());

    // The arrears receipt cannot be voided on its own: the payout that kept the months back is reversed instead.
    const statementNow = expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-25' }));
    const arrearsReceipt = statementNow.receipts.find((receipt) => receipt.receiptNo === 'RC2569-000001');
    const before = tableCounts(backend.db());
    const voided = await backend.fund['contributions.void']({
      receiptId: arrearsReceipt?.id ?? 0,
      requestId: 'void-arrears-001',
      voidedOn: '2026-05-21',
      reason: 'ลองยกเลิก',
    });
    expect(voided.ok ? '' : voided.error.code).toBe('receipt-kept-back-by-welfare');
    expect(voided.ok ? '' : voided.error.message.th).toContain(claim.claimNo);
    expect(tableCounts(backend.db())).toEqual(before);

    // A retried request answers the same claim; a new request for a paid claim is refused.
    const retried = expectOk(
      await backend.fund['welfare.payClaim']({ ...inCash, claimId: claim.id, requestId: 'death-pay-00001', paidOn: '2026-05-20' }),
    );
    expect(retried.payments).toHaveLength(2);
    const again = await backend.fund['welfare.payClaim']({
      ...inCash,
      claimId: claim.id,
      requestId: 'death-pay-00002',
      paidOn: '2026-05-20',
    });
    expect(again.ok ? '' : again.error.code).toBe('claim-already-paid');
  });

  it('pays the named payee when no beneficiary is registered, and refuses without one, writing nothing', async () => {
    const memberId = await memberPaidThroughFebruary(2, { beneficiaries: [] });
    const claim = await approvedDeathClaim(memberId);
    const before = tableCounts(backend.db());
    const refused = await backend.fund['welfare.payClaim']({
      ...inCash,
      claimId: claim.id,
      requestId: 'death-pay-00003',
      paidOn: '2026-05-20',
    });
    expect(refused.ok ? '' : refused.error.code).toBe('payee-required');
    expect(refused.ok ? '' : refused.error.field).toBe('payeeName');
    expect(tableCounts(backend.db())).toEqual(before);
    const paid = expectOk(
      await backend.fund['welfare.payClaim']({
        ...inCash,
        claimId: claim.id,
        requestId: 'death-pay-00004',
        paidOn: '2026-05-20',
        payeeName: 'นายผู้ใหญ่บ้าน',
      }),
    );
    expect(paid.payments.map((payment) => [payment.payeeName, payment.netSatang])).toEqual([['นายผู้ใหญ่บ้าน', 594000]]);
  });

  it('pays the whole benefit when the fund does not deduct arrears at death', async () => {
    expectOk(await backend.fund['welfare.updateSettings']({ deductArrearsAtDeath: false }));
    const memberId = await memberPaidThroughFebruary(3);
    const claim = await approvedDeathClaim(memberId);
    const paid = expectOk(
      await backend.fund['welfare.payClaim']({ ...inCash, claimId: claim.id, requestId: 'death-pay-00005', paidOn: '2026-05-20' }),
    );
    expect(paid.payments.map((payment) => [payment.grossSatang, payment.deductedSatang, payment.arrearsReceiptNo])).toEqual([
      [600000, 0, null],
    ]);
    expect(expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-25' })).arrearsMonths).toBe(2);
  });

  it('refuses a death claim whose date differs from the death on record, writing nothing', async () => {
    const memberId = await memberPaidThroughFebruary(4);
    expectOk(await backend.fund['members.recordStatus']({ memberId, kind: 'deceased', effectiveOn: '2026-05-01' }));
    const before = tableCounts(backend.db());
    const result = await backend.fund['welfare.recordClaim']({
      requestId: 'death-claim-0009',
      typeId: types.get('death') ?? 0,
      memberId,
      eventDate: '2026-04-28',
      recipient: { kind: 'beneficiary' },
    });
    expect(result.ok ? '' : result.error.code).toBe('death-date-differs');
    expect(result.ok ? '' : result.error.message.th).toContain('2569');
    expect(tableCounts(backend.db())).toEqual(before);
    // The same date is the same event: accepted, no second status event.
    expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId: 'death-claim-0010',
        typeId: types.get('death') ?? 0,
        memberId,
        eventDate: '2026-05-01',
        recipient: { kind: 'beneficiary' },
      }),
    );
    expect(
      expectOk(await backend.fund['members.get']({ memberId })).statusEvents.filter((event) => event.kind === 'deceased'),
    ).toHaveLength(1);
  });

  it('reverses a wrong payout: entries reversed, arrears receipt voided, out of the summary, and the event can be claimed again', async () => {
    const memberId = await memberPaidThroughFebruary(5, { beneficiaries: twoBeneficiaries });
    const claim = await approvedDeathClaim(memberId);
    const paid = expectOk(
      await backend.fund['welfare.payClaim']({ ...inCash, claimId: claim.id, requestId: 'death-pay-00006', paidOn: '2026-05-20' }),
    );
    const pending = expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId: 'hosp-claim-0001',
        typeId: types.get('hospital') ?? 0,
        memberId,
        eventDate: '2026-01-10',
        units: 1,
        recipient: { kind: 'member' },
      }),
    );

    const bad: [Record<string, unknown>, string][] = [
      [{ claimId: pending.id }, 'claim-not-paid'],
      [{ reversedOn: '2026-05-19' }, 'reversal-before-payment'],
      [{ reversedOn: '2026-12-01' }, 'date-in-future'],
      [{ reason: '' }, 'bad-input'],
    ];
    for (const [overrides, code] of bad) {
      const before = tableCounts(backend.db());
      const result = await backend.fund['welfare.reverseClaim']({
        claimId: paid.id,
        requestId: 'reverse-000001',
        reversedOn: '2026-06-01',
        reason: 'จ่ายผิดคน',
        ...overrides,
      });
      expect(result.ok ? '' : result.error.code, JSON.stringify(overrides)).toBe(code);
      expect(tableCounts(backend.db())).toEqual(before);
    }

    const reversed = expectOk(
      await backend.fund['welfare.reverseClaim']({
        claimId: paid.id,
        requestId: 'reverse-000001',
        reversedOn: '2026-06-01',
        reason: 'จ่ายผิดคน',
      }),
    );
    expect(reversed.reversal).toEqual({ reversedOn: '2026-06-01', reason: 'จ่ายผิดคน' });
    const voucher = expectOk(await backend.fund['vouchers.get']({ voucherId: paid.payments[0]?.voucherId ?? 0 }));
    expect(voucher.reversal?.reversedOn).toBe('2026-06-01');
    const balance = expectOk(await backend.fund['ledger.trialBalance']({}));
    const welfare = balance.find((row) => row.accountCode === '5000');
    expect((welfare?.debitSatang ?? 0) - (welfare?.creditSatang ?? 0)).toBe(0);
    expect(expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-25' })).arrearsMonths).toBe(2);
    const summary = expectOk(await backend.fund['welfare.summary']({}));
    expect(summary.types.find((type) => type.typeId === types.get('death'))?.cumulative).toEqual({ persons: 0, amountSatang: 0 });
    expectBooksConsistent(backend.db());

    const twice = await backend.fund['welfare.reverseClaim']({
      claimId: paid.id,
      requestId: 'reverse-000002',
      reversedOn: '2026-06-01',
      reason: 'ซ้ำ',
    });
    expect(twice.ok ? '' : twice.error.code).toBe('claim-already-reversed');
    // The reversed claim no longer blocks a corrected claim for the same death.
    const corrected = await approvedDeathClaim(memberId, 'death-claim-0002');
    expect(corrected.amountSatang).toBe(600000);
  });

  it('judges arrears as of the event date: paying the overdue months afterwards does not make an earlier event eligible', async () => {
    const memberId = expectOk(await backend.fund['members.register'](memberInput(6))).id;
    // Nothing paid through 2025-02: on 1 March 2025 the member is 13 months behind (more than 3).
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'dues-6-catchup',
        memberId,
        receivedOn: '2025-06-01',
        monthCount: 20,
        amountSatang: 60000,
        numbering: { kind: 'app' },
      }),
    );
    const decision = expectOk(
      await backend.fund['welfare.decide']({
        typeId: types.get('hospital') ?? 0,
        memberId,
        eventDate: '2025-03-01',
        units: 2,
        recipient: { kind: 'member' },
      }),
    );
    expect(decision.eligible).toBe(false);
    expect(decision.refusal?.code).toBe('claim-too-many-arrears');
    const later = expectOk(
      await backend.fund['welfare.decide']({
        typeId: types.get('hospital') ?? 0,
        memberId,
        eventDate: '2025-07-01',
        units: 2,
        recipient: { kind: 'member' },
      }),
    );
    expect(later.eligible).toBe(true);
  });

  it('filters the register by period, type, village, member and state, with names beside each claim', async () => {
    const nongBua = expectOk(await backend.fund['villages.add']({ moo: 4, name: 'บ้านหนองบัว' })).id;
    const khokSung = expectOk(await backend.fund['villages.add']({ moo: 5, name: 'บ้านโคกสูง' })).id;
    const first = await memberPaidThroughFebruary(7, { villageId: nongBua });
    const second = await memberPaidThroughFebruary(8, { villageId: khokSung });
    const record = (requestId: string, memberId: number, eventDate: string, code = 'hospital') =>
      backend.fund['welfare.recordClaim']({
        requestId,
        typeId: types.get(code) ?? 0,
        memberId,
        eventDate,
        units: code === 'hospital' ? 1 : null,
        recipient: { kind: 'member' },
      });
    expectOk(await record('reg-claim-0001', first, '2025-02-01'));
    expectOk(await record('reg-claim-0002', first, '2025-12-01'));
    expectOk(await record('reg-claim-0003', second, '2025-12-05'));
    const ids = async (filter: Record<string, unknown>) =>
      expectOk(await backend.fund['welfare.claims'](filter)).rows.map((row) => row.member.name + '@' + row.eventDate);
    expect(await ids({})).toHaveLength(3);
    expect(await ids({ from: '2025-10-01', to: '2025-12-31' })).toHaveLength(2);
    expect(await ids({ villageId: nongBua })).toHaveLength(2);
    expect(await ids({ villageId: 0 })).toEqual([]);
    expect(await ids({ memberId: second })).toEqual([expect.stringContaining('@2025-12-05')]);
    expect(await ids({ typeId: types.get('death') })).toEqual([]);
    expect(await ids({ state: 'pending' })).toHaveLength(3);
    expect(await ids({ state: 'paid' })).toEqual([]);
    // Found by claim number, or by the member's number or name as the member search reads them.
    const third = expectOk(await backend.fund['welfare.claims']({ memberId: second })).rows[0];
    expect(await ids({ query: third?.claimNo.toLowerCase() })).toEqual([expect.stringContaining('@2025-12-05')]);
    expect(await ids({ query: 'แสงเดือน' })).toHaveLength(2);
    expect(await ids({ query: '100%' })).toEqual([]);
    const rows = expectOk(await backend.fund['welfare.claims']({ memberId: first })).rows;
    expect(rows[0]?.member).toMatchObject({ village: 'บ้านหนองบัว', moo: 4 });
    expect(rows[0]?.member.name).toBe('นายแสงเดือน เพชรรัตน์7');
    const reversedPeriod = await backend.fund['welfare.claims']({ from: '2025-12-31', to: '2025-01-01' });
    expect(reversedPeriod.ok ? '' : reversedPeriod.error.field).toBe('to');
  });

  it('voids a death recorded in error only once no claim relies on it; the event stays on record, voided', async () => {
    const memberId = await memberPaidThroughFebruary(9);
    const claim = expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId: 'wrong-death-0001',
        typeId: types.get('death') ?? 0,
        memberId,
        eventDate: '2026-05-10',
        recipient: { kind: 'beneficiary' },
      }),
    );
    const death = expectOk(await backend.fund['members.get']({ memberId })).statusEvents.at(-1);
    expect(death?.kind).toBe('deceased');
    const before = tableCounts(backend.db());
    const refused = await backend.fund['members.voidStatus']({ memberId, eventId: death?.id ?? 0, reason: 'บันทึกผิดคน' });
    expect(refused.ok ? '' : refused.error.code).toBe('status-has-death-claim');
    expect(refused.ok ? '' : refused.error.message.th).toContain(claim.claimNo);
    expect(tableCounts(backend.db())).toEqual(before);

    expectOk(await backend.fund['welfare.rejectClaim']({ claimId: claim.id, reason: 'บันทึกผิดคน' }));
    const restored = expectOk(await backend.fund['members.voidStatus']({ memberId, eventId: death?.id ?? 0, reason: 'บันทึกผิดคน' }));
    expect(restored.statusEvents).toEqual([]);
    expect(restored.voidedStatusEvents).toMatchObject([{ kind: 'deceased', effectiveOn: '2026-05-10', voidReason: 'บันทึกผิดคน' }]);
    expect(restored.spells).toEqual([{ start: '2024-01-20', end: null }]);
    // The database keeps the voided row and refuses to edit it.
    expect(() =>
      backend
        .db()
        .prepare("UPDATE member_status_events SET effective_on = '2026-05-11' WHERE id = ?")
        .run(death?.id ?? 0),
    ).toThrow(/posted-immutable/);
    expect(() =>
      backend
        .db()
        .prepare('DELETE FROM member_status_events WHERE id = ?')
        .run(death?.id ?? 0),
    ).toThrow(/posted-immutable/);
    // The real death, later, can now be recorded.
    expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId: 'real-death-00001',
        typeId: types.get('death') ?? 0,
        memberId,
        eventDate: '2026-06-02',
        recipient: { kind: 'beneficiary' },
      }),
    );
    expect(expectOk(await backend.fund['members.get']({ memberId })).statusEvents.at(-1)).toMatchObject({
      kind: 'deceased',
      effectiveOn: '2026-06-02',
    });
  });

  it('voids only the latest status event', async () => {
    const memberId = await memberPaidThroughFebruary(10);
    approvalsInWords(backend);
    expectOk(
      await backend.fund['members.recordStatus']({
        memberId,
        kind: 'lapsed',
        effectiveOn: '2026-03-01',
        meetingRef: '4/2569',
        lapseReason: 'other',
      }),
    );
    const reinstated = expectOk(await backend.fund['members.recordStatus']({ memberId, kind: 'reinstated', effectiveOn: '2026-04-01' }));
    const [lapse, reinstatement] = reinstated.statusEvents;
    const refused = await backend.fund['members.voidStatus']({ memberId, eventId: lapse?.id ?? 0, reason: 'ผิด' });
    expect(refused.ok ? '' : refused.error.code).toBe('status-event-not-latest');
    const undone = expectOk(await backend.fund['members.voidStatus']({ memberId, eventId: reinstatement?.id ?? 0, reason: 'ยังไม่ได้อนุมัติ' }));
    expect(undone.statusEvents.map((event) => event.kind)).toEqual(['lapsed']);
  });
});
