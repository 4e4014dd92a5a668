import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

const community = {
  requestId: 'ceiling-community-1',
  category: 'disaster' as const,
  activityDate: '2026-11-20',
  description: 'ช่วยเหลือผู้ประสบอุทกภัย',
  beneficiariesCount: 4,
  payeeName: 'ผู้ใหญ่บ้าน หมู่ 3',
};

describe('amounts and dates that are surely typos (issue 14 §11)', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    expectOk(
      await backend.fund['ledger.recordOpeningBalances']({
        requestId: 'opening-0001',
        balances: [{ accountCode: '3100', amountSatang: 50_000_000 }],
      }),
    );
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

  it('has a ceiling per kind of amount, a fund setting the treasurer can change', async () => {
    expect(expectOk(await backend.fund['fund.ceilings']({}))).toEqual({
      paymentSatang: 300_000,
      payoutSatang: 10_000_000,
      grantSatang: 500_000_000,
    });
    const changed = expectOk(
      await backend.fund['fund.setCeilings']({ paymentSatang: 50_000, payoutSatang: 2_000_000, grantSatang: 100_000_000 }),
    );
    expect(changed.payoutSatang).toBe(2_000_000);
    await expectRefused(
      backend.fund['fund.setCeilings']({ paymentSatang: 0, payoutSatang: 1, grantSatang: 1 }),
      'bad-input',
      'paymentSatang',
    );
  });

  it('asks to confirm a payout above the ceiling, saying both amounts in baht, and takes it once confirmed', async () => {
    const error = await expectRefused(
      backend.fund['community.record']({ ...inCash, ...community, amountSatang: 15_000_000 }),
      'amount-needs-confirmation',
      'amountSatang',
    );
    expect(error.message.th).toContain('150,000.00 บาท');
    expect(error.message.th).toContain('100,000.00 บาท');
    expect(error.message.th).toContain('จำนวนเงิน');
    expect(error.message.en).toContain('150,000.00 baht');
    expect(error.params).toMatchObject({ amount: 15_000_000, ceiling: 10_000_000, amountKind: 'payout' });
    const confirmed = expectOk(
      await backend.fund['community.record']({ ...inCash, ...community, amountSatang: 15_000_000, isLargeAmountConfirmed: true }),
    );
    expect(confirmed.voucher.amountSatang).toBe(15_000_000);
    expectOk(
      await backend.fund['community.record']({ ...inCash, ...community, requestId: 'ceiling-community-2', amountSatang: 10_000_000 }),
    );
  });

  it('asks to confirm a welfare rule whose benefit is above the payout ceiling, naming the amount in the rule', async () => {
    const version = {
      effectiveFrom: '2024-01-01',
      waitingDays: 0,
      amount: {
        kind: 'by-membership-years' as const,
        tiers: [
          { fromYears: 0, amountSatang: 2_000_000 },
          { fromYears: 5, amountSatang: 15_000_000 },
        ],
      },
      recipients: ['beneficiary' as const],
    };
    const newType = { category: 'DEATH', nameTh: 'ค่าทำศพพิเศษ', nameEn: 'Special funeral help', version };
    const error = await expectRefused(
      backend.fund['welfare.addType'](newType),
      'amount-needs-confirmation',
      'version.amount.tiers.1.amountSatang',
    );
    expect(error.message.th).toContain('150,000.00');
    const type = expectOk(await backend.fund['welfare.addType']({ ...newType, isLargeAmountConfirmed: true }));
    const amended = { ...version, effectiveFrom: '2026-01-01', amount: { kind: 'per-event' as const, amountSatang: 10_000_001 } };
    await expectRefused(
      backend.fund['welfare.addRuleVersion']({ typeId: type.id, version: amended }),
      'amount-needs-confirmation',
      'version.amount.amountSatang',
    );
    expectOk(
      await backend.fund['welfare.addRuleVersion']({
        typeId: type.id,
        version: { ...amended, amount: { kind: 'per-event', amountSatang: 3_000_000 } },
      }),
    );
  });

  it('asks to confirm a payment or a plan price above the payment ceiling', async () => {
    expectOk(await backend.fund['fund.setCeilings']({ paymentSatang: 50_000, payoutSatang: 10_000_000, grantSatang: 500_000_000 }));
    const member = expectOk(await backend.fund['members.register'](memberInput(1)));
    const payment = {
      requestId: 'ceiling-payment-1',
      memberId: member.id,
      receivedOn: '2026-11-20',
      monthCount: 34,
      amountSatang: 102_000,
      numbering: { kind: 'app' as const },
      ...inCash,
    };
    const error = await expectRefused(backend.fund['contributions.record'](payment), 'amount-needs-confirmation', 'amountSatang');
    expect(error.message.th).toContain('1,020.00 บาท');
    expect(error.message.th).toContain('500.00 บาท');
    expectOk(await backend.fund['contributions.record']({ ...inCash, ...payment, isLargeAmountConfirmed: true }));

    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20' }));
    const other = expectOk(await backend.fund['members.register'](memberInput(2)));
    const line = { batchId: batch.id, memberId: other.id, monthCount: 34, amountSatang: 102_000 };
    await expectRefused(backend.fund['collection.setLine'](line), 'amount-needs-confirmation', 'amountSatang');
    expectOk(await backend.fund['collection.setLine']({ ...line, isLargeAmountConfirmed: true }));

    const rate = {
      effectiveFrom: '2026-12-01',
      monthlySatang: 3000,
      entryFeeSatang: 2000,
      bundles: [{ months: 12, priceSatang: 3_650_000 }],
    };
    await expectRefused(backend.fund['plan.addRate'](rate), 'amount-needs-confirmation', 'bundles.0.priceSatang');
    await expectRefused(
      backend.fund['plan.addRate']({ ...rate, monthlySatang: 300_000, bundles: [] }),
      'amount-needs-confirmation',
      'monthlySatang',
    );
    expectOk(await backend.fund['plan.addRate']({ ...rate, isLargeAmountConfirmed: true }));
  });

  it('refuses dates outside what the field can hold: a rule from 1800, a plan rate in 2399, a dependent born 1800', async () => {
    const rule = await expectRefused(
      backend.fund['welfare.addType']({
        category: 'EDUCATION',
        nameTh: 'ทุนเรียนดี',
        nameEn: 'Merit scholarship',
        version: {
          effectiveFrom: '1800-01-01',
          waitingDays: 0,
          amount: { kind: 'per-event', amountSatang: 50000 },
          recipients: ['member'],
        },
      }),
      'bad-input',
      'version.effectiveFrom',
    );
    expect(rule.message.th).toContain('1 ม.ค. 2493');
    expect(rule.message.th).toContain('31 ธ.ค. 2643');
    expect(rule.message.en).toContain('1 Jan 2493');
    await expectRefused(backend.fund['plan.addRate']({ effectiveFrom: '2399-01-01', monthlySatang: 3000 }), 'bad-input', 'effectiveFrom');
    const member = expectOk(await backend.fund['members.register'](memberInput(3)));
    const dependent = await expectRefused(
      backend.fund['members.addDependent']({
        memberId: member.id,
        fullName: 'เด็กชายก้อง ใจดี',
        relationship: 'child',
        gender: 'male',
        birthDate: '1800-01-01',
      }),
      'bad-input',
      'birthDate',
    );
    expect(dependent.message.th).toContain('1 ม.ค. 2443');
    await expectRefused(
      backend.fund['members.register'](memberInput(4, { approvedOn: '1949-12-31', appliedOn: '1949-12-01' })),
      'bad-input',
      'appliedOn',
    );
    await expectRefused(
      backend.fund['members.register'](memberInput(4, { paidThroughPeriod: '2569-10' })),
      'bad-input',
      'paidThroughPeriod',
    );
    // A person born in 1900 is still a person (a 126-year-old dependent is odd, but not a typo the schema can know).
    expectOk(
      await backend.fund['members.addDependent']({
        memberId: member.id,
        fullName: 'นางทวด ใจดี',
        relationship: 'parent',
        gender: 'female',
        birthDate: '1900-01-01',
      }),
    );
  });

  it('stores names NFC and refuses invisible or reordering characters through the API, writing nothing', async () => {
    const composed = expectOk(await backend.fund['members.register'](memberInput(5, { lastName: 'Rene\u0301' })));
    expect(composed.lastName).toBe('Ren\u00E9');
    const error = await expectRefused(
      backend.fund['members.register'](memberInput(6, { firstName: 'สม\u0000ชาย' })),
      'bad-input',
      'firstName',
    );
    expect(error.message.th).toContain('ชื่อ');
    expect(error.message.th).toContain('อักขระควบคุม');
    expect(error.message.en).toContain('control character');
    await expectRefused(
      backend.fund['community.record']({ ...inCash, ...community, amountSatang: 1000, payeeName: '\u200B\u200D' }),
      'bad-input',
      'payeeName',
    );
  });
});
