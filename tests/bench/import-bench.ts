import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportMapping } from '../../shared/domain/members/import/import-fields';
import { thaiIdCheckDigit } from '../../shared/domain/members/thai-id';
import { createHost } from '../../electron/backend/create-host';
import { fundInput } from '../support/builders';
import { fixedClock, tabClients } from '../support/test-backend';

const headers = ['เลขประจำตัวประชาชน', 'คำนำหน้าชื่อ', 'ชื่อ', 'นามสกุล', 'เพศ', 'วันเกิด', 'บ้านเลขที่', 'หมู่ที่', 'วันที่เป็นสมาชิก', 'ส่งเงินสมทบถึงเดือน'];
const firstNames = ['สมชาย', 'สมหญิง', 'บุญมี', 'ประเสริฐ', 'มาลี', 'วิไล', 'เกษม', 'แสงเดือน', 'โสภา', 'ไพโรจน์'];
const lastNames = ['ใจดี', 'รักษ์ไทย', 'มีสุข', 'ทองคำ', 'แก้วมณี', 'บุญเรือง', 'ศรีสุข', 'เพชรรัตน์'];

/** A fund's Excel list as treasurers keep it: B.E. dates typed as text, the หมู่ by number, paid-through months. */
async function writeMemberSheet(path: string, members: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('สมาชิก');
  sheet.addRow(headers).commit();
  for (let serial = 1; serial <= members; serial += 1) {
    const first12 = `3${String(serial).padStart(11, '0')}`;
    const female = serial % 2 === 0;
    sheet
      .addRow([
        `${first12}${thaiIdCheckDigit(first12)}`,
        female ? 'นาง' : 'นาย',
        firstNames[serial % firstNames.length],
        lastNames[serial % lastNames.length],
        female ? 'หญิง' : 'ชาย',
        `${1 + (serial % 28)}/${1 + (serial % 12)}/${2490 + (serial % 50)}`,
        String(serial % 300),
        String(1 + (serial % 10)),
        `${1 + (serial % 28)}/${1 + (serial % 12)}/${2550 + (serial % 10)}`,
        `${1 + (serial % 12)}/2566`,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Issue 19's figure (target < 20 s, preview included): a fresh fund takes an Excel list of `members` through
 * the API as the screen does — read the columns, preview every row, commit — in a host and fund of its own, so
 * the bench's own fund and its handle are left as they were.
 */
export async function benchMemberImport(options: { members: number; line: (label: string, milliseconds: number, extra?: string) => void }) {
  const home = mkdtempSync(join(join(process.env.TMPDIR ?? '/tmp'), 'swf-import-bench-'));
  const host = createHost({ home, locationMode: 'path', clock: fixedClock('2026-11-25') });
  const { app, fund } = tabClients(host);
  try {
    const created = await app['funds.create'](fundInput(join(home, 'import.swfund'), { openedOn: '2024-01-01', foundedOn: '2006-01-01' }));
    if (!created.ok) throw new Error(created.error.message.en);
    for (let moo = 1; moo <= 10; moo += 1)
      await fund['villages.add']({ code: `860214${String(moo).padStart(2, '0')}`, moo, name: `บ้านหมู่ ${moo}` });
    const path = join(home, 'members.xlsx');
    await writeMemberSheet(path, options.members);
    const received = await app['files.receive']({ location: path });
    if (!received.ok) throw new Error(received.error.message.en);
    const fileId = received.value.fileId;
    const start = performance.now();
    const sheet = await fund['memberImport.open']({ fileId });
    if (!sheet.ok) throw new Error(sheet.error.message.en);
    const mapping: ImportMapping = sheet.value.columns.flatMap((column) =>
      column.field ? [{ column: column.index, field: column.field, era: column.era }] : [],
    );
    const input = { fileId, mapping, defaultApprovalRef: 'ทะเบียนสมาชิกเดิม' };
    const preview = await fund['memberImport.preview'](input);
    if (!preview.ok) throw new Error(preview.error.message.en);
    const previewed = performance.now();
    const committed = await fund['memberImport.commit']({
      ...input,
      sha256: sheet.value.sha256,
      acceptedCount: preview.value.acceptedCount,
    });
    if (!committed.ok) throw new Error(committed.error.message.en);
    const done = performance.now();
    options.line(
      `import ${options.members.toLocaleString('en')} members from Excel (open + preview + commit)`,
      done - start,
      `target < 20 s; preview ${((previewed - start) / 1000).toFixed(1)} s, commit ${((done - previewed) / 1000).toFixed(1)} s; ${committed.value.imported.toLocaleString('en')} imported`,
    );
  } finally {
    host.close();
    rmSync(home, { recursive: true, force: true });
  }
}
