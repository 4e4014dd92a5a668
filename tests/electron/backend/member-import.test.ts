import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportColumn } from '../../../shared/api/member-import-types';
import type { ImportMapping } from '../../../shared/domain/members/import/import-fields';
import { fundInput, memberInput } from '../../support/builders';
import { badCitizenIdOf, bringFile, citizenIdOf, csvBytes, xlsxBytes, type SheetCell } from '../../support/import-files';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

const headers = ['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด', 'หมู่ที่', 'วันที่เป็นสมาชิก', 'ส่งเงินสมทบถึงเดือน'];

/** Issue 19 §1: members from Excel or CSV, every problem shown per cell before anything is written. */
describe('importing members', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'), { openedOn: '2024-01-01' })));
    expectOk(await backend.fund['villages.add']({ code: '86021403', moo: 3, name: 'บ้านท่าข้าม' }));
  });
  afterEach(() => backend.close());

  const memberCount = () => (backend.db().prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
  const auditCount = () => (backend.db().prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;

  function mappingOf(columns: readonly ImportColumn[]): ImportMapping {
    return columns.flatMap((column) => (column.field ? [{ column: column.index, field: column.field, era: column.era }] : []));
  }

  async function preview(fileId: string, mapping?: ImportMapping) {
    const sheet = expectOk(await backend.fund['memberImport.open']({ fileId }));
    return backend.fund['memberImport.preview']({ fileId, mapping: mapping ?? mappingOf(sheet.columns), defaultApprovalRef: 'ทะเบียนเดิม' });
  }

  it('hands out a template with Thai headers, Excel checks for gender, titles and dates, and an example member', async () => {
    const file = expectOk(await backend.fund['memberImport.template']({}));
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(location);
    const [sheet, example] = workbook.worksheets;
    expect(sheet?.getRow(1).getCell(1).text).toBe('เลขประจำตัวประชาชน');
    expect(sheet?.getRow(1).getCell(7).text).toBe('วันเกิด (พ.ศ.)');
    expect(sheet?.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: ['"ชาย,หญิง"'] });
    expect(sheet?.getCell('G500').dataValidation).toMatchObject({ type: 'custom' });
    expect(example?.getRow(2).getCell(4).text).toBe('สมศรี');
    // The template's own headers map themselves.
    const fileId = await bringFile(
      backend,
      'template.xlsx',
      await xlsxBytes([(sheet?.getRow(1).values as SheetCell[]).slice(1), (example?.getRow(2).values as SheetCell[]).slice(1)]),
    );
    const opened = expectOk(await backend.fund['memberImport.open']({ fileId }));
    expect(opened.columns.every((column) => column.field !== null)).toBe(true);
  });

  it('reads dates in B.E. and C.E., Thai digits, date cells, IDs with dashes and titles as gender, then commits all or nothing', async () => {
    const rows: SheetCell[][] = [
      headers,
      [
        citizenIdOf(1).replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1-$2-$3-$4-$5'),
        'นาง',
        'สมศรี',
        'ใจดี',
        '12/05/2505',
        'หมู่ 3',
        '15/06/2560',
        '09/2566',
      ],
      [citizenIdOf(2), 'น.ส.', 'มาลี', 'มีสุข', new Date(Date.UTC(1980, 0, 31)), '', '๑/๗/๒๕๖๑', 'ไม่ค้าง'],
      [Number(citizenIdOf(3)), 'ด.ช.', 'ก้อง', 'ทองคำ', '2015-03-01', 'บ้านท่าข้าม', '2023-05-01', '4/2566'],
    ];
    const fileId = await bringFile(backend, 'members.xlsx', await xlsxBytes(rows));
    const sheet = expectOk(await backend.fund['memberImport.open']({ fileId }));
    expect(sheet.columns.map((column) => column.field)).toEqual([
      'citizenId',
      'title',
      'firstName',
      'lastName',
      'birthDate',
      'village',
      'approvedOn',
      'paidThrough',
    ]);
    const before = { members: memberCount(), audits: auditCount() };
    const shown = expectOk(await preview(fileId));
    expect(shown.rows.flatMap((row) => row.problems.map((problem) => problem.message.en))).toEqual([]);
    expect(shown.acceptedCount).toBe(3);
    expect(shown.rows[0]?.profile).toMatchObject({
      gender: 'female',
      birthDate: '1962-05-12',
      approvedOn: '2017-06-15',
      paidThroughPeriod: '2023-09',
    });
    expect(shown.rows[1]?.profile).toMatchObject({
      title: 'นางสาว',
      birthDate: '1980-01-31',
      approvedOn: '2018-07-01',
      noArrearsAtOpening: true,
    });
    expect(shown.rows[2]?.profile).toMatchObject({
      gender: 'male',
      title: 'เด็กชาย',
      birthDate: '2015-03-01',
      paidThroughPeriod: '2023-04',
    });
    expect({ members: memberCount(), audits: auditCount() }).toEqual(before);

    const result = expectOk(
      await backend.fund['memberImport.commit']({
        fileId,
        mapping: mappingOf(sheet.columns),
        defaultApprovalRef: 'ทะเบียนเดิม',
        sha256: sheet.sha256,
        acceptedCount: 3,
      }),
    );
    expect(result).toMatchObject({ imported: 3, rejected: 0, firstMemberNo: '00001', lastMemberNo: '00003' });
    const found = expectOk(await backend.fund['members.search']({ query: 'มาลี' }));
    expect(found.rows[0]?.fullName).toContain('มาลี');
    const audits = backend.db().prepare("SELECT entity FROM audit_events WHERE method = 'memberImport.commit' ORDER BY id").all() as {
      entity: string;
    }[];
    expect(audits.map((row) => row.entity)).toEqual(['member', 'member', 'member', 'member_import']);

    // The mapping is remembered per fund: a sheet with these headers in another order opens mapped.
    const again = await bringFile(
      backend,
      'again.csv',
      csvBytes(
        [
          [headers[6] ?? '', headers[0] ?? '', 'อะไรก็ได้'],
          ['1/1/2560', citizenIdOf(9), 'x'],
        ],
        'utf-8',
      ),
    );
    const reopened = expectOk(await backend.fund['memberImport.open']({ fileId: again }));
    expect(reopened.columns.map((column) => column.field)).toEqual(['approvedOn', 'citizenId', null]);
  });

  it('shows every problem on its cell and writes nothing; the rejected rows come back as Excel with a reason column', async () => {
    expectOk(await backend.fund['members.register']({ ...memberInput(1), citizenId: citizenIdOf(50) }));
    const rows: SheetCell[][] = [
      headers,
      [citizenIdOf(10), 'นาย', 'ดี', 'มาก', '31/02/2567', '', '01/01/2560', '12/2566'],
      [badCitizenIdOf(11), 'นาย', 'สอง', 'สาม', '01/01/2500', '', '01/01/2560', '12/2566'],
      [citizenIdOf(12), 'นาย', 'ซ้ำ', 'หนึ่ง', '01/01/2500', '', '01/01/2560', '12/2566'],
      [citizenIdOf(12), 'นาย', 'ซ้ำ', 'สอง', '01/01/2500', '', '01/01/2560', '12/2566'],
      [citizenIdOf(12), 'นาย', 'ซ้ำ', 'สาม', '01/01/2500', '', '01/01/2560', '12/2566'],
      [citizenIdOf(50), 'นาง', 'มี', 'แล้ว', '01/01/2500', '', '01/01/2560', '12/2566'],
      [citizenIdOf(13), 'นาง', '', 'ไม่มีชื่อ', '01/01/2565', 'หมู่ 9', '01/01/2560', ''],
      [citizenIdOf(14), 'นาง', 'ดี', 'พร้อม', '01/01/2500', 'หมู่ 3', '01/01/2560', '12/2566'],
    ];
    const fileId = await bringFile(backend, 'problems.xlsx', await xlsxBytes(rows));
    const before = { members: memberCount(), audits: auditCount() };
    const shown = expectOk(await preview(fileId));
    const codes = (rowNumber: number) => shown.rows.find((row) => row.rowNumber === rowNumber)?.problems.map((problem) => problem.code);
    expect(codes(2)).toEqual(['import-date-impossible']);
    expect(shown.rows[0]?.problems[0]?.message.th).toContain('E2');
    expect(codes(3)).toEqual(['import-bad-thai-id']);
    for (const rowNumber of [4, 5, 6]) expect(codes(rowNumber)).toEqual(['import-duplicate-in-file']);
    expect(shown.rows[3]?.problems[0]?.message.en).toContain('4, 6');
    expect(codes(7)).toEqual(['import-duplicate-in-fund']);
    expect(codes(8)).toEqual(['import-required', 'import-village-not-found', 'import-birth-after-joining', 'import-opening-dues-required']);
    expect(shown.acceptedCount).toBe(1);
    expect(shown.rejectedCount).toBe(7);
    expect({ members: memberCount(), audits: auditCount() }).toEqual(before);

    const sheet = expectOk(await backend.fund['memberImport.open']({ fileId }));
    const file = expectOk(
      await backend.fund['memberImport.rejected']({ fileId, mapping: mappingOf(sheet.columns), defaultApprovalRef: 'ทะเบียนเดิม' }),
    );
    expect(file.rows).toBe(7);
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(location);
    const book = workbook.worksheets[0];
    expect(book?.getRow(1).getCell(9).value).toBe('เหตุที่นำเข้าไม่ได้');
    expect(book?.getRow(2).getCell(5).value).toBe('31/02/2567');
    expect(book?.getRow(2).getCell(9).text).toContain('ช่อง E2 (วันเกิด (พ.ศ.)): วันที่ «31/02/2567» ไม่มีจริง');
    expect(book?.getRow(8).getCell(9).text).toContain('ต้องกรอก');
    expect(book?.rowCount).toBe(8);
    expect({ members: memberCount(), audits: auditCount() }).toEqual(before);

    // The commit takes the one good row, and refuses when the count the treasurer saw no longer holds.
    const commit = { fileId, mapping: mappingOf(sheet.columns), defaultApprovalRef: 'ทะเบียนเดิม', sha256: sheet.sha256 };
    const stale = await backend.fund['memberImport.commit']({ ...commit, acceptedCount: 2 });
    expect(stale.ok ? '' : stale.error.code).toBe('import-preview-changed');
    expect(memberCount()).toBe(before.members);
    expect(expectOk(await backend.fund['memberImport.commit']({ ...commit, acceptedCount: 1 })).imported).toBe(1);
  });
});
