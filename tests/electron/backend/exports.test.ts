import ExcelJS from 'exceljs';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

/** Issue 13 §4: the statement and the arrears list, made by the backend as A4 PDF and Excel, handed over once. */
describe('exports through the one file path', () => {
  let backend: TestBackend;
  let members: number[];
  let villages: number[];
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'), { openedOn: '2024-01-01' })));
    members = [];
    villages = [];
    for (const moo of [1, 2, 3])
      villages.push(expectOk(await backend.fund['villages.add']({ code: `8602140${moo}`, moo, name: `บ้านหมู่ที่${moo}` })).id);
    // Three villages; each member paid a different number of months from January 2024.
    for (const [serial, months, moo] of [
      [1, 30, 1],
      [2, 20, 1],
      [3, 10, 2],
      [4, 34, 3],
    ] as const) {
      const member = expectOk(await backend.fund['members.register'](memberInput(serial, { villageId: villages[moo - 1] ?? null })));
      members.push(member.id);
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: `dues-${serial}-0001`,
          memberId: member.id,
          receivedOn: '2024-01-25',
          monthCount: months,
          amountSatang: months * 3000,
          numbering: { kind: 'app' },
        }),
      );
    }
  });
  afterEach(() => backend.close());

  async function saved(file: ProducedFile, name = file.fileName): Promise<string> {
    const location = join(backend.home, name);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  it('lists arrears with baht owed, totals of the whole list and its villages, and filters by village', async () => {
    const all = expectOk(await backend.fund['contributions.arrears']({ minMonths: 3, asOf: '2026-11-25' }));
    // Due through October 2026 (34 months from January 2024): 4, 14 and 24 months behind.
    expect(all.rows.map((row) => [row.memberNo, row.arrearsMonths, row.owedSatang, row.moo, row.village])).toEqual([
      ['00003', 24, 72000, 2, 'บ้านหมู่ที่2'],
      ['00002', 14, 42000, 1, 'บ้านหมู่ที่1'],
      ['00001', 4, 12000, 1, 'บ้านหมู่ที่1'],
    ]);
    expect(all.totals).toEqual({ members: 3, months: 42, owedSatang: 126000 });
    expect(all.places).toEqual([
      { villageId: villages[0], moo: 1, village: 'บ้านหมู่ที่1', members: 2 },
      { villageId: villages[1], moo: 2, village: 'บ้านหมู่ที่2', members: 1 },
    ]);
    const one = expectOk(await backend.fund['contributions.arrears']({ minMonths: 3, asOf: '2026-11-25', villageId: villages[0] }));
    expect(one.rows.map((row) => row.memberNo)).toEqual(['00002', '00001']);
    expect(one.totals).toEqual({ members: 2, months: 18, owedSatang: 54000 });
    // A page carries the whole list's totals, not the page's.
    const page = expectOk(await backend.fund['contributions.arrears']({ minMonths: 3, asOf: '2026-11-25', limit: 1 }));
    expect(page.rows).toHaveLength(1);
    expect(page.totals.owedSatang).toBe(126000);
  });

  it('makes the arrears list as an A4 PDF whose text reads back, and as a workbook with figures', async () => {
    const counts = tableCounts(backend.db());
    const pdf = expectOk(await backend.fund['exports.arrears']({ minMonths: 3, asOf: '2026-11-25', format: 'pdf' }));
    expect(pdf).toMatchObject({ format: 'pdf', pages: 1, fileName: 'รายชื่อผู้ค้างส่งเงินสมทบ ณ 2569-11-25.pdf' });
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain('รายชื่อสมาชิกค้างส่งเงินสมทบ');
    expect(text).toContain('1,260.00');
    expect(text).toContain(memberInput(3).lastName);

    const workbook = expectOk(
      await backend.fund['exports.arrears']({ minMonths: 3, asOf: '2026-11-25', villageId: villages[0], format: 'xlsx' }),
    );
    expect(workbook.fileName).toBe('รายชื่อผู้ค้างส่งเงินสมทบ หมู่ 1 บ้านหมู่ที่1 ณ 2569-11-25.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    const values =
      book.worksheets[0]
        ?.getSheetValues()
        .flat()
        .filter((value) => typeof value === 'number') ?? [];
    // The two members of village 1 owe 420 and 120 baht: 540 together.
    expect(values).toEqual(expect.arrayContaining([420, 120, 540]));
    // Making files writes nothing into the fund.
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  it('makes a member statement, passbook style, and refuses a member who is not there', async () => {
    const pdf = expectOk(await backend.fund['exports.memberStatement']({ memberId: members[2] ?? 0, asOf: '2026-11-25', format: 'pdf' }));
    expect(pdf.fileName).toBe('ใบแจ้งยอดสมาชิก 00003 ณ 2569-11-25.pdf');
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain('RC2567-000003');
    expect(text).toContain('720.00');
    const workbook = expectOk(await backend.fund['exports.memberStatement']({ memberId: members[2] ?? 0, format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    expect(book.worksheets.length).toBeGreaterThan(0);
    expect(await backend.fund['exports.memberStatement']({ memberId: 999, format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'member-not-found', field: 'memberId' },
    });
  });

  it('hands a file over once, never over a fund file, and keeps nothing once the host closes', async () => {
    const pdf = expectOk(await backend.fund['exports.arrears']({ format: 'pdf' }));
    expect(await backend.app['files.save']({ fileId: pdf.fileId, location: join(backend.home, 'fund.swfund') })).toMatchObject({
      ok: false,
      error: { code: 'bad-location', field: 'location' },
    });
    const location = await saved(pdf, 'list.pdf');
    expect(existsSync(location)).toBe(true);
    expect(await backend.app['files.save']({ fileId: pdf.fileId, location: join(backend.home, 'again.pdf') })).toMatchObject({
      ok: false,
      error: { code: 'file-not-ready', field: 'fileId' },
    });
    expect(existsSync(join(backend.home, 'again.pdf'))).toBe(false);
    expectOk(await backend.fund['exports.arrears']({ format: 'xlsx' }));
    backend.host.close();
    expect(readdirSync(join(backend.home, '.transfers'))).toEqual([]);
  });

  it('takes a file named by path, describes it by id with its hash, and refuses what is not there', async () => {
    const pdf = expectOk(await backend.fund['exports.arrears']({ format: 'pdf' }));
    const location = await saved(pdf, 'brought.pdf');
    const received = expectOk(await backend.app['files.receive']({ location }));
    expect(received).toMatchObject({ name: 'brought.pdf', bytes: pdf.bytes, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(expectOk(await backend.app['files.describe']({ fileId: received.fileId }))).toEqual(received);
    expect(await backend.app['files.receive']({ location: join(backend.home, 'missing.xlsx') })).toMatchObject({
      ok: false,
      error: { code: 'file-not-found', field: 'location' },
    });
  });
});
