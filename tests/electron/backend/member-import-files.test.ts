import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../shared/domain/members/import/import-fields';
import { fundInput } from '../../support/builders';
import { bringFile, citizenIdOf, csvBytes, xlsxBytes, type SheetCell } from '../../support/import-files';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

const headers = ['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด', 'หมู่ที่', 'วันที่เป็นสมาชิก', 'ส่งเงินสมทบถึงเดือน'];
const mapping: ImportMapping = [
  { column: 0, field: 'citizenId', era: 'auto' },
  { column: 1, field: 'title', era: 'auto' },
  { column: 2, field: 'firstName', era: 'auto' },
  { column: 3, field: 'lastName', era: 'auto' },
  { column: 4, field: 'birthDate', era: 'auto' },
  { column: 5, field: 'village', era: 'auto' },
  { column: 6, field: 'approvedOn', era: 'auto' },
  { column: 7, field: 'paidThrough', era: 'auto' },
];

function row(serial: number, overrides: Partial<Record<number, SheetCell>> = {}): SheetCell[] {
  const cells: SheetCell[] = [citizenIdOf(serial), 'นาง', `ชื่อ${serial}`, 'ใจดี', '12/05/2505', 'หมู่ 3', '15/06/2560', '09/2566'];
  for (const [index, value] of Object.entries(overrides)) cells[Number(index)] = value ?? null;
  return cells;
}

/** Issue 19's bad input, each refused clearly or handled, and nothing written either way. */
describe('files brought for a member import', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'), { openedOn: '2024-01-01' })));
    expectOk(await backend.fund['villages.add']({ code: '86021403', moo: 3, name: 'บ้านท่าข้าม' }));
  });
  afterEach(() => {
    // Nothing a preview or a refused file does is written: no member, and no audit row of an import.
    const written = backend.db().prepare("SELECT count(*) AS n FROM audit_events WHERE method LIKE 'memberImport.%'").get() as {
      n: number;
    };
    expect(written.n).toBe(0);
    expect((backend.db().prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBe(0);
    backend.close();
  });

  async function refusal(name: string, content: Uint8Array): Promise<string> {
    const fileId = await bringFile(backend, name, content);
    const opened = await backend.fund['memberImport.open']({ fileId });
    const previewed = await backend.fund['memberImport.preview']({ fileId, mapping, defaultApprovalRef: 'ทะเบียนเดิม' });
    expect(opened.ok ? '' : opened.error.code).toBe(previewed.ok ? '' : previewed.error.code);
    return opened.ok ? '' : `${opened.error.code}: ${opened.error.message.th}`;
  }

  async function previewRows(name: string, content: Uint8Array, chosen: ImportMapping = mapping) {
    const fileId = await bringFile(backend, name, content);
    return expectOk(await backend.fund['memberImport.preview']({ fileId, mapping: chosen, defaultApprovalRef: 'ทะเบียนเดิม' }));
  }

  it('refuses an empty file, a sheet with only headers, and a sheet with no header row, naming the cell', async () => {
    expect(await refusal('empty.csv', new Uint8Array())).toMatch(/^import-file-empty/);
    expect(await refusal('empty.xlsx', await xlsxBytes([]))).toMatch(/^import-file-empty/);
    expect(await refusal('headers.xlsx', await xlsxBytes([headers]))).toMatch(/^import-no-rows/);
    expect(await refusal('no-header.xlsx', await xlsxBytes([row(1), row(2)]))).toBe(
      `import-no-header: แถวแรกของตารางต้องเป็นหัวคอลัมน์ แต่ช่อง A1 เป็นข้อมูล («${citizenIdOf(1)}») กรุณาเพิ่มแถวหัวคอลัมน์ (ดูแบบฟอร์ม)`,
    );
  });

  it('refuses 100,000 rows with the limit named, before checking any row', async () => {
    const rows = [headers, ...Array.from({ length: 100_000 }, (_, index) => row(index + 1).map(String))];
    expect(await refusal('big.csv', csvBytes(rows, 'utf-8'))).toMatch(
      /^import-too-many-rows: แฟ้มมี 100000 แถว เกินกว่าที่นำเข้าได้ครั้งละ 50000 แถว/,
    );
  });

  it('refuses what is not a spreadsheet, an old .xls, and a workbook with a password', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await refusal('photo.png', png)).toMatch(/^import-not-spreadsheet/);
    expect(await refusal('paper.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n'))).toMatch(/^import-not-spreadsheet/);
    expect(await refusal('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toMatch(/^import-not-spreadsheet/);
    // Office saves a workbook with a password as an OLE compound file holding an "EncryptionInfo" stream; an
    // .xls is a compound file without one. The first sector and the directory entry name are what is read.
    const compound = (withEncryption: boolean) => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Buffer.from(withEncryption ? 'EncryptionInfo' : 'Workbook', 'utf16le'), 1024);
      return bytes;
    };
    expect(await refusal('locked.xlsx', compound(true))).toMatch(/^import-encrypted: .*ตั้งรหัสผ่าน/);
    expect(await refusal('old.xls', compound(false))).toMatch(/^import-old-xls/);
  });

  it('accepts a CSV in TIS-620, with a UTF-8 BOM, and without one', async () => {
    for (const encoding of ['tis-620', 'utf-8-bom', 'utf-8'] as const) {
      const shown = await previewRows(`members-${encoding}.csv`, csvBytes([headers, row(1).map(String), row(2).map(String)], encoding));
      expect(shown.sheet.encoding).toBe(encoding === 'tis-620' ? 'windows-874' : 'utf-8');
      expect(shown.sheet.columns[0]?.header).toBe('เลขประจำตัวประชาชน');
      expect(shown.rows.map((one) => one.profile.firstName)).toEqual(['ชื่อ1', 'ชื่อ2']);
      expect(shown.acceptedCount).toBe(2);
    }
  });

  it('gives a merged range its top-left value and says so', async () => {
    const shown = await previewRows('merged.xlsx', await xlsxBytes([headers, row(1), row(2, { 5: null }), row(3, { 5: null })], ['F2:F4']));
    expect(shown.sheet.mergedRanges).toEqual(['F2:F4']);
    expect(shown.rows.map((one) => one.profile.villageId)).toEqual([1, 1, 1]);
    expect(shown.acceptedCount).toBe(3);
  });

  it('takes a formula by the value Excel calculated, and names a formula never calculated', async () => {
    const calculated: SheetCell = { formula: 'CONCATENATE("สม","ศรี")', result: 'สมศรี' };
    const uncalculated: SheetCell = { formula: 'TODAY()', date1904: false };
    const shown = await previewRows('formulas.xlsx', await xlsxBytes([headers, row(1, { 2: calculated }), row(2, { 6: uncalculated })]));
    expect(shown.rows[0]?.profile.firstName).toBe('สมศรี');
    expect(shown.rows[1]?.problems.map((problem) => problem.message.th)).toEqual([
      'ช่อง G3 (วันที่เป็นสมาชิก (พ.ศ.)): สูตร «=TODAY()» ยังไม่มีค่า กรุณาเปิดใน Excel แล้วบันทึกใหม่ หรือพิมพ์ค่าแทนสูตร',
    ]);
  });

  it('refuses a field chosen for two columns, naming both', async () => {
    const fileId = await bringFile(backend, 'twice.xlsx', await xlsxBytes([headers, row(1)]));
    const twice = [...mapping.filter((entry) => entry.column !== 3), { column: 3, field: 'firstName' as const, era: 'auto' as const }];
    const refused = await backend.fund['memberImport.preview']({ fileId, mapping: twice, defaultApprovalRef: '' });
    expect(refused.ok ? '' : refused.error.message.th).toBe('«ชื่อ» ถูกเลือกให้สองคอลัมน์ (C, D) เลือกได้คอลัมน์เดียว');
  });

  it('flags B.E. years in a C.E. column, C.E. years in a B.E. column, dates 543 years off and 31/02/2567', async () => {
    const eras: ImportMapping = mapping.map((entry) =>
      entry.field === 'birthDate' ? { ...entry, era: 'ce' } : entry.field === 'approvedOn' ? { ...entry, era: 'be' } : entry,
    );
    const shown = await previewRows(
      'eras.xlsx',
      await xlsxBytes([
        headers,
        row(1, { 4: '12/05/2505', 6: '15/06/2017' }),
        row(2, { 4: '12/05/1962', 6: '15/06/2560' }),
        row(3, { 4: '12/05/1962', 6: '15/06/3103' }),
        row(4, { 4: '31/02/2024', 6: '31/02/2567' }),
      ]),
      eras,
    );
    expect(shown.rows.map((one) => one.problems.map((problem) => problem.code))).toEqual([
      ['import-be-year-in-ce-column', 'import-ce-year-in-be-column'],
      [],
      ['import-year-543-off'],
      ['import-date-impossible', 'import-date-impossible'],
    ]);
    expect(shown.rows[0]?.problems[0]?.message.en).toBe('Cell E2 (Birth date): the year 2505 is B.E. but this column is set to C.E.');
    expect(shown.rows[1]?.profile).toMatchObject({ birthDate: '1962-05-12', approvedOn: '2017-06-15' });
  });
});
