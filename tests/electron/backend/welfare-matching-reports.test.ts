import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { pdfPages } from '../../support/pdf-text';
import { inCash } from '../../support/money-accounts';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { matchingCountsOf } from '../../../electron/backend/steps/matching-eligibility';

const fundName = 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์';

/** Issue 16 §5: the welfare register and summary by type, and the matching-eligibility list (Decision 15). */
describe('welfare and matching reports', () => {
  let backend: TestBackend;
  let first: number;
  let hospital: number;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    const types = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    hospital = types.find((type) => type.code === 'hospital')?.id ?? 0;
    first = expectOk(await backend.fund['members.register'](memberInput(1))).id;
    expectOk(
      await backend.fund['contributions.record']({
        requestId: 'dues-000001',
        memberId: first,
        receivedOn: '2024-01-25',
        monthCount: 35,
        amountSatang: 105000,
        numbering: { kind: 'app' },
        ...inCash,
      }),
    );
  });
  afterEach(() => backend.close());

  async function payHospital(serial: number, eventDate: string, paidOn: string) {
    const claim = expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId: `claim-${serial}-000`,
        typeId: hospital,
        memberId: first,
        eventDate,
        units: 2,
        recipient: { kind: 'member' },
      }),
    );
    expectOk(await backend.fund['welfare.approveClaim']({ claimId: claim.id, meetingRef: 'มติ 1/2568' }));
    expectOk(
      await backend.fund['welfare.payClaim']({ claimId: claim.id, requestId: `pay-${serial}-000`, paidOn, payeeName: 'ผู้ป่วย', ...inCash }),
    );
  }

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  it('sums welfare by type since founding and in the last fiscal year, with the year’s register', async () => {
    await payHospital(1, '2025-03-01', '2025-03-05');
    await payHospital(2, '2026-03-01', '2026-03-05');
    // 25 Nov 2026 is in fiscal year 2027: the last full one is 2026 (ปีงบประมาณ 2569).
    const report = expectOk(await backend.fund['reports.welfare']({}));
    expect(report.fiscalYear).toBe(2026);
    const line = report.types.find((type) => type.typeId === hospital);
    expect(line?.cumulative).toEqual({ persons: 1, amountSatang: 80000 });
    expect(line?.year).toEqual({ persons: 1, amountSatang: 40000 });
    expect(report.totals).toEqual({ cumulative: { persons: 1, amountSatang: 80000 }, year: { persons: 1, amountSatang: 40000 } });
    expect(report.register).toHaveLength(1);
    expect(report.register[0]).toMatchObject({ paidOn: '2026-03-05', memberNo: '00001', dependentName: null, amountSatang: 40000 });
    const chosen = expectOk(await backend.fund['reports.welfare']({ fiscalYear: 2025 }));
    expect(chosen.register.map((row) => row.paidOn)).toEqual(['2025-03-05']);
    expect(expectOk(await backend.fund['reports.welfare']({ fiscalYear: 2024 })).totals.year).toEqual({ persons: 0, amountSatang: 0 });
  });

  it('prints the welfare report on A4 and writes it to a workbook with its figures as numbers', async () => {
    await payHospital(1, '2026-03-01', '2026-03-05');
    const counts = tableCounts(backend.db());
    const pdf = expectOk(await backend.fund['exports.welfareReport']({ format: 'pdf' }));
    expect(pdf.fileName).toBe('ทะเบียนและสรุปการจ่ายสวัสดิการ ปีงบประมาณ 2569.pdf');
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain(fundName);
    expect(text).toContain('ทะเบียนและสรุปการจ่ายสวัสดิการสมาชิก');
    expect(text).toContain('400.00');
    const workbook = expectOk(await backend.fund['exports.welfareReport']({ fiscalYear: 2026, format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    expect(book.worksheets.length).toBeGreaterThanOrEqual(2);
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells).toContain('ประเภทสวัสดิการ');
    // 400 baht in the summary's year column, its total, the register's line and its total: numbers, not text.
    expect(cells.filter((value) => value === 400).length).toBeGreaterThanOrEqual(4);
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  it('lists members with a full year at 30 September, matched fewer than 3 times, with counts by village and age', async () => {
    const villageId = expectOk(await backend.fund['villages.add']({ code: '86021403', moo: 3, name: 'บ้านหนองบัว' })).id;
    const young = expectOk(
      await backend.fund['members.register'](memberInput(2, { appliedOn: '2026-01-05', approvedOn: '2026-01-10', villageId })),
    ).id;
    const leaver = expectOk(await backend.fund['members.register'](memberInput(3))).id;
    expectOk(
      await backend.fund['members.recordStatus']({ memberId: leaver, kind: 'resigned', effectiveOn: '2026-05-01', reason: 'ย้ายที่อยู่' }),
    );
    expectOk(await backend.fund['members.register'](memberInput(4, { appliedOn: '2026-10-01', approvedOn: '2026-10-05' })));
    const child = expectOk(
      await backend.fund['members.register'](memberInput(5, { title: 'เด็กชาย', birthDate: '2015-01-01', gender: 'male' })),
    ).id;

    const list = expectOk(await backend.fund['reports.matchingEligibility']({}));
    expect(list.cutoff).toBe('2026-09-30');
    expect(list.counts).toEqual({ members: 3, eligible: 2, underAYear: 1, matchedOut: 0 });
    expect(list.rows.map((row) => row.memberId).sort()).toEqual([first, child].sort());
    expect(list.rows.find((row) => row.memberId === first)).toMatchObject({
      memberSince: '2024-01-20',
      completedYears: 2,
      timesMatched: 0,
    });
    expect(list.total).toBe(2);
    expect(list.byAge).toEqual([
      { band: 'child', members: 1, eligible: 1, underAYear: 0, matchedOut: 0 },
      { band: 'working-age', members: 2, eligible: 1, underAYear: 1, matchedOut: 0 },
      { band: 'elderly', members: 0, eligible: 0, underAYear: 0, matchedOut: 0 },
    ]);
    expect(list.byVillage.reduce((sum, village) => sum + village.members, 0)).toBe(3);
    expect(list.byVillage.find((village) => village.moo === 3)).toMatchObject({ village: 'บ้านหนองบัว', underAYear: 1 });
    expect(list.rows.some((row) => row.memberId === young)).toBe(false);
    // A year earlier the leaver still counted, and the young member had not joined.
    expect(expectOk(await backend.fund['reports.matchingEligibility']({ year: 2025 })).counts).toEqual({
      members: 3,
      eligible: 3,
      underAYear: 0,
      matchedOut: 0,
    });
    expect(expectOk(await backend.fund['reports.matchingEligibility']({ limit: 1, offset: 1 })).rows).toHaveLength(1);
    // The status form's counts-only read (no names, no order) counts exactly as the list does.
    for (const year of [2025, 2026])
      expect(matchingCountsOf(backend.db(), year)).toEqual(expectOk(await backend.fund['reports.matchingEligibility']({ year })).counts);

    const pdf = expectOk(await backend.fund['exports.matchingEligibility']({ format: 'pdf' }));
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain(fundName);
    expect(text).toContain('30 กันยายน พ.ศ. 2569');
    const workbook = expectOk(await backend.fund['exports.matchingEligibility']({ year: 2026, format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    expect(book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat())).toContain('มีสิทธิ์');
  });

  it('refuses a year outside the fund’s life or a future cut-off on its field, in Thai and English', async () => {
    const cases = [
      [await backend.fund['reports.welfare']({ fiscalYear: 2028 }), 'fiscal-year-outside fiscalYear'],
      [await backend.fund['reports.welfare']({ fiscalYear: 2569 }), 'bad-input fiscalYear'],
      [await backend.fund['reports.matchingEligibility']({ year: 2027 }), 'matching-year-outside year'],
      [await backend.fund['reports.matchingEligibility']({ year: 2005 }), 'matching-year-outside year'],
      [await backend.fund['exports.welfareReport']({ fiscalYear: 2005, format: 'pdf' }), 'fiscal-year-outside fiscalYear'],
      [await backend.fund['exports.matchingEligibility']({ year: 2030, format: 'xlsx' }), 'matching-year-outside year'],
    ] as const;
    for (const [result, expected] of cases) {
      expect(result.ok ? 'ok' : `${result.error.code} ${result.error.field}`).toBe(expected);
      expect(result.ok ? '' : result.error.message.en).not.toBe('');
    }
    const future = cases[2][0];
    expect(future.ok ? '' : future.error.message.th).toContain('30 ก.ย. 2570');
  });
});
