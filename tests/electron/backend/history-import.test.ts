import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contributionHeaders, historyFund, suggestedMapping, welfareHeaders, type HistoryFund } from '../../support/history-fund';
import { bringFile, csvBytes, xlsxBytes, type SheetCell } from '../../support/import-files';
import { inCash } from '../../support/money-accounts';
import { expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 19 §2: contribution and welfare history from before the opening date (1 Jan 2024), imported the way
 * members are. Memo rows never reach the journal, yet they drive arrears, waiting periods and welfare caps.
 */
describe('importing history before the opening date', () => {
  let backend: TestBackend;
  let elder: HistoryFund['elder'];
  let advance: HistoryFund['advance'];
  beforeEach(async () => {
    ({ backend, elder, advance } = await historyFund());
  });
  afterEach(() => backend.close());

  const count = (table: string) => (backend.db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  async function contributions(rows: SheetCell[][]) {
    const fileId = await bringFile(backend, `history-${Math.random()}.xlsx`, await xlsxBytes([contributionHeaders, ...rows]));
    const sheet = expectOk(await backend.fund['contributionHistory.open']({ fileId }));
    const input = { fileId, mapping: suggestedMapping(sheet.columns) };
    return { input, preview: expectOk(await backend.fund['contributionHistory.preview'](input)) };
  }

  async function welfare(rows: SheetCell[][]) {
    const fileId = await bringFile(
      backend,
      `welfare-${Math.random()}.csv`,
      csvBytes([welfareHeaders, ...rows.map((row) => row.map(String))], 'utf-8-bom'),
    );
    const sheet = expectOk(await backend.fund['welfareHistory.open']({ fileId }));
    const input = { fileId, mapping: suggestedMapping(sheet.columns) };
    return { input, preview: expectOk(await backend.fund['welfareHistory.preview'](input)) };
  }

  /** July–December 2023 as history, January 2024 as a receipt: the elder owes nothing in February 2024. */
  async function payElderThroughJanuary() {
    const { input, preview } = await contributions([
      [elder.memberNo, '07/2566', 6, '05/07/2566', 180, '', ''],
      [elder.memberNo, '01/2567', 1, '10/01/2567', 30, '', ''],
    ]);
    expectOk(await backend.fund['contributionHistory.commit']({ ...input, sha256: preview.sheet.sha256, acceptedCount: 2, ...inCash }));
  }

  const problemCodes = (preview: { rows: { rowNumber: number; problems: { code: string }[] }[] }, rowNumber: number) =>
    preview.rows.find((row) => row.rowNumber === rowNumber)?.problems.map((problem) => problem.code) ?? [];

  it('hands out templates with Thai headers that map themselves', async () => {
    for (const method of ['contributionHistory', 'welfareHistory'] as const) {
      const file = expectOk(await backend.fund[`${method}.template`]({}));
      const location = join(backend.home, file.fileName);
      expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(location);
      const [sheet, example] = workbook.worksheets;
      const headers = (sheet?.getRow(1).values as SheetCell[]).slice(1);
      expect(headers[0]).toBe('สมาชิก (เลขสมาชิกหรือเลขประจำตัวประชาชน)');
      const fileId = await bringFile(
        backend,
        `${method}.xlsx`,
        await xlsxBytes([headers, (example?.getRow(2).values as SheetCell[]).slice(1)]),
      );
      const opened = await backend.fund[`${method}.open`]({ fileId });
      expect(opened.ok && opened.value.columns.every((column) => column.field !== null)).toBe(true);
    }
  });

  it('keeps memo rows out of the journal, posts rows from the opening date as receipts, and clears the arrears history covers', async () => {
    const before = expectOk(await backend.fund['contributions.statement']({ memberId: elder.id, asOf: '2024-01-15' }));
    expect(before.overduePeriods).toEqual(['2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12']);
    const { input, preview } = await contributions([
      [elder.memberNo, '07/2566', 6, '05/07/2566', 180, '3', '011'],
      [advance.memberNo, '12/2566', 1, '20/12/2566', '30', '3', '012'],
      [advance.memberNo, 'ม.ค. 2567', 12, '28/12/2566', '365', '3', '013'],
      // From the opening date on: an ordinary receipt from book 4.
      [elder.memberNo, '01/2567', 1, '10/01/2567', 30, '4', '001'],
    ]);
    expect(preview.rows.map((row) => [row.profile.posting, row.accepted])).toEqual([
      ['memo', true],
      ['memo', true],
      ['memo', true],
      ['receipt', true],
    ]);
    expect(preview.rows[2]?.profile.periods).toHaveLength(12);
    const entries = count('journal_entries');
    const refused = await backend.fund['contributionHistory.commit']({ ...input, sha256: preview.sheet.sha256, acceptedCount: 4 });
    expect(refused.ok ? '' : refused.error.code).toBe('history-account-required');
    expect(count('contribution_history')).toBe(0);
    const done = expectOk(
      await backend.fund['contributionHistory.commit']({ ...input, sha256: preview.sheet.sha256, acceptedCount: 4, ...inCash }),
    );
    expect(done).toMatchObject({ memo: 3, receipts: 1, rejected: 0, firstReceiptNo: '4/001' });
    // Three memo lines, one receipt: exactly one journal entry more.
    expect(count('journal_entries')).toBe(entries + 1);
    expect(count('contribution_history_months')).toBe(6 + 1 + 12);

    const elderNow = expectOk(await backend.fund['contributions.statement']({ memberId: elder.id, asOf: '2024-06-15' }));
    expect(elderNow.overduePeriods).toEqual(['2024-02', '2024-03', '2024-04', '2024-05']);
    const elderThen = expectOk(await backend.fund['contributions.statement']({ memberId: elder.id, asOf: '2024-01-15' }));
    expect(elderThen.arrearsMonths).toBe(0);
    // As of a day before the history was paid, it does not count yet (Decision 7's "as of").
    const beforePaid = expectOk(await backend.fund['contributions.statement']({ memberId: elder.id, asOf: '2023-07-01' }));
    expect(beforePaid.months.find((month) => month.period === '2023-07')?.state).not.toBe('paid');
    const advanceNow = expectOk(await backend.fund['contributions.statement']({ memberId: advance.id, asOf: '2024-06-15' }));
    expect(advanceNow.arrearsMonths).toBe(0);
    expect(advanceNow.nextUnpaid).toBe('2025-01');
    // The fast path (the arrears list) agrees with the statements.
    const list = expectOk(await backend.fund['contributions.arrears']({ minMonths: 1, asOf: '2024-06-15', limit: 50 }));
    expect(list.rows.map((row) => [row.memberId, row.arrearsMonths])).toEqual([[elder.id, 4]]);
    // A month history covers cannot be paid again, and history cannot be edited.
    const again = await backend.fund['contributions.record']({
      ...inCash,
      memberId: advance.id,
      receivedOn: '2024-06-15',
      periods: ['2024-03'],
      includeEntryFee: false,
      requestId: 'pay-again-0001',
      amountSatang: 3000,
      numbering: { kind: 'app' },
      collector: '',
    });
    expect(again.ok ? '' : again.error.code).toBe('period-already-paid');
    expect(() => backend.db().prepare('UPDATE contribution_history SET amount_satang = 1').run()).toThrow(/history-immutable/);
    expect(() => backend.db().prepare('DELETE FROM contribution_history_months').run()).toThrow(/history-immutable/);
  });

  it('shows every problem per cell: unknown member, impossible dates, B.E./C.E. mix-ups, months and receipt numbers twice', async () => {
    const first = await contributions([[elder.memberNo, '07/2566', 1, '05/07/2566', 30, '3', '001']]);
    expectOk(await backend.fund['contributionHistory.commit']({ ...first.input, sha256: first.preview.sheet.sha256, acceptedCount: 1 }));
    const { input, preview } = await contributions([
      ['99999', '08/2566', 1, '05/08/2566', 30, '', ''],
      [elder.memberNo, '08/2566', 1, '31/02/2567', 30, '', ''],
      [elder.memberNo, '09/2566', 1, '05/09/2023', 30, '', ''],
      [elder.memberNo, '10/2566', 2, '05/10/2566', 60, '', ''],
      [elder.memberNo, '11/2566', 1, '05/11/2566', 30, '', ''],
      [elder.memberNo, '07/2566', 1, '05/07/2566', 30, '3', '001'],
      [elder.memberNo, 'ธ.ค. 2566', 1, '05/12/2566', 'สามสิบ', '5', '7'],
      [advance.memberNo, '13/2566', 1, '05/12/2566', 30, '5', '7'],
    ]);
    expect(problemCodes(preview, 2)).toEqual(['history-member-not-found']);
    expect(problemCodes(preview, 3)).toEqual(['import-date-impossible']);
    expect(problemCodes(preview, 5)).toEqual(['history-month-twice-in-file']);
    expect(problemCodes(preview, 6)).toEqual(['history-month-twice-in-file']);
    expect(problemCodes(preview, 7)).toEqual(['history-month-already-paid', 'history-paper-no-in-fund']);
    expect(problemCodes(preview, 8)).toEqual(['history-amount-invalid', 'history-paper-no-twice-in-file']);
    expect(problemCodes(preview, 9)).toEqual(['import-date-impossible', 'history-paper-no-twice-in-file']);
    expect(preview.rows[0]?.problems[0]?.message.th).toContain('A2');
    // 05/09/2023 in a column of B.E. years is a C.E. year where B.E. was said.
    const strict = expectOk(
      await backend.fund['contributionHistory.preview']({
        ...input,
        mapping: input.mapping.map((entry) => (entry.field === 'paidOn' ? { ...entry, era: 'be' as const } : entry)),
      }),
    );
    expect(problemCodes(strict, 4)).toEqual(['import-ce-year-in-be-column']);
    // Auto reads 2023 as C.E.: the row stands.
    expect(problemCodes(preview, 4)).toEqual([]);

    const rejected = expectOk(await backend.fund['contributionHistory.rejected'](input));
    expect(rejected.rows).toBe(preview.rejectedCount);
    const location = join(backend.home, rejected.fileName);
    expectOk(await backend.app['files.save']({ fileId: rejected.fileId, location }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(location);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(contributionHeaders.length + 1).text).toBe('เหตุที่นำเข้าไม่ได้');
    expect(sheet?.getRow(2).getCell(contributionHeaders.length + 1).text).toContain('ไม่พบสมาชิก «99999»');
  });

  it('refuses an empty file and a sheet without headers', async () => {
    const empty = await bringFile(backend, 'empty.csv', new Uint8Array());
    const opened = await backend.fund['contributionHistory.open']({ fileId: empty });
    expect(opened.ok ? '' : opened.error.code).toBe('import-file-empty');
    const headless = await bringFile(backend, 'headless.csv', csvBytes([[elder.memberNo, '07/2566', '1', '05/07/2566', '30']], 'utf-8'));
    const read = await backend.fund['welfareHistory.open']({ fileId: headless });
    expect(read.ok ? '' : read.error.code).toBe('import-no-header');
  });

  it('is all or nothing: a commit whose preview no longer holds writes nothing', async () => {
    const { input, preview } = await contributions([
      [elder.memberNo, '07/2566', 1, '05/07/2566', 30, '', ''],
      [elder.memberNo, '01/2567', 1, '10/01/2567', 30, '', ''],
    ]);
    expect(preview.acceptedCount).toBe(2);
    // Meanwhile January 2024 is paid at the counter: the sheet's receipt row would pay it twice.
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        memberId: elder.id,
        receivedOn: '2024-01-10',
        periods: ['2024-01'],
        includeEntryFee: false,
        requestId: 'counter-0000001',
        amountSatang: 3000,
        numbering: { kind: 'app' },
        collector: '',
      }),
    );
    const audits = count('audit_events');
    const refused = await backend.fund['contributionHistory.commit']({
      ...input,
      sha256: preview.sheet.sha256,
      acceptedCount: 2,
      ...inCash,
    });
    expect(refused.ok ? '' : refused.error.code).toBe('import-preview-changed');
    expect([count('contribution_history'), count('contribution_history_months'), count('audit_events')]).toEqual([0, 0, audits]);
  });

  it('imports welfare history as memo only, refuses rows from the opening date on, and counts it toward caps', async () => {
    const { input, preview } = await welfare([
      [elder.memberNo, 'hospital', '10/11/2566', '600', '3'],
      [elder.memberNo, 'เจ็บป่วยนอนโรงพยาบาล', '10/02/2567', '400', '2'],
      [elder.memberNo, 'ฝากเงิน', '10/11/2566', '600', ''],
      ['99999', 'hospital', '10/11/2566', '600', '3'],
      [elder.memberNo, 'hospital', '10/11/2566', '600', '3'],
    ]);
    expect(problemCodes(preview, 2)).toEqual(['history-welfare-twice-in-file']);
    expect(problemCodes(preview, 3)).toEqual(['history-welfare-after-opening']);
    expect(preview.rows[1]?.problems[0]?.message.th).toContain('บันทึกเป็นคำขอรับสวัสดิการ');
    expect(problemCodes(preview, 4)).toEqual(['history-welfare-type-not-found']);
    expect(problemCodes(preview, 5)).toEqual(['history-member-not-found']);
    expect(preview.acceptedCount).toBe(0);
    expect(expectOk(await backend.fund['welfareHistory.rejected'](input)).rows).toBe(5);

    await payElderThroughJanuary();
    const hospital = expectOk(await backend.fund['welfare.types']({})).find((type) => type.code === 'hospital');
    const claim = {
      typeId: hospital?.id ?? 0,
      memberId: elder.id,
      eventDate: '2024-02-10',
      units: 3,
      recipient: { kind: 'member' as const },
    };
    expect(expectOk(await backend.fund['welfare.decide'](claim)).amountSatang).toBe(60000);

    const single = await welfare([[elder.memberNo, 'hospital', '10/11/2566', '600', '3']]);
    const entries = count('journal_entries');
    expectOk(await backend.fund['welfareHistory.commit']({ ...single.input, sha256: single.preview.sheet.sha256, acceptedCount: 1 }));
    expect(count('journal_entries')).toBe(entries);
    expect(count('welfare_history')).toBe(1);
    // 600 baht paid in fiscal year 2567 before the opening date: the yearly cap of 1,000 leaves 400, and the explanation says why.
    const decided = expectOk(await backend.fund['welfare.decide'](claim));
    expect(decided.amountSatang).toBe(40000);
    expect(decided.lines.find((line) => line.code === 'welfare.history-counted')?.params).toMatchObject({ count: 1, amount: 60000 });
    const twice = await welfare([[elder.memberNo, 'hospital', '10/11/2566', '600', '3']]);
    expect(problemCodes(twice.preview, 2)).toEqual(['history-welfare-in-fund']);
  });

  it('counts a lifetime cap and a waiting period from the first payment with history', async () => {
    const version = {
      effectiveFrom: '2019-01-01',
      waitingDays: 60,
      amount: { kind: 'per-event' as const, amountSatang: 50000 },
      recipients: ['member' as const],
      requiredDocuments: [],
    };
    const once = expectOk(
      await backend.fund['welfare.addType']({
        category: 'OTHER',
        nameTh: 'ช่วยเหลือครั้งเดียว',
        nameEn: 'Once-only help',
        version: { ...version, lifetimeCap: { count: 1 } },
      }),
    );
    const fromPayment = expectOk(
      await backend.fund['welfare.addType']({
        category: 'OTHER',
        nameTh: 'ช่วยเหลือฉุกเฉิน',
        nameEn: 'Emergency help',
        version: { ...version, waitingFrom: 'first-payment' },
      }),
    );
    const paid = await contributions([[elder.memberNo, '01/2567', 1, '10/01/2567', 30, '', '']]);
    expectOk(
      await backend.fund['contributionHistory.commit']({ ...paid.input, sha256: paid.preview.sheet.sha256, acceptedCount: 1, ...inCash }),
    );
    const event = { memberId: elder.id, eventDate: '2024-02-01', recipient: { kind: 'member' as const } };
    // First payment 10 Jan 2024: 22 days by 1 February.
    const early = expectOk(await backend.fund['welfare.decide']({ ...event, typeId: fromPayment.id }));
    expect(early.lines.find((line) => line.code === 'welfare.waiting-first-payment')).toMatchObject({
      params: { from: '2024-01-10', days: 22 },
      passed: false,
    });

    const memo = await contributions([[elder.memberNo, '07/2566', 6, '05/07/2566', 180, '', '']]);
    expectOk(await backend.fund['contributionHistory.commit']({ ...memo.input, sha256: memo.preview.sheet.sha256, acceptedCount: 1 }));
    expect(expectOk(await backend.fund['welfare.decide']({ ...event, typeId: once.id })).eligible).toBe(true);
    const history = await welfare([[elder.memberNo, 'ช่วยเหลือครั้งเดียว', '01/09/2566', '500', '']]);
    expectOk(await backend.fund['welfareHistory.commit']({ ...history.input, sha256: history.preview.sheet.sha256, acceptedCount: 1 }));
    const waiting = expectOk(await backend.fund['welfare.decide']({ ...event, typeId: fromPayment.id }));
    expect(waiting.lines.find((line) => line.code === 'welfare.waiting-first-payment')?.params).toMatchObject({ from: '2023-07-05' });
    expect(waiting.eligible).toBe(true);
    const capped = expectOk(await backend.fund['welfare.decide']({ ...event, typeId: once.id }));
    expect(capped.refusal?.code).toBe('claim-lifetime-count-cap-reached');
  });
});
