import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

/** Issue 14, item 10: Decision 7's settings are the fund's own (dues from approval or application; the due day). */
describe('dues settings', () => {
  let backend: TestBackend;
  let memberId: number;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    // Applied in February, approved on 2 March 2026; nothing paid.
    memberId = expectOk(await backend.fund['members.register'](memberInput(1, { appliedOn: '2026-02-25', approvedOn: '2026-03-02' }))).id;
  });
  afterEach(() => backend.close());

  const arrearsOf = async (asOf: string) =>
    expectOk(await backend.fund['contributions.arrears']({ minMonths: 1, asOf })).rows.map((row) => [row.memberId, row.arrearsMonths]);

  it('start as Decision 7 says: from the approval month, due on the last day', async () => {
    expect(expectOk(await backend.fund['fund.duesSettings']({}))).toEqual({ duesFrom: 'approval', dueDay: null });
    expect(expectOk(await backend.fund['contributions.statement']({ memberId })).duesStart).toBe('2026-03');
    expect(await arrearsOf('2026-11-25')).toEqual([[memberId, 8]]);
  });

  it('count dues from the month of application, in the statement, the list and the next payment', async () => {
    const saved = expectOk(await backend.fund['fund.updateDuesSettings']({ duesFrom: 'application', dueDay: null }));
    expect(saved).toEqual({ duesFrom: 'application', dueDay: null });
    expect(expectOk(await backend.fund['contributions.statement']({ memberId })).duesStart).toBe('2026-02');
    expect(await arrearsOf('2026-11-25')).toEqual([[memberId, 9]]);
    const quote = expectOk(await backend.fund['contributions.quote']({ memberId, receivedOn: '2026-11-25', monthCount: 1 }));
    expect(quote.periods).toEqual(['2026-02']);
    const audit = expectOk(await backend.fund['audit.list']({ limit: 5 }));
    expect(audit.rows[0]).toMatchObject({ entity: 'fund', method: 'fund.updateDuesSettings' });
  });

  it('make a month overdue after its due day', async () => {
    expectOk(await backend.fund['fund.updateDuesSettings']({ duesFrom: 'approval', dueDay: 15 }));
    expect(await arrearsOf('2026-11-15')).toEqual([[memberId, 8]]);
    expect(await arrearsOf('2026-11-16')).toEqual([[memberId, 9]]);
    const statement = expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-16' }));
    expect(statement.overduePeriods.at(-1)).toBe('2026-11');
    expect(statement.months.at(-1)).toMatchObject({ period: '2026-12', state: 'due' });
  });

  it('refuse counting from approval again while a month before approval is paid, writing nothing', async () => {
    expectOk(await backend.fund['fund.updateDuesSettings']({ duesFrom: 'application', dueDay: null }));
    const receipt = expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'february-00001',
        memberId,
        receivedOn: '2026-03-02',
        monthCount: 1,
        amountSatang: 3000,
        numbering: { kind: 'app' },
      }),
    );
    expect(receipt.periods).toEqual(['2026-02']);
    const before = tableCounts(backend.db());
    const refused = await backend.fund['fund.updateDuesSettings']({ duesFrom: 'approval', dueDay: null });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'dues-paid-before-approval', field: 'duesFrom', params: { memberNo: '00001', period: '2026-02' } },
    });
    if (!refused.ok) {
      expect(refused.error.message.th).toContain('ก.พ. 2569');
      expect(refused.error.message.en).toContain('00001');
    }
    expect(tableCounts(backend.db())).toEqual(before);
    expect(expectOk(await backend.fund['fund.duesSettings']({}))).toEqual({ duesFrom: 'application', dueDay: null });
    expectOk(
      await backend.fund['contributions.void']({ receiptId: receipt.id, voidedOn: '2026-11-25', reason: 'ผิด', requestId: 'void-february' }),
    );
    expectOk(await backend.fund['fund.updateDuesSettings']({ duesFrom: 'approval', dueDay: null }));
    expect(await arrearsOf('2026-11-25')).toEqual([[memberId, 8]]);
  });

  it('refuse a due day that is not a day of a month, naming the field in Thai and English', async () => {
    for (const dueDay of [0, 32, 1.5]) {
      const result = await backend.fund['fund.updateDuesSettings']({ duesFrom: 'approval', dueDay });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'dueDay' } });
      if (!result.ok) {
        expect(result.error.message.th).toContain('วันครบกำหนดส่งเงินสมทบ');
        expect(result.error.message.en).toContain('Due day');
      }
    }
    const wrong = await backend.fund['fund.updateDuesSettings']({ duesFrom: 'joining' as never, dueDay: null });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'duesFrom' } });
    expect(expectOk(await backend.fund['fund.duesSettings']({}))).toEqual({ duesFrom: 'approval', dueDay: null });
  });
});
