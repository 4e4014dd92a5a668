import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

const fundName = 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์';

/** Issue 16 §5 on screen: the welfare summary and its files, the matching list, and the status form typed and kept. */
describe('reports and the status form questionnaire in the browser', () => {
  let session: WebSession;
  let folder: string;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-reports-'));
    const { host } = session;
    const value = <T>(result: { ok: boolean; value?: unknown }): T => {
      expect(result.ok).toBe(true);
      return result.value as T;
    };
    value(await host.dispatch('app', 'funds.create', fundInput('reports.swfund', { foundedOn: '2020-06-01' })));
    const types = value<{ id: number; code: string }[]>(
      await host.dispatch('fund', 'welfare.applyTemplate', { templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }),
    );
    const memberId = value<{ id: number }>(await host.dispatch('fund', 'members.register', memberInput(1))).id;
    value(
      await host.dispatch('fund', 'contributions.record', {
        requestId: 'browser-dues-0001',
        memberId,
        receivedOn: '2024-01-25',
        monthCount: 35,
        amountSatang: 105000,
        numbering: { kind: 'app' },
        accountCode: '3100',
      }),
    );
    const claim = value<{ id: number }>(
      await host.dispatch('fund', 'welfare.recordClaim', {
        requestId: 'browser-claim-0001',
        typeId: types.find((type) => type.code === 'hospital')?.id ?? 0,
        memberId,
        eventDate: '2026-03-01',
        units: 2,
        recipient: { kind: 'member' },
      }),
    );
    value(await host.dispatch('fund', 'welfare.approveClaim', { claimId: claim.id, meetingRef: 'มติ 3/2569' }));
    // Last fiscal year's answers to one section, for this year to start from.
    value(
      await host.dispatch('fund', 'statusForm.saveSection', {
        fiscalYear: 2026,
        section: 'linkages',
        expectedVersion: 0,
        answers: { links: ['health'], details: 'ร่วมกับ รพ.สต. ดูแลผู้ป่วยติดเตียง' },
      }),
    );
    value(
      await host.dispatch('fund', 'welfare.payClaim', {
        claimId: claim.id,
        requestId: 'browser-pay-0001',
        paidOn: '2026-03-05',
        payeeName: 'ผู้ป่วย',
        accountCode: '3100',
      }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  /**
   * Another report's tab, chosen with the keyboard: the "file saved" notice of the last download sits over the tab
   * bar (the page's clock stands still here, so it never times out).
   */
  async function openTab(page: Page, name: RegExp): Promise<void> {
    const tab = page.getByRole('tab', { name });
    await tab.focus();
    await tab.press('Enter');
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  }

  async function download(page: Page, testId: string): Promise<{ path: string; name: string }> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId(testId).click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return { path, name: file.suggestedFilename() };
  }

  it('shows welfare by type for the last fiscal year, prints it on A4 and writes it to Excel', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-reports').click();
    await openTab(page, /สรุปการจ่ายสวัสดิการ/);
    await expect.poll(() => page.getByTestId('welfare-report-totals').textContent()).toContain('400.00');
    expect(await page.getByTestId('welfare-report-year').textContent()).toContain('ปีงบประมาณ 2569');
    expect(await page.getByTestId('welfare-report-register').textContent()).toContain('00001');
    await screenshot(page, '60-welfare-report');

    const pdf = await download(page, 'welfare-report-export-pdf');
    expect(pdf.name).toBe('ทะเบียนและสรุปการจ่ายสวัสดิการ ปีงบประมาณ 2569.pdf');
    expect((await pdfPageSizes(pdf.path))[0]).toEqual([842, 595]);
    const text = (await pdfPages(pdf.path)).flat().join(' ');
    expect(text).toContain(fundName);
    expect(text).toContain('400.00');
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf.path, join('test-artifacts', 'browser', '61-welfare-report-pdf')]);

    const excel = await download(page, 'welfare-report-export-xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(excel.path);
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells).toContain('ประเภทสวัสดิการ');
    expect(cells).toContain(400);

    // An earlier year with no payment reads as such, with the cumulative figures unchanged.
    await page.getByTestId('welfare-report-year').click();
    await page.getByTitle('ปีงบประมาณ 2568').click();
    await expect.poll(() => page.getByTestId('welfare-report-register').textContent()).toContain('ไม่มีการจ่ายสวัสดิการในปีงบประมาณ 2568');
  });

  it('counts the members eligible for matching at 30 September', async () => {
    const { page } = session;
    await openTab(page, /สิทธิ์ขอรับการสมทบ/);
    await expect.poll(() => page.getByTestId('matching-counts').textContent()).toContain('มีสิทธิ์ขอรับการสมทบ1');
    expect(await page.getByTestId('matching-table').textContent()).toContain(memberInput(1).lastName);
    await screenshot(page, '62-matching-report');
    const excel = await download(page, 'matching-export-xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(excel.path);
    expect(book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat())).toContain('00001');
  });

  it('keeps a section of the status form typed with the keyboard, after a reload', async () => {
    const { page } = session;
    await openTab(page, /แบบแสดงสถานะกองทุน/);
    await expect.poll(() => page.getByTestId('status-form-year').textContent()).toContain('ปีงบประมาณ 2570');
    // Last year's answers as a starting point: only the sections this year has not answered.
    await page.getByTestId('status-form-copy').click();
    await expect.poll(() => page.getByTestId('status-section-linkages-saved').count()).toBe(1);
    expect(await page.getByTestId('status-section-linkages').getByLabel('สุขภาพ').isChecked()).toBe(true);
    const management = page.getByTestId('status-section-management');
    await management.getByLabel('สมาชิก', { exact: true }).check();
    await management.getByLabel('การจัดสวัสดิการ').check();
    await management.getByLabel('เดือนละครั้ง', { exact: true }).check();
    await page.getByTestId('status-management-reportingOther').fill('ประกาศเสียงตามสายทุกเดือน');
    // Enter in a line saves its card.
    await page.getByTestId('status-management-reportingOther').press('Enter');
    await expect.poll(() => page.getByTestId('status-section-management-saved').count()).toBe(1);

    await page.getByTestId('status-suggestions-suggestions').fill('ขอให้ พอช. จัดอบรมการทำบัญชีให้กรรมการชุดใหม่');
    await page.getByTestId('status-section-suggestions-save').click();
    await expect.poll(() => page.getByTestId('status-section-suggestions-saved').count()).toBe(1);
    await page.getByTestId('status-committee-members-add').click();
    await page.getByTestId('status-committee-members-0-fullName').fill('นายประเสริฐ ทองคำ');
    await page.getByTestId('status-committee-members-0-fullName').press('Tab');
    await page.keyboard.type('ประธาน');
    await page.getByTestId('status-section-committee-save').click();
    await expect.poll(() => page.getByTestId('status-section-committee-saved').count()).toBe(1);
    await screenshot(page, '63-status-form-typed');

    await page.reload();
    await page.getByTestId('menu-reports').click();
    await openTab(page, /แบบแสดงสถานะกองทุน/);
    const kept = page.getByTestId('status-section-management');
    await expect.poll(() => kept.getByLabel('การจัดสวัสดิการ').isChecked()).toBe(true);
    expect(await kept.getByLabel('เดือนละครั้ง', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByTestId('status-management-reportingOther').inputValue()).toBe('ประกาศเสียงตามสายทุกเดือน');
    expect(await page.getByTestId('status-suggestions-suggestions').inputValue()).toContain('จัดอบรมการทำบัญชี');
    expect(await page.getByTestId('status-committee-members-0-fundPosition').inputValue()).toBe('ประธาน');
  });

  it('shows §10 balanced, both sides equal, prints it on A4 and writes it to Excel', async () => {
    const { page } = session;
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-reports').click();
    await openTab(page, /§10/);
    // 1,050 baht of contributions came in; 400 went out as welfare and 650 is in cash.
    const receipts = page.getByTestId('section10-receipts');
    await expect.poll(() => receipts.textContent()).toContain('1,050');
    expect(await page.getByTestId('section10-payments').textContent()).toContain('1,050');
    expect(await page.getByTestId('section10-payments').textContent()).toContain('650');
    await screenshot(page, '64-section10');
    const pdf = await download(page, 'section10-export-pdf');
    expect((await pdfPageSizes(pdf.path))[0]).toEqual([595, 842]);
    expect((await pdfPages(pdf.path)).flat().join(' ')).toContain(fundName);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf.path, join(artifactsFolder, '65-section10-pdf')]);
    const workbook = await download(page, 'section10-export-xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook.path);
    expect(book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat())).toContain(1050);
  });

  it('shows receipts and payments for a period typed in B.E., start plus receipts less payments making the end', async () => {
    const { page } = session;
    await openTab(page, /งบรายรับ-รายจ่าย/);
    const table = page.getByTestId('receipts-payments-table');
    await table.waitFor();
    await page.getByTestId('receipts-payments-from').fill('01/01/2567');
    // 1,050 baht came in on 25 Jan 2567 and 400 went out as welfare on 5 Mar 2569: 650 is left.
    await expect.poll(() => table.textContent()).toContain('1,050');
    const shown = (await table.textContent()) ?? '';
    expect(shown).toContain('400');
    expect(shown).toContain('650');
    await screenshot(page, '66-receipts-payments');
    const pdf = await download(page, 'receipts-payments-export-pdf');
    expect((await pdfPages(pdf.path)).flat().join(' ')).toContain(fundName);
  });
});
