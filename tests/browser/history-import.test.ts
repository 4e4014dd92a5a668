import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { csvBytes, xlsxBytes } from '../support/import-files';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 19 §2 in the browser: contribution and welfare history from before the opening date, the member import's way. */
describe('importing history in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    await session.page.setViewportSize({ width: 1366, height: 768 });
    const call = async (method: string, input: unknown) => {
      const result = await session.host.dispatch('fund', method, input);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    };
    expect((await session.host.dispatch('app', 'funds.create', fundInput('history-import.swfund'))).ok).toBe(true);
    await call('welfare.applyTemplate', { templateKey: 'one-baht-a-day', effectiveFrom: '2019-01-01' });
    await call('members.register', memberInput(1, { appliedOn: '2019-06-01', approvedOn: '2019-06-15', paidThroughPeriod: '2023-06' }));
    await session.page.goto(session.fundUrl());
  });
  afterAll(async () => {
    await session?.close();
  });

  async function bring(name: string, content: Uint8Array) {
    const { page } = session;
    const file = join(session.home, name);
    writeFileSync(file, content);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-choose').click();
    await (await chooser).setFiles(file);
    await page.getByTestId('import-mapping').waitFor();
  }

  async function rejectedReasons(column: number): Promise<string[]> {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId('import-rejected').click()]);
    const saved = join(session.home, `rejected-${column}.xlsx`);
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(column).text).toBe('เหตุที่นำเข้าไม่ได้');
    return Array.from({ length: (sheet?.rowCount ?? 1) - 1 }, (_, index) => sheet?.getRow(index + 2).getCell(column).text ?? '');
  }

  it('imports contribution history from the arrears page: memo rows, a receipt from the opening date, a bad row back', async () => {
    const { page } = session;
    await page.getByTestId('menu-arrears').click();
    await page.getByTestId('open-contribution-history-import').click();
    await bring(
      'สมุดใบเสร็จเดิม.xlsx',
      await xlsxBytes([
        ['เลขที่สมาชิก', 'เดือน', 'จำนวนเดือน', 'วันที่ชำระ', 'จำนวนเงิน', 'เล่มที่', 'เลขที่ใบเสร็จ'],
        ['00001', '07/2566', '6', '05/07/2566', '180', '3', '011'],
        ['00001', '01/2567', '1', '10/01/2567', '30', '4', '001'],
        ['00099', '08/2566', '1', '31/02/2567', '30', '3', '012'],
      ]),
    );
    expect(await page.getByTestId('import-field-A').textContent()).toContain('สมาชิก');
    expect(await page.getByTestId('import-field-D').textContent()).toContain('วันที่ชำระ');
    await screenshot(page, 'history-import-01-contribution-mapping');

    await page.getByTestId('import-preview-button').click();
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toBe('นำเข้าได้ 2 แถว · นำเข้าไม่ได้ 1 แถว · มีคำเตือน 0 แถว');
    expect(await page.getByTestId('import-problems-4').textContent()).toContain('ช่อง A4');
    expect(await page.getByTestId('import-problems-4').textContent()).toContain('ช่อง D4');
    expect(await page.getByTestId('import-preview').textContent()).toContain('ประวัติ (ไม่ลงบัญชี)');
    await expect.poll(() => page.getByTestId('history-account').textContent()).toContain('เงินสด');
    await screenshot(page, 'history-import-02-contribution-preview');

    const reasons = await rejectedReasons(8);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('ไม่พบสมาชิก «00099»');

    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-done').textContent()).toBe('นำเข้าแล้ว: ประวัติ 1 แถว · ใบเสร็จ 1 ใบ · ไม่ได้นำเข้า 1 แถว');
    await screenshot(page, 'history-import-03-contribution-done');
  });

  it('imports welfare history from the welfare page and refuses a payout after the opening date', async () => {
    const { page } = session;
    await page.getByTestId('menu-welfare').click();
    await page.getByTestId('open-welfare-history-import').click();
    await bring(
      'สวัสดิการเดิม.csv',
      csvBytes(
        [
          ['สมาชิก', 'ประเภทสวัสดิการ', 'วันที่เกิดเหตุ', 'จำนวนเงิน', 'จำนวนคืน'],
          ['00001', 'เจ็บป่วยนอนโรงพยาบาล', '10/11/2566', '600', '3'],
          ['00001', 'เจ็บป่วยนอนโรงพยาบาล', '10/02/2567', '400', '2'],
        ],
        'tis-620',
      ),
    );
    await page.getByTestId('import-preview-button').click();
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toBe('นำเข้าได้ 1 แถว · นำเข้าไม่ได้ 1 แถว · มีคำเตือน 0 แถว');
    expect(await page.getByTestId('import-problems-3').textContent()).toContain('บันทึกเป็นคำขอรับสวัสดิการ');
    await screenshot(page, 'history-import-04-welfare-preview');
    const reasons = await rejectedReasons(6);
    expect(reasons[0]).toContain('ช่อง C3');

    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-done').textContent()).toBe('นำเข้าแล้ว: ประวัติ 1 แถว · ใบเสร็จ 0 ใบ · ไม่ได้นำเข้า 1 แถว');
    await screenshot(page, 'history-import-05-welfare-done');
  });
  it('voids a history line imported by mistake from the member page: a reason first, then the months are owed again', async () => {
    const { page } = session;
    await page.getByTestId('menu-members').click();
    await page.getByTestId('member-table').locator('.ant-table-row').first().click();
    // 2023-07 … 2023-12 came from history, 2024-01 by a receipt: as of 1 March 2569 (the browser's day) she owes from February 2024.
    const arrearsBefore = Number((await page.getByTestId('member-arrears').textContent())?.replace(/\D/g, ''));
    await page.getByRole('tab', { name: 'ก่อนเริ่มใช้โปรแกรม' }).click();
    const lines = page.getByTestId('history-contribution-lines');
    await expect.poll(() => lines.textContent()).toContain('ก.ค. 2566 – ธ.ค. 2566 (6 เดือน)');
    expect(await lines.textContent()).toContain('3/011');
    expect(await page.getByTestId('history-welfare-lines').textContent()).toContain('600.00');
    await screenshot(page, 'history-import-06-member-lines');

    await lines.locator('[data-testid^="history-void-contribution-"]').first().click();
    const confirm = page.getByTestId('history-void-confirm');
    // No reason, no void: the button stays off and says why.
    await expect.poll(() => confirm.isDisabled()).toBe(true);
    await page.getByTestId('history-void-reason').focus();
    await page.keyboard.type('นำเข้าผิดคน');
    await expect.poll(() => confirm.isDisabled()).toBe(false);
    await screenshot(page, 'history-import-07-void-reason');
    await confirm.click();
    await expect.poll(() => lines.textContent()).toContain('ยกเลิกแล้ว');
    expect(await lines.textContent()).toContain('นำเข้าผิดคน');
    expect(await lines.locator('del').count()).toBeGreaterThan(0);
    await screenshot(page, 'history-import-08-voided');
    // The six months are owed again on her statement.
    await page.getByRole('tab', { name: 'เงินสมทบ' }).click();
    await expect
      .poll(async () => Number((await page.getByTestId('member-arrears').textContent())?.replace(/\D/g, '')))
      .toBe(arrearsBefore + 6);
  });
});
