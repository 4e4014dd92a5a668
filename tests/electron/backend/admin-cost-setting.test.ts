import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/** Decision 14's limit is a fund setting (default 20 %), set through the contract; a bad percent names its field. */
describe('the administration-cost limit setting', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  });
  afterEach(() => backend.close());

  it('starts at 20 %, and the check of a voucher uses the percent saved', async () => {
    expect(expectOk(await backend.fund['fund.adminCost']({}))).toEqual({ percent: 20 });
    expect(expectOk(await backend.fund['expenses.adminCostCheck']({ date: '2026-11-20' })).percent).toBe(20);
    expect(expectOk(await backend.fund['fund.setAdminCost']({ percent: 15 }))).toEqual({ percent: 15 });
    expect(expectOk(await backend.fund['fund.adminCost']({}))).toEqual({ percent: 15 });
    expect(expectOk(await backend.fund['expenses.adminCostCheck']({ date: '2026-11-20' })).percent).toBe(15);
    expectOk(await backend.fund['fund.setAdminCost']({ percent: 100 }));
    expectOk(await backend.fund['fund.setAdminCost']({ percent: 1 }));
    const audit = backend
      .db()
      .prepare("SELECT before_json, after_json FROM audit_events WHERE method = 'fund.setAdminCost' ORDER BY id")
      .all() as {
      before_json: string;
      after_json: string;
    }[];
    expect(audit.map((row) => [JSON.parse(row.before_json) as unknown, JSON.parse(row.after_json) as unknown])).toEqual([
      [{ percent: 20 }, { percent: 15 }],
      [{ percent: 15 }, { percent: 100 }],
      [{ percent: 100 }, { percent: 1 }],
    ]);
  });

  it.each([
    [0, 'ไม่ถูกต้อง'],
    [101, 'มากเกินไป'],
    [-5, 'น้อยเกินไป'],
    [12.5, 'จำนวนเต็ม'],
    ['20', 'ไม่ถูกต้อง'],
    [undefined, 'ไม่ถูกต้อง'],
  ])('refuses a percent of %s naming the field in Thai and English, and writes nothing', async (percent, thai) => {
    const before = tableCounts(backend.db());
    const result = await backend.fund['fund.setAdminCost']({ percent } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'percent' } });
    if (result.ok) throw new Error('refused expected');
    expect(result.error.message.th).toContain('ร้อยละของรายรับและรายได้');
    expect(result.error.message.th).toContain(thai);
    expect(result.error.message.en).toContain('Percent of receipts and income');
    expect(tableCounts(backend.db())).toEqual(before);
    expect(expectOk(await backend.fund['fund.adminCost']({}))).toEqual({ percent: 20 });
  });
});
