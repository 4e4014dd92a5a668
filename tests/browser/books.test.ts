import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput } from '../support/builders';
import { pdfPageSizes, pdfPages } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 16 §4 on screen: the books (สมุดบัญชี), a bank reconciliation, and the books on paper and in Excel. */
describe('the books in the browser', () => {
  let session: WebSession;
  let folder: string;
  let bank = '';
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-books-'));
    const { host } = session;
    const value = <T>(result: { ok: boolean; value?: unknown }): T => {
      expect(result.ok).toBe(true);
      return result.value as T;
    };
    value(await host.dispatch('app', 'funds.create', fundInput('books.swfund', { foundedOn: '2020-06-01' })));
    bank = value<{ accountCode: string }>(
      await host.dispatch('fund', 'bankAccounts.add', {
        bankName: 'ธนาคารออมสิน',
        branch: 'ท่าแซะ',
        accountNo: '020-1-00000-1',
        accountType: 'savings',
      }),
    ).accountCode;
    value(
      await host.dispatch('fund', 'ledger.recordOpeningBalances', {
        requestId: 'books-opening-01',
        balances: [
          { accountCode: '3100', amountSatang: 500_000 },
          { accountCode: bank, amountSatang: 2_000_000 },
        ],
      }),
    );
    const moves: [string, string, string, number][] = [
      ['3100', bank, '2026-11-05', 100_000],
      [bank, '3100', '2026-11-10', 30_000],
      ['3100', bank, '2026-11-20', 50_000],
    ];
    for (const [index, [from, to, day, amount]] of moves.entries())
      value(
        await host.dispatch('fund', 'money.transfer', {
          requestId: `books-move-00${index}`,
          fromAccountCode: from,
          toAccountCode: to,
          transferredOn: day,
          amountSatang: amount,
          note: '',
        }),
      );
  });
  afterAll(async () => {
    await session.close();
  });

  async function openTab(page: Page, name: RegExp): Promise<void> {
    const tab = page.getByRole('tab', { name });
    await tab.focus();
    await tab.press('Enter');
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  }

  async function download(page: Page, testId: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(testId).click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return path;
  }

  it('shows the to-do on the home page and reconciles the bank account with one line not on the statement', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    // The first page of a fresh browser loads its chunks cold: the home page's figures may take a few seconds.
    await expect.poll(() => page.locator('body').textContent(), { timeout: 10_000 }).toContain('ยังไม่ได้กระทบยอดเดือนนี้');
    await page.getByTestId('menu-cashbook').click();
    await openTab(page, /กระทบยอดเงินฝากธนาคาร/);
    const lines = page.getByTestId('reconcile-lines');
    await expect.poll(() => lines.locator('tbody tr').count()).toBe(4);
    // The statement shows everything but the deposit of 20 Nov (500.00 in transit).
    const boxes = lines.locator('tbody input[type="checkbox"]');
    for (const index of [0, 1, 2]) await boxes.nth(index).check();
    // A ticked row reads in the brand's light green, not the heavy grey antd derives (its text stays readable).
    const ticked = lines.locator('tbody tr.ant-table-row-selected td').first();
    // Polled: the row's colour fades in (a CSS transition), so the first read can catch it part-way.
    await expect.poll(() => ticked.evaluate((cell) => getComputedStyle(cell).backgroundColor)).toBe('rgb(227, 241, 236)');
    await page.getByTestId('reconcile-balance').fill('20,700');
    await expect.poll(() => page.getByTestId('reconcile-state').textContent()).toContain('อธิบายได้ครบ');
    expect(await page.getByTestId('reconcile-figures').textContent()).toContain('500.00');
    await screenshot(page, '70-bank-reconciliation');
    await page.getByTestId('reconcile-save').click();
    await expect.poll(() => page.getByTestId('reconcile-history').textContent()).toContain('20,700.00');
    // A statement dated before the one just saved is refused on its field.
    await page.getByTestId('reconcile-date').fill('1/11/2569');
    await page.getByTestId('reconcile-date').press('Enter');
    await expect.poll(() => page.getByTestId('reconcile').textContent()).toContain('อยู่ก่อนวันที่ของใบแจ้งยอดที่กระทบยอดไว้ครั้งล่าสุด');
    await screenshot(page, '71-reconciliation-refused');
  });

  it('prints the general journal and the trial balance on A4 landscape and reads their text', async () => {
    const { page } = session;
    await openTab(page, /สมุดรายวันทั่วไป/);
    await expect.poll(() => page.getByTestId('journal-table').textContent()).toContain('โอนเงินระหว่างบัญชี');
    await screenshot(page, '72-general-journal');
    const journal = await download(page, 'journal-export-pdf');
    expect((await pdfPageSizes(journal))[0]).toEqual([842, 595]);
    const journalText = (await pdfPages(journal)).flat().join(' ');
    expect(journalText).toContain('สมุดรายวันทั่วไป');
    expect(journalText).toContain('โอนเงินระหว่างบัญชี');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', journal, join(artifactsFolder, '73-journal-pdf')]);
    await openTab(page, /งบทดลอง/);
    await expect.poll(() => page.getByTestId('trial-state').textContent()).toContain('ผลต่าง 0.00');
    await screenshot(page, '74-trial-balance');
    const trial = await download(page, 'trial-export-pdf');
    const trialText = (await pdfPages(trial)).flat().join(' ');
    expect(trialText).toContain('งบทดลอง');
    expect(trialText).toContain('25,000.00');
    expect(trialText).toContain('ยอดรวมเดบิตเท่ากับยอดรวมเครดิต');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', trial, join(artifactsFolder, '75-trial-balance-pdf')]);
  });

  it('downloads the bank account ledger in Excel and reads it back', async () => {
    const { page } = session;
    await openTab(page, /บัญชีแยกประเภท/);
    await page.getByTestId('ledger-account').click();
    await page.keyboard.type('3201');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('ledger-table').textContent()).toContain('20,700.00');
    await screenshot(page, '76-account-ledger');
    const path = await download(page, 'ledger-export-xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const values = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(values).toContain('ยอดยกมา');
    expect(values).toContain(20_700);
  });
});
