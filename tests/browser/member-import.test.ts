import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput } from '../support/builders';
import { badCitizenIdOf, citizenIdOf, xlsxBytes } from '../support/import-files';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 19 §1 in the browser: bring a sheet, map it, see every problem, import the good rows, get the rest back. */
describe('importing members in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    await session.page.setViewportSize({ width: 1366, height: 768 });
    expect((await session.host.dispatch('app', 'funds.create', fundInput('member-import.swfund', { openedOn: '2024-01-01' }))).ok).toBe(
      true,
    );
    expect((await session.host.dispatch('fund', 'villages.add', { code: '86021403', moo: 3, name: 'บ้านท่าข้าม' })).ok).toBe(true);
    await session.page.goto(session.fundUrl());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('previews every row with problem cells marked, commits the good rows with a progress bar, and downloads the rejected rows', async () => {
    const { page } = session;
    // A sheet a fund kept for years: its own headers (one the app does not know), B.E. dates, a bad ID, a missing name.
    const sheet = await xlsxBytes([
      ['เลขบัตรประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด', 'หมู่', 'วันที่เป็นสมาชิก', 'ส่งถึงเดือน', 'หมายเหตุ'],
      [citizenIdOf(1), 'นาง', 'สมศรี', 'ใจดี', '12/05/2505', '3', '15/06/2560', '09/2566', ''],
      [citizenIdOf(2), 'นาย', 'บุญมี', 'มีสุข', '01/01/2500', '3', '15/06/2560', 'ไม่ค้าง', 'ประธาน'],
      [badCitizenIdOf(3), 'นาย', 'ประเสริฐ', 'ทองคำ', '31/02/2510', '3', '15/06/2560', '09/2566', ''],
      [citizenIdOf(4), 'นางสาว', '', 'แก้วมณี', '01/01/2530', '3', '15/06/2560', '09/2566', ''],
    ]);
    const file = join(session.home, 'สมาชิกเดิม.xlsx');
    writeFileSync(file, sheet);

    await page.getByTestId('menu-members').click();
    await page.getByTestId('open-member-import').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-choose').click();
    await (await chooser).setFiles(file);
    await page.getByTestId('import-mapping').waitFor();
    expect(await page.getByTestId('import-file').textContent()).toContain('4 แถว');
    // The headers the fund wrote are recognised; the note column is left out.
    expect(await page.getByTestId('import-field-A').textContent()).toContain('เลขประจำตัวประชาชน');
    expect(await page.getByTestId('import-field-I').textContent()).toContain('ไม่นำเข้า');
    await page.getByTestId('import-approval-ref').fill('ทะเบียนสมาชิกเดิม');
    await screenshot(page, 'member-import-01-mapping');

    await page.getByTestId('import-preview-button').click();
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toBe('นำเข้าได้ 2 แถว · นำเข้าไม่ได้ 2 แถว · มีคำเตือน 0 แถว');
    expect(await page.getByTestId('import-problems-4').textContent()).toContain('ช่อง A4');
    expect(await page.getByTestId('import-problems-4').textContent()).toContain('ช่อง E4');
    expect(await page.getByTestId('import-problems-5').textContent()).toContain('ช่อง C5');
    expect(await page.locator('.import-cell-error').count()).toBe(3);
    await screenshot(page, 'member-import-02-preview');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId('import-rejected').click()]);
    const saved = join(session.home, 'rejected.xlsx');
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const rejected = workbook.worksheets[0];
    expect(rejected?.getRow(1).getCell(10).text).toBe('เหตุที่นำเข้าไม่ได้');
    expect(rejected?.getRow(2).getCell(3).text).toBe('ประเสริฐ');
    expect(rejected?.getRow(2).getCell(10).text).toContain('ช่อง A4');
    expect(rejected?.getRow(3).getCell(10).text).toContain('ช่อง C5 (ชื่อ): ต้องกรอก');
    expect(rejected?.rowCount).toBe(3);

    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-done').textContent()).toBe('นำเข้าแล้ว 2 คน (เลขสมาชิก 00001–00002) · ไม่ได้นำเข้า 2 แถว');
    await screenshot(page, 'member-import-03-done');
    // The same file cannot be committed twice, and the disabled button says why.
    const why = page.locator('[data-why-disabled]').filter({ has: page.getByTestId('import-commit') });
    expect(await why.getAttribute('data-why-disabled')).toContain('นำเข้าแฟ้มนี้แล้ว');

    await page.getByTestId('menu-members').click();
    await expect.poll(() => page.getByTestId('member-table').textContent()).toContain('บุญมี');
  });
});
