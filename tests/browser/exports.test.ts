import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** The two files a treasurer asked for first, made by the backend and downloaded in the browser (issue 13 §4). */
describe('statement and arrears files in the browser', () => {
  let session: WebSession;
  let folder: string;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-downloads-'));
    expect((await session.host.dispatch('app', 'funds.create', fundInput('exports.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    const villages = new Map<number, number>();
    for (const moo of [1, 2]) {
      const village = await session.host.dispatch('fund', 'villages.add', { code: `8602140${moo}`, moo, name: `บ้านหนองบัวหมู่${moo}` });
      villages.set(moo, village.ok ? (village.value as { id: number }).id : 0);
    }
    for (const [serial, months, moo] of [
      [1, 30, 1],
      [2, 20, 1],
      [3, 10, 2],
    ] as const) {
      const member = await session.host.dispatch('fund', 'members.register', memberInput(serial, { villageId: villages.get(moo) ?? null }));
      const memberId = member.ok ? (member.value as { id: number }).id : 0;
      const paid = await session.host.dispatch('fund', 'contributions.record', {
        accountCode: '3100',
        requestId: `browser-dues-${serial}`,
        memberId,
        receivedOn: '2024-01-25',
        monthCount: months,
        amountSatang: months * 3000,
        numbering: { kind: 'app' },
      });
      expect(paid.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await session?.close();
  });

  async function download(page: Page, testId: string): Promise<{ path: string; name: string }> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId(testId).click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return { path, name: file.suggestedFilename() };
  }

  it('downloads the arrears list of one village as an A4 PDF and as Excel, with baht owed and the total', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-arrears').click();
    await expect.poll(() => page.getByTestId('arrears-total').textContent()).toContain('1,260.00');
    await page.getByTestId('arrears-village').click();
    await page.getByTitle('หมู่ 1 บ้านหนองบัวหมู่1 (2 คน)').click();
    await expect.poll(() => page.getByTestId('arrears-total').textContent()).toContain('2 คน');
    await screenshot(page, '31-arrears-village');

    const pdf = await download(page, 'arrears-export-pdf');
    expect(pdf.name).toBe('รายชื่อผู้ค้างส่งเงินสมทบ หมู่ 1 บ้านหนองบัวหมู่1 ณ 2569-11-25.pdf');
    expect(await pdfPageSizes(pdf.path)).toEqual([[595, 842]]);
    const text = (await pdfPages(pdf.path)).flat().join(' ');
    expect(text).toContain(memberInput(2).lastName);
    expect(text).not.toContain(memberInput(3).lastName);
    expect(text).toContain('540.00');

    const excel = await download(page, 'arrears-export-xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(excel.path);
    const numbers =
      book.worksheets[0]
        ?.getSheetValues()
        .flat()
        .filter((value) => typeof value === 'number') ?? [];
    expect(numbers).toEqual(expect.arrayContaining([420, 120, 540]));
  });

  it('downloads a member’s statement as a passbook-style PDF', async () => {
    const { page } = session;
    await page.getByTestId('menu-members').click();
    await page.getByText(memberInput(3).lastName).first().click();
    await page.getByTestId('statement-export-pdf').waitFor();
    await screenshot(page, '32-member-statement-buttons');
    const pdf = await download(page, 'statement-export-pdf');
    expect(pdf.name).toBe('ใบแจ้งยอดสมาชิก 00003 ณ 2569-11-25.pdf');
    const text = (await pdfPages(pdf.path)).flat().join(' ');
    expect(text).toContain('RC2567-000003');
    expect(text).toContain('300.00');
  });
});
