import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash, openWithMoney } from '../../support/money-accounts';

describe('community welfare with payment vouchers', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    // Money in hand from the opening date, so payments never take cash below zero (Decision 13).
    await openWithMoney(backend.fund, { cashSatang: 10_000_000 });
  });
  afterEach(() => backend.close());

  const activity = (overrides: Record<string, unknown> = {}) =>
    backend.fund['community.record']({
      ...inCash,
      requestId: 'community-0001',
      category: 'disaster',
      activityDate: '2026-10-05',
      description: 'ช่วยเหลือผู้ประสบอุทกภัย หมู่ 4',
      beneficiariesCount: 12,
      amountSatang: 600000,
      payeeName: 'นายสมชาย ใจดี (ผู้ใหญ่บ้าน หมู่ 4)',
      ...overrides,
    });

  it('posts the activity with a gapless voucher, a balanced entry and the cash going out', async () => {
    const recorded = expectOk(await activity());
    expect(recorded.voucher.voucherNo).toBe('PV2570-000001');
    expect(recorded.voucher.amountInWords).toBe('หกพันบาทถ้วน');
    expect(recorded.beneficiariesCount).toBe(12);
    const second = expectOk(await activity({ requestId: 'community-0002', category: 'culture', amountSatang: 150050 }));
    expect(second.voucher.voucherNo).toBe('PV2570-000002');
    const balance = expectOk(await backend.fund['ledger.trialBalance']({}));
    expect(balance.find((row) => row.accountCode === '5900')?.debitSatang).toBe(750050);
    expect(balance.find((row) => row.accountCode === '3100')?.creditSatang).toBe(750050);
    const cash = expectOk(await backend.fund['ledger.cashBook']({}));
    // After the opening balance of 100,000.00 baht in cash (the fund could not pay from an empty cash box).
    expect(cash.rows.slice(1).map((row) => [row.documentNo, row.outSatang, row.balanceSatang, row.voucherId])).toEqual([
      ['PV2570-000001', 600000, 9_400_000, recorded.voucher.id],
      ['PV2570-000002', 150050, 9_249_950, second.voucher.id],
    ]);
    const voucher = expectOk(await backend.fund['vouchers.get']({ voucherId: recorded.voucher.id }));
    expect(voucher.payeeName).toContain('ผู้ใหญ่บ้าน');
    const list = expectOk(await backend.fund['community.list']({}));
    expect(list.total).toBe(2);
    expectBooksConsistent(backend.db());
  });

  it('records a retried request once', async () => {
    const first = expectOk(await activity());
    const counts = tableCounts(backend.db());
    expect(expectOk(await activity()).id).toBe(first.id);
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  it('refuses bad input and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ amountSatang: 100.5 }, 'bad-input', 'amountSatang'],
      [{ amountSatang: 0 }, 'bad-input', 'amountSatang'],
      [{ beneficiariesCount: 0 }, 'bad-input', 'beneficiariesCount'],
      [{ category: 'party' }, 'bad-input', 'category'],
      [{ activityDate: '2026-12-01' }, 'date-in-future', 'activityDate'],
      [{ activityDate: '2023-12-31' }, 'date-before-opening', 'activityDate'],
      [{ payeeName: ' ' }, 'bad-input', 'payeeName'],
    ];
    for (const [overrides, code, field] of cases) {
      const before = tableCounts(backend.db());
      const result = await activity(overrides);
      expect(result.ok, JSON.stringify(overrides)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.field).toBe(field);
        expect(result.error.message.th.length).toBeGreaterThan(0);
      }
      expect(tableCounts(backend.db())).toEqual(before);
    }
    const missing = await backend.fund['vouchers.get']({ voucherId: 99 });
    expect(missing.ok).toBe(false);
  });

  it('reverses a community payment made in error: entry reversed, cash back, out of the §7 summary, retry answers the same', async () => {
    const recorded = expectOk(await activity({ activityDate: '2025-10-05' }));
    const bad: [Record<string, unknown>, string][] = [
      [{ activityId: 999 }, 'community-activity-not-found'],
      [{ reversedOn: '2025-10-04' }, 'reversal-before-payment'],
      [{ reversedOn: '2026-12-01' }, 'date-in-future'],
      [{ reason: '' }, 'bad-input'],
    ];
    for (const [overrides, code] of bad) {
      const before = tableCounts(backend.db());
      const result = await backend.fund['community.reverse']({
        activityId: recorded.id,
        requestId: 'community-rev-01',
        reversedOn: '2025-10-20',
        reason: 'จ่ายซ้ำ',
        ...overrides,
      });
      expect(result.ok ? '' : result.error.code, JSON.stringify(overrides)).toBe(code);
      expect(tableCounts(backend.db())).toEqual(before);
    }
    const reversed = expectOk(
      await backend.fund['community.reverse']({
        activityId: recorded.id,
        requestId: 'community-rev-01',
        reversedOn: '2025-10-20',
        reason: 'จ่ายซ้ำ',
      }),
    );
    expect(reversed.voucher.reversal).toEqual({ reversedOn: '2025-10-20', reason: 'จ่ายซ้ำ' });
    const retried = expectOk(
      await backend.fund['community.reverse']({
        activityId: recorded.id,
        requestId: 'community-rev-01',
        reversedOn: '2025-10-20',
        reason: 'จ่ายซ้ำ',
      }),
    );
    expect(retried.voucher.id).toBe(recorded.voucher.id);
    const twice = await backend.fund['community.reverse']({
      activityId: recorded.id,
      requestId: 'community-rev-02',
      reversedOn: '2025-10-21',
      reason: 'ซ้ำ',
    });
    expect(twice.ok ? '' : twice.error.code).toBe('voucher-already-reversed');
    const balance = expectOk(await backend.fund['ledger.trialBalance']({}));
    const community = balance.find((row) => row.accountCode === '5900');
    expect((community?.debitSatang ?? 0) - (community?.creditSatang ?? 0)).toBe(0);
    const cash = expectOk(await backend.fund['ledger.cashBook']({}));
    expect(cash.rows.at(-1)).toMatchObject({ documentNo: recorded.voucher.voucherNo, inSatang: 600000, balanceSatang: 10_000_000 });
    const summary = expectOk(await backend.fund['welfare.summary']({}));
    expect(summary.community.find((row) => row.category === 'disaster')?.cumulative).toEqual({
      activities: 0,
      beneficiaries: 0,
      amountSatang: 0,
    });
    expectBooksConsistent(backend.db());
  });
});
