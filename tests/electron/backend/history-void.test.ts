import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import type { ContributionHistoryPreview } from '../../../shared/api/history-import-types';
import type { SheetColumn } from '../../../shared/api/sheet-import-types';
import { contributionHeaders, historyFund, suggestedMapping, welfareHeaders, type HistoryFund } from '../../support/history-fund';
import { bringFile, csvBytes } from '../../support/import-files';
import { expectRefusal } from '../../support/refusals';
import { expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 19 §2: a history line imported by mistake is voided with a reason, never edited or deleted; it then
 * counts nowhere (arrears by both paths, the paid-month counter, caps), and the right line imports again.
 */
describe('voiding a history line imported by mistake', () => {
  let backend: TestBackend;
  let elder: HistoryFund['elder'];
  let advance: HistoryFund['advance'];
  beforeEach(async () => {
    ({ backend, elder, advance } = await historyFund());
  });
  afterEach(() => backend.close());

  async function importRows(kind: 'contributionHistory' | 'welfareHistory', rows: string[][]) {
    const headers = kind === 'contributionHistory' ? contributionHeaders : welfareHeaders;
    const fileId = await bringFile(backend, `${kind}-${Math.random()}.csv`, csvBytes([headers, ...rows], 'utf-8'));
    // Either import's sheet and preview, read only for what both have.
    const sheet = expectOk((await backend.fund[`${kind}.open`]({ fileId })) as ApiResult<{ columns: SheetColumn<string>[] }>);
    const input = { fileId, mapping: suggestedMapping(sheet.columns) as never };
    const preview = expectOk((await backend.fund[`${kind}.preview`](input)) as ApiResult<ContributionHistoryPreview>);
    return { input, preview };
  }

  async function commit(kind: 'contributionHistory' | 'welfareHistory', rows: string[][]) {
    const { input, preview } = await importRows(kind, rows);
    expect(preview.rows.flatMap((row) => row.problems.map((problem) => problem.code))).toEqual([]);
    expectOk(await backend.fund[`${kind}.commit`]({ ...input, sha256: preview.sheet.sha256, acceptedCount: rows.length }));
  }

  const lines = async (memberId: number) => expectOk(await backend.fund['history.ofMember']({ memberId }));
  const arrears = async () =>
    expectOk(await backend.fund['contributions.arrears']({ minMonths: 1, asOf: '2024-06-15', limit: 50 }))
      .rows.map((row) => [row.memberId, row.arrearsMonths])
      .sort(([first = 0], [second = 0]) => first - second);
  const statementMonths = async (memberId: number) =>
    expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2024-06-15' })).arrearsMonths;

  it('frees the months: both arrears paths and the paid-month counter follow, and the same line imports again', async () => {
    await commit('contributionHistory', [
      [elder.memberNo, '07/2566', '6', '05/07/2566', '180', '3', '011'],
      [advance.memberNo, '01/2567', '12', '28/12/2566', '360', '3', '013'],
    ]);
    expect(await arrears()).toEqual([[elder.id, 5]]);
    const [line] = (await lines(elder.id)).contributions;
    expect(line).toMatchObject({ firstPeriod: '2023-07', monthCount: 6, amountSatang: 18000, bookNo: '3', receiptNo: '011', void: null });
    const entries = (backend.db().prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n;

    const after = expectOk(await backend.fund['contributionHistory.void']({ historyId: line?.id ?? 0, reason: 'นำเข้าผิดเดือน' }));
    expect(after.contributions[0]?.void).toEqual({ voidedOn: '2024-06-15', reason: 'นำเข้าผิดเดือน', voidedBy: expect.any(String) });
    // Memo history never touched the journal, and neither does its void.
    expect((backend.db().prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n).toBe(entries);
    // July 2023 to May 2024 are owed again; the fast path and the statement agree.
    expect(await statementMonths(elder.id)).toBe(11);
    // The advance member's twelve months from her dues start are in the counter: voiding them must take them out.
    const [ahead] = (await lines(advance.id)).contributions;
    expectOk(await backend.fund['contributionHistory.void']({ historyId: ahead?.id ?? 0, reason: 'ชำระล่วงหน้าคนละคน' }));
    expect(await statementMonths(advance.id)).toBe(5);
    expect(await arrears()).toEqual([
      [elder.id, 11],
      [advance.id, 5],
    ]);

    // The right line (same book and number, same months) is no longer "already in the fund".
    await commit('contributionHistory', [[elder.memberNo, '07/2566', '6', '05/07/2566', '180', '3', '011']]);
    expect(await statementMonths(elder.id)).toBe(5);
    expect(await arrears()).toEqual([
      [elder.id, 5],
      [advance.id, 5],
    ]);
    expect((await lines(elder.id)).contributions.map((entry) => entry.void === null)).toEqual([false, true]);
  });

  it('refuses an unknown line, a second void and a missing reason, writing nothing', async () => {
    await commit('contributionHistory', [[elder.memberNo, '07/2566', '6', '05/07/2566', '180', '', '']]);
    await commit('welfareHistory', [[elder.memberNo, 'hospital', '10/11/2566', '600', '3']]);
    const { contributions, welfare } = await lines(elder.id);
    const contributionId = contributions[0]?.id ?? 0;
    const welfareId = welfare[0]?.id ?? 0;
    await expectRefusal(
      backend,
      backend.fund['contributionHistory.void']({ historyId: 999, reason: 'ไม่มี' }),
      'history-line-not-found',
      'historyId',
    );
    await expectRefusal(
      backend,
      backend.fund['welfareHistory.void']({ historyId: 999, reason: 'ไม่มี' }),
      'history-line-not-found',
      'historyId',
    );
    await expectRefusal(
      backend,
      backend.fund['contributionHistory.void']({ historyId: contributionId, reason: '   ' }),
      'bad-input',
      'reason',
    );
    expectOk(await backend.fund['contributionHistory.void']({ historyId: contributionId, reason: 'ผิดคน' }));
    expectOk(await backend.fund['welfareHistory.void']({ historyId: welfareId, reason: 'ผิดคน' }));
    await expectRefusal(
      backend,
      backend.fund['contributionHistory.void']({ historyId: contributionId, reason: 'อีกครั้ง' }),
      'history-line-voided',
      'historyId',
    );
    await expectRefusal(
      backend,
      backend.fund['welfareHistory.void']({ historyId: welfareId, reason: 'อีกครั้ง' }),
      'history-line-voided',
      'historyId',
    );
  });

  it('keeps the tables append-only: no edit, no delete, no un-void, even in SQL', async () => {
    await commit('contributionHistory', [[elder.memberNo, '07/2566', '6', '05/07/2566', '180', '', '']]);
    await commit('welfareHistory', [[elder.memberNo, 'hospital', '10/11/2566', '600', '3']]);
    const db = backend.db();
    const refusedSql = [
      'UPDATE contribution_history SET amount_satang = 1',
      // Marking a line voided without its void row (the who, when and why) is refused too.
      'UPDATE contribution_history SET voided = 1',
      'DELETE FROM contribution_history_months',
      'DELETE FROM contribution_history',
      'UPDATE welfare_history SET voided = 1',
      'UPDATE welfare_history SET amount_satang = 1, voided = 1',
    ];
    for (const statement of refusedSql) expect(() => db.prepare(statement).run(), statement).toThrow('history-immutable');
    const { contributions, welfare } = await lines(elder.id);
    expectOk(await backend.fund['contributionHistory.void']({ historyId: contributions[0]?.id ?? 0, reason: 'ผิดคน' }));
    expectOk(await backend.fund['welfareHistory.void']({ historyId: welfare[0]?.id ?? 0, reason: 'ผิดคน' }));
    for (const statement of [
      'UPDATE contribution_history SET voided = 0',
      'UPDATE welfare_history SET voided = 0',
      'DELETE FROM contribution_history_voids',
      'UPDATE welfare_history_voids SET reason = 1',
    ])
      expect(() => db.prepare(statement).run(), statement).toThrow('history-immutable');
    expect(db.prepare('SELECT count(*) AS n FROM contribution_history_months').get()).toEqual({ n: 0 });
  });

  it('gives a welfare payment back to the cap, and lets the corrected one import', async () => {
    const hospital = expectOk(await backend.fund['welfare.types']({})).find((type) => type.code === 'hospital');
    await commit('contributionHistory', [[elder.memberNo, '07/2566', '6', '05/07/2566', '180', '', '']]);
    await commit('welfareHistory', [[elder.memberNo, 'hospital', '10/11/2566', '600', '3']]);
    const claim = {
      typeId: hospital?.id ?? 0,
      memberId: elder.id,
      eventDate: '2024-02-10',
      units: 3,
      recipient: { kind: 'member' as const },
    };
    // The yearly cap of 1,000 baht with 600 paid before the opening date leaves 400.
    expect(expectOk(await backend.fund['welfare.decide'](claim)).amountSatang).toBe(40000);
    const [payment] = (await lines(elder.id)).welfare;
    expect(payment).toMatchObject({ typeName: { th: expect.any(String) }, eventDate: '2023-11-10', amountSatang: 60000, units: 3 });
    expectOk(await backend.fund['welfareHistory.void']({ historyId: payment?.id ?? 0, reason: 'เป็นของสมาชิกคนอื่น' }));
    const decided = expectOk(await backend.fund['welfare.decide'](claim));
    expect(decided.amountSatang).toBe(60000);
    expect(decided.lines.some((line) => line.code === 'welfare.history-counted')).toBe(false);
    // The same member, type and day is free again: the corrected payment imports.
    await commit('welfareHistory', [[elder.memberNo, 'hospital', '10/11/2566', '200', '1']]);
    expect(expectOk(await backend.fund['welfare.decide'](claim)).amountSatang).toBe(60000);
    expect((await lines(elder.id)).welfare.map((entry) => [entry.amountSatang, entry.void?.reason ?? null])).toEqual([
      [60000, 'เป็นของสมาชิกคนอื่น'],
      [20000, null],
    ]);
  });
});
