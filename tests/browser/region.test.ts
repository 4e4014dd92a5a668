import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedFund } from '../../shared/api/app-contract';
import type { ProducedFile } from '../../shared/api/fund-types';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * Issue 18 §4 on screen at 1366×768: a regional officer makes a workspace from the start screen, imports a folder's
 * worth of sync files at once (two funds' good files and a tampered one) with a progress bar, sees each outcome and
 * the refusal's reason in Thai and English, confirms each new fund's fingerprint in its dialog, then reads the
 * region's table filtered by province and sorted, and downloads its Excel summary.
 */
describe('the regional workspace in the browser', () => {
  let session: WebSession;
  let folder: string;
  const files: string[] = [];

  /** A fund in the web session with a member, and its first sync file written into the test's folder. */
  async function fundWithSyncFile(location: string, place: Parameters<typeof fundInput>[1]): Promise<string> {
    const created = await session.host.dispatch('app', 'funds.create', fundInput(location, place));
    if (!created.ok) throw new Error(created.error.code);
    const handle = (created.value as OpenedFund).handle;
    expect((await session.host.dispatch('fund', 'members.register', memberInput(1), handle)).ok).toBe(true);
    const exported = await session.host.dispatch('fund', 'sync.export', {}, handle);
    if (!exported.ok) throw new Error(exported.error.code);
    const produced = exported.value as ProducedFile;
    const taken = session.host.files.take(produced.fileId);
    if (!taken) throw new Error('no file');
    const path = join(folder, produced.fileName);
    await pipeline(taken.open(), createWriteStream(path));
    taken.done();
    return path;
  }

  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-region-'));
    files.push(await fundWithSyncFile('chumphon.swfund', {}));
    files.push(
      await fundWithSyncFile('chiangrai.swfund', {
        name: 'กองทุนสวัสดิการชุมชนตำบลเวียง',
        provinceCode: '57',
        provinceName: 'เชียงราย',
        districtCode: '5701',
        districtName: 'เมืองเชียงราย',
        subdistrictCode: '570101',
        subdistrictName: 'เวียง',
        postcode: '57000',
      }),
    );
    // A copy of a good file with one byte flipped in its middle: altered on the way.
    const bytes = readFileSync(files[0] ?? '');
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    const tampered = join(folder, 'แก้ไขระหว่างทาง.swfsync');
    writeFileSync(tampered, bytes);
    files.push(tampered);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('makes a workspace from the start screen, apart from the funds', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.server.url);
    const card = page.getByTestId('region-card');
    await expect.poll(() => card.textContent()).toContain('ยังไม่มีแฟ้มพื้นที่');
    await screenshot(page, '120-region-start-card');
    await page.getByTestId('region-create').click();
    await page.getByTestId('region-create-name').fill('ภาคใต้ตอนบน');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('region-workspace').count()).toBe(1);
    expect(await page.getByTestId('fund-name').textContent()).toContain('ภาคใต้ตอนบน');
    await page.getByTestId('region-officer').fill('สมศรี ตรวจดี');
    await expect.poll(() => page.getByTestId('region-alerts').textContent()).toContain('ไม่มีเรื่องค้าง');
    await screenshot(page, '121-region-home-empty');
  });

  it('imports a folder of files at once, each outcome with its reason, and pins the new funds by their fingerprints', async () => {
    const { page } = session;
    await page.getByTestId('region-tab-import').click();
    // The officer's USB folder as she collected it: the sync files and a note, which the picker leaves out.
    const collected = join(folder, 'collected');
    mkdirSync(collected, { recursive: true });
    for (const file of files) copyFileSync(file, join(collected, basename(file)));
    writeFileSync(join(collected, 'บันทึก.txt'), 'รับจากกองทุน 25 พ.ย.');
    await page.getByTestId('region-import').locator('input[type=file][webkitdirectory]').setInputFiles(collected);
    await expect.poll(() => page.getByTestId('region-chosen').locator('.ant-list-item').count()).toBe(3);
    await page.getByTestId('region-import-start').click();
    const outcomes = page.getByTestId('region-outcomes');
    await expect.poll(() => outcomes.locator('tbody tr.ant-table-row').count(), { timeout: 30_000 }).toBe(3);
    expect(await outcomes.getByTestId('outcome-new-fund').count()).toBe(2);
    expect(await outcomes.getByTestId('outcome-rejected').count()).toBe(1);
    const refused = outcomes.locator('tr.outcome-rejected');
    expect(await refused.textContent()).toContain('แก้ไขระหว่างทาง.swfsync');
    // The reason in Thai, and in English beside it.
    expect(await refused.textContent()).toMatch(/[ก-๙].*[A-Za-z]/s);
    await screenshot(page, '122-region-import-outcomes');

    await page.getByTestId('region-tab-home').click();
    const waiting = page.getByTestId('region-waiting');
    await expect.poll(() => waiting.locator('tbody tr.ant-table-row').count()).toBe(2);
    for (let left = 2; left > 0; left -= 1) {
      await waiting.locator('button[data-testid^="region-pin-"]').first().click();
      const dialog = page.getByTestId('region-pin-dialog');
      await expect.poll(() => page.getByTestId('region-pin-fingerprint').locator('strong').count()).toBe(6);
      if (left === 2) await screenshot(page, '123-region-pin-dialog');
      expect(await page.getByTestId('region-pin-confirm').isDisabled()).toBe(true);
      await page.getByTestId('region-pin-same').click();
      await page.getByTestId('region-pin-confirm').click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => waiting.locator('tbody tr.ant-table-row').count()).toBe(left - 1);
    }
    await expect.poll(() => page.getByTestId('region-log').locator('tbody tr.ant-table-row').count()).toBe(2);
    await screenshot(page, '124-region-home-pinned');
  });

  it('shows the region’s table filtered by province and sorted, and downloads it as Excel', async () => {
    const { page } = session;
    await page.getByTestId('region-tab-funds').click();
    const table = page.getByTestId('region-table');
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    await screenshot(page, '125-region-table');
    // Sorted by province in Thai order by the backend, then the other way round.
    const provinceHeader = table.locator('th', { hasText: 'จังหวัด' });
    const provinces = () => rows.locator('td:nth-child(4)').allTextContents();
    const thai = ['ชุมพร', 'เชียงราย'].sort((left, right) => left.localeCompare(right, 'th'));
    await provinceHeader.click();
    await expect.poll(() => provinceHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(provinces).toEqual(thai);
    await provinceHeader.click();
    await expect.poll(() => provinceHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(provinces).toEqual([...thai].reverse());

    await page.getByTestId('region-filter-province').click();
    await page.locator('.ant-select-item-option', { hasText: 'เชียงราย' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('กองทุนสวัสดิการชุมชนตำบลเวียง');
    expect(await rows.first().textContent()).toContain('2569');
    await page.keyboard.press('Escape');
    await screenshot(page, '126-region-table-filtered');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('region-excel').click()]);
    expect(download.suggestedFilename()).toMatch(/^สรุปกองทุนในพื้นที่ 2569-11-25\.xlsx$/);
    const path = join(folder, 'summary.xlsx');
    await download.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const values = sheet.getSheetValues().flat().map(String);
    // The workbook is the table as filtered: the Chiang Rai fund only.
    expect(values).toContain('กองทุนสวัสดิการชุมชนตำบลเวียง');
    expect(values).not.toContain('กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์');
  });
});
