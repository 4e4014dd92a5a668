import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** The villages register in the settings, the member list by village and category, and the member summary report. */
describe('villages register and member summary in the browser', () => {
  let session: WebSession;
  let folder: string;

  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-summary-'));
    expect((await session.host.dispatch('app', 'funds.create', fundInput('summary.swfund'))).ok).toBe(true);
    const village = await session.host.dispatch('fund', 'villages.add', { code: '86021402', moo: 2, name: 'บ้านคลองใหญ่', households: 85 });
    const villageId = village.ok ? (village.value as { id: number }).id : 0;
    const members: [number, Parameters<typeof memberInput>[1]][] = [
      [1, { villageId, birthDate: '1950-02-01' }],
      [2, { villageId, categories: ['disabled'] }],
      [3, {}],
    ];
    for (const [serial, overrides] of members) {
      expect((await session.host.dispatch('fund', 'members.register', memberInput(serial, overrides))).ok).toBe(true);
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

  it('adds a village in the settings by keyboard, refusing a code of another หมู่ on its field', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-settings').click();
    await page.getByTestId('villages-add').click();
    await page.getByTestId('village-moo').fill('5');
    await page.getByTestId('village-name').fill('บ้านท่าข้าม');
    // The ตำบล's code is offered; a wrong หมู่ at its end is refused on the field, in Thai.
    await expect.poll(() => page.getByTestId('village-code').inputValue()).toBe('860214');
    await page.getByTestId('village-code').fill('86021404');
    await page.getByTestId('village-households').fill('-3');
    await page.getByTestId('village-save').click();
    const errors = () => page.locator('.ant-form-item-explain-error').allTextContents();
    await expect.poll(errors).toEqual([expect.stringContaining('จำนวนครัวเรือน')]);
    await page.getByTestId('village-households').fill('120');
    await page.getByTestId('village-save').click();
    await expect.poll(errors).toEqual([expect.stringContaining('ลงท้ายด้วยเลขหมู่ที่')]);
    await screenshot(page, '60-village-bad-code');
    await page.getByTestId('village-code').fill('86021405');
    await page.getByTestId('village-population').press('Enter');
    await expect.poll(() => page.getByTestId('villages-table').textContent()).toContain('บ้านท่าข้าม');
    await screenshot(page, '61-villages-card');
  });

  it('filters the member list by village and category', async () => {
    const { page } = session;
    await page.getByTestId('menu-members').click();
    await expect.poll(() => page.getByTestId('member-table').textContent()).toContain(memberInput(3).lastName);
    await page.getByTestId('member-village-filter').click();
    await page.keyboard.type('คลองใหญ่');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('member-table').textContent()).not.toContain(memberInput(3).lastName);
    await page.getByTestId('member-category-filter').click();
    await page.keyboard.type('ผู้สูงอายุ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('member-count').textContent()).toContain('1');
    expect(await page.getByTestId('member-table').textContent()).toContain(memberInput(1).lastName);
    await screenshot(page, '62-members-by-village-category');
  });

  it('opens the member summary from the Reports menu, prints it on A4 and downloads it as Excel', async () => {
    const { page } = session;
    await page.getByTestId('menu-reports').click();
    await expect.poll(() => page.getByTestId('summary-cumulative').textContent()).toContain('3');
    expect(await page.getByTestId('summary-villages').textContent()).toContain('หมู่ 2 บ้านคลองใหญ่');
    expect(await page.getByTestId('summary-categories').textContent()).toContain('ผู้พิการ');
    await screenshot(page, '63-member-summary');

    const pdf = await download(page, 'member-summary-export-pdf');
    expect(pdf.name).toBe('รายงานสรุปสมาชิก ณ 2569-11-25.pdf');
    for (const [width, height] of await pdfPageSizes(pdf.path)) expect([width, height]).toEqual([595, 842]);
    const text = (await pdfPages(pdf.path)).flat().join(' ');
    expect(text).toContain('กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์');
    expect(text).toContain('หมู่ 2 บ้านคลองใหญ่');
    expect(text).toContain('บ้านท่าข้าม');

    const excel = await download(page, 'member-summary-export-xlsx');
    expect(excel.name).toBe('รายงานสรุปสมาชิก ณ 2569-11-25.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(excel.path);
    const villages = book.getWorksheet('สมาชิกจำแนกตามหมู่บ้าน');
    const values = villages?.getSheetValues().flat() ?? [];
    expect(values).toEqual(expect.arrayContaining(['86021402', 'หมู่ 2 บ้านคลองใหญ่', 85, 'หมู่ 5 บ้านท่าข้าม', 120]));
    const categories = book.getWorksheet('สมาชิกจำแนกตามกลุ่ม')?.getSheetValues().flat() ?? [];
    expect(categories).toEqual(expect.arrayContaining(['ผู้สูงอายุ', 'ผู้พิการ']));
  });
});
