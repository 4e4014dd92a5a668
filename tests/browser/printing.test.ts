import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

const longName = { title: 'นางสาว', firstName: 'ประภัสสรศิริวรรณ', lastName: 'ศรีสุวรรณวงศ์ศักดิ์ชัยมงคล' };
/** A page's paper by name: Chromium's A4 from `format: 'A4'` comes out a point larger than the CSS one after rounding. */
function paper([width, height]: [number, number]): string {
  const near = (value: number, target: number) => Math.abs(value - target) <= 1.5;
  if (near(width, 595) && near(height, 842)) return 'A4';
  if (near(width, 842) && near(height, 595)) return 'A4 landscape';
  if (near(width, 420) && near(height, 595)) return 'A5';
  return `${width}×${height}`;
}

/**
 * Text compared as Chromium's PDF gives it back: pdf.js returns Thai in pieces and loses some vowel and tone
 * marks (ำ comes back as า), so both sides drop spaces and those marks before comparing (the PNGs are for the eye).
 */
function skeleton(text: string): string {
  return text.replace(/\u0E33/g, '\u0E32').replace(/[\s\u0000\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');
}

/**
 * The page as it prints: a PDF from Chromium's print path, each page also as a PNG beside it
 * (test-artifacts/browser/print-NAME-N.png) for a person to look at.
 */
async function printToPdf(page: Page, name: string, options: { preferCSSPageSize?: boolean } = {}) {
  // As the print dialog does: the page's own @page size, A4 where it names none.
  const path = join(artifactsFolder, `print-${name}.pdf`);
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: options.preferCSSPageSize ?? true });
  execFileSync('pdftoppm', ['-png', '-r', '70', path, join(artifactsFolder, `print-${name}`)]);
  return { path, sizes: (await pdfPageSizes(path)).map(paper), pages: (await pdfPages(path)).map((texts) => skeleton(texts.join(''))) };
}

/**
 * What the printer would get besides the paper: a card's frame, or a header band above the paper. Measured in
 * print media: the paper starts at the top of the page, and no card around it draws a border or a head.
 */
async function printedChrome(page: Page, paperTestId: string) {
  await page.emulateMedia({ media: 'print' });
  const found = await page.evaluate((testId) => {
    const paper = document.querySelector(`[data-testid="${testId}"]`);
    const cards = Array.from(document.querySelectorAll('.ant-card')).filter((card) => card.contains(paper));
    const visible = (element: Element) => getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().height > 0;
    return {
      paperTop: Math.round(paper?.getBoundingClientRect().top ?? -1),
      cardBorders: cards.filter((card) => getComputedStyle(card).borderTopWidth !== '0px').length,
      cardHeads: cards.flatMap((card) => Array.from(card.querySelectorAll(':scope > .ant-card-head'))).filter(visible).length,
    };
  }, paperTestId);
  await page.emulateMedia({ media: null });
  return found;
}

/** Every line box a word of this text sits on, in print layout: one top per word means no word was broken. */
async function brokenWords(page: Page, paperTestId: string, name: string) {
  await page.emulateMedia({ media: 'print' });
  const broken = await page.evaluate(
    ({ testId, words }) => {
      const paper = document.querySelector(`[data-testid="${testId}"]`);
      if (!paper) return ['no paper'];
      const walker = document.createTreeWalker(paper, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const word of words) {
          const at = text.indexOf(word);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
          found.push(tops.size === 1 ? 'whole' : `broken: ${word}`);
        }
      }
      return found;
    },
    { testId: paperTestId, words: name.split(' ') },
  );
  await page.emulateMedia({ media: null });
  return broken;
}

/** Issue 14 §15: every paper prints on A4 by default, without the screen's card, with names whole and signers named. */
describe('printed papers', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    const { host } = session;
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const result = await host.dispatch('fund', method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message.en}`);
      return result.value as T;
    };
    expect((await host.dispatch('app', 'funds.create', fundInput('printing.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    const types = await call<{ id: number; code: string }[]>('welfare.applyTemplate', {
      templateKey: 'one-baht-a-day',
      effectiveFrom: '2024-01-01',
    });
    const typeId = (code: string) => types.find((type) => type.code === code)?.id ?? 0;
    const long = await call<{ id: number }>('members.register', memberInput(1, longName));
    await call('contributions.record', {
      accountCode: '3100',
      requestId: 'print-dues-0001',
      memberId: long.id,
      receivedOn: '2026-11-20',
      monthCount: 2,
      amountSatang: 6000,
      numbering: { kind: 'app' },
    });
    // A death paid by transfer after the committee's meeting: the voucher names both.
    const deceased = await call<{ id: number }>('members.register', memberInput(2));
    await call('contributions.record', {
      accountCode: '3100',
      requestId: 'print-dues-0002',
      memberId: deceased.id,
      receivedOn: '2024-01-25',
      monthCount: 26,
      amountSatang: 78000,
      numbering: { kind: 'app' },
    });
    const death = await call<{ id: number }>('welfare.recordClaim', {
      requestId: 'print-death-0001',
      typeId: typeId('death'),
      memberId: deceased.id,
      eventDate: '2026-05-10',
      recipient: { kind: 'beneficiary' },
    });
    await call('welfare.approveClaim', { claimId: death.id, meetingRef: 'มติคณะกรรมการ ครั้งที่ 5/2569' });
    // Paid by transfer from the fund's bank account, which holds the money from the opening date.
    const bank = await call<{ accountCode: string }>('bankAccounts.add', {
      bankName: 'ธนาคารออมสิน',
      branch: 'ท่าแซะ',
      accountNo: '020-1-23456-7',
      accountType: 'savings',
    });
    await call('ledger.recordOpeningBalances', {
      requestId: 'print-opening-0001',
      balances: [{ accountCode: bank.accountCode, amountSatang: 5_000_000 }],
    });
    await call('welfare.payClaim', {
      accountCode: bank.accountCode,
      claimId: death.id,
      requestId: 'print-death-pay-01',
      paidOn: '2026-05-20',
    });
    // A collection day of two receipts, for the sheets of several receipts.
    const batch = await call<{ id: number }>('collection.createBatch', { collectedOn: '2026-11-24', collector: 'นางมาลี ศรีสุข' });
    for (const serial of [1, 2]) {
      const member = await call<{ id: number }>(
        'members.register',
        memberInput(40 + serial, { appliedOn: '2026-10-01', approvedOn: '2026-10-05' }),
      );
      await call('collection.setLine', { batchId: batch.id, memberId: member.id, monthCount: 2, amountSatang: 6000 });
    }
    await call('collection.post', { accountCode: '3100', batchId: batch.id, requestId: 'print-batch-0001' });
    // Enough claims waiting for the committee that the meeting paper runs over a page; the long name among them.
    const waiting = [long.id];
    for (let serial = 3; serial <= 26; serial += 1) waiting.push((await call<{ id: number }>('members.register', memberInput(serial))).id);
    for (const [index, memberId] of waiting.entries())
      await call('welfare.recordClaim', {
        requestId: `print-hospital-${String(index).padStart(3, '0')}`,
        typeId: typeId('hospital'),
        memberId,
        eventDate: '2026-11-01',
        units: 2,
        recipient: { kind: 'member' },
        // Most of them have not paid: kept on file for the committee, their failed conditions on the paper.
        recordIneligible: true,
      });
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-printing-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the signers’ names and positions and the receipt paper size as fund settings', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-settings').click();
    await page.getByTestId('signer-name-treasurer').fill('นางมาลี ศรีสุข');
    await page.getByTestId('signer-position-treasurer').fill('เหรัญญิกกองทุน');
    await page.getByTestId('signer-name-chair').fill('นายประเสริฐ ทองคำ');
    await page.getByTestId('signer-name-checker').fill('นายบุญมี มีสุข');
    await page.getByTestId('signer-name-secretary').fill('นางวิไล แก้วมณี');
    await page.getByTestId('print-settings-card').scrollIntoViewIfNeeded();
    await screenshot(page, '41-print-settings');
    await page.getByTestId('print-settings-save').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('บันทึกแล้ว');
    await page.getByTestId('menu-members').click();
    await page.getByTestId('menu-settings').click();
    await page.getByTestId('signer-name-chair').waitFor();
    await expect.poll(() => page.getByTestId('signer-name-treasurer').inputValue()).toBe('นางมาลี ศรีสุข');
    expect(await page.getByTestId('signer-position-treasurer').inputValue()).toBe('เหรัญญิกกองทุน');
  });

  it('prints a receipt on one A4 page with the fund’s ตำบล, อำเภอ and จังหวัด and the treasurer as receiver', async () => {
    const { page } = session;
    await page.getByTestId('menu-cashbook').click();
    await page.getByTestId('cash-book').getByText('RC2570-000001').first().click();
    await page.getByTestId('receipt-paper').waitFor();
    expect(await printedChrome(page, 'receipt-paper')).toEqual({ paperTop: 0, cardBorders: 0, cardHeads: 0 });
    expect(await brokenWords(page, 'receipt-paper', `${longName.title}${longName.firstName} ${longName.lastName}`)).not.toContain(
      expect.stringMatching(/broken/),
    );
    const printed = await printToPdf(page, 'receipt');
    expect(printed.sizes).toEqual(['A4']);
    const text = printed.pages[0] ?? '';
    for (const expected of ['ตำบลทรัพย์อนันต์', 'อำเภอท่าแซะ', 'จังหวัดชุมพร', 'ปีงบประมาณ 2570', 'นางมาลี ศรีสุข', 'เหรัญญิกกองทุน'])
      expect(text).toContain(skeleton(expected));
    // Closing the void dialog says ปิด, not a second "ยกเลิก" beside "ยกเลิกใบเสร็จ".
    await page.getByTestId('void-receipt').click();
    await expect.poll(() => page.locator('.ant-modal-footer').textContent()).toContain('ปิด');
    expect(await page.locator('.ant-modal-footer').textContent()).not.toMatch(/ยกเลิก(?!ใบเสร็จ)/);
    await page.locator('.ant-modal-footer').getByText('ปิด').click();
  });

  it('prints a welfare voucher on A4 with how it was paid, the committee’s decision and the signers', async () => {
    const { page } = session;
    // Paid by transfer, so it is in the bank's book, not the cash book: opened from the welfare register.
    await page.getByTestId('menu-welfare').click();
    const search = page.locator('[data-testid="register-search"] input, input[data-testid="register-search"]').first();
    await search.fill('00002');
    await search.press('Enter');
    await page.getByTestId('claim-voucher-PV2569-000001').click();
    await page.getByTestId('voucher-paper').waitFor();
    expect(await printedChrome(page, 'voucher-paper')).toEqual({ paperTop: 0, cardBorders: 0, cardHeads: 0 });
    const printed = await printToPdf(page, 'voucher');
    expect(printed.sizes).toEqual(['A4']);
    const text = printed.pages[0] ?? '';
    for (const expected of ['โอนเงิน', 'มติคณะกรรมการ ครั้งที่ 5/2569', 'นางมาลี ศรีสุข', 'นายประเสริฐ ทองคำ', 'จังหวัดชุมพร'])
      expect(text).toContain(skeleton(expected));
  });

  it('prints a claim’s eligibility sheet on A4 with the checker and the chair named', async () => {
    const { page } = session;
    await page.getByTestId('menu-welfare').click();
    await page.locator('[data-testid^="claim-sheet-WF"]').first().click();
    await page.getByTestId('claim-sheet').waitFor();
    expect(await printedChrome(page, 'claim-sheet')).toEqual({ paperTop: 0, cardBorders: 0, cardHeads: 0 });
    const printed = await printToPdf(page, 'claim-sheet');
    expect(printed.sizes).toEqual(['A4']);
    for (const expected of ['นายบุญมี มีสุข', 'นายประเสริฐ ทองคำ']) expect(printed.pages.join('')).toContain(skeleton(expected));
  });

  it('prints the meeting paper on A4 landscape pages with whole names, and its signatures on the page where its table ends', async () => {
    const { page } = session;
    await page.getByTestId('menu-welfare').click();
    await page.getByTestId('open-approvals').click();
    await page.getByTestId('approval-paper').waitFor();
    expect(await printedChrome(page, 'approval-paper')).toEqual({ paperTop: 0, cardBorders: 0, cardHeads: 0 });
    expect(await brokenWords(page, 'approval-paper', `${longName.title}${longName.firstName} ${longName.lastName}`)).not.toContain(
      expect.stringMatching(/broken/),
    );
    const printed = await printToPdf(page, 'meeting-paper');
    expect(printed.sizes.length).toBeGreaterThan(1);
    // A wide list: A4 turned sideways.
    expect(printed.sizes.every((size) => size === 'A4 landscape')).toBe(true);
    const last = printed.pages[printed.pages.length - 1] ?? '';
    // The signatures never stand alone on a page: the table's last rows and its total come with them.
    expect(last).toContain(skeleton('ลงชื่อ'));
    expect(last).toContain(skeleton('นางวิไล แก้วมณี'));
    expect(last).toMatch(/WF\d{4}-\d{6}/);
  });

  it('prints receipts on A5, or two to an A4 sheet, when the fund chooses it', async () => {
    const { page } = session;
    await page.getByTestId('menu-settings').click();
    await page.getByTestId('print-receipt-paper').getByText('A5').click();
    await page.getByTestId('print-settings-save').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('บันทึกแล้ว');
    await page.getByTestId('menu-cashbook').click();
    await page.getByTestId('cash-book').getByText('RC2570-000001').first().click();
    await page.getByTestId('receipt-paper').waitFor();
    const onA5 = await printToPdf(page, 'receipt-a5', { preferCSSPageSize: true });
    expect(onA5.sizes).toEqual(['A5']);
    expect(onA5.pages[0]).toContain(skeleton('จังหวัดชุมพร'));

    await page.getByTestId('menu-settings').click();
    await page.getByTestId('print-receipt-paper').getByText('2 ใบ').click();
    await page.getByTestId('print-settings-save').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('บันทึกแล้ว');
    await page.getByTestId('menu-collection').click();
    await page.getByTestId('batch-list').locator('.ant-table-row').first().click();
    await page.getByTestId('batch-print-receipts').click();
    await expect.poll(() => page.getByTestId('receipt-paper').count()).toBe(2);
    const twoToASheet = await printToPdf(page, 'receipts-two-to-a4', { preferCSSPageSize: true });
    expect(twoToASheet.sizes).toEqual(['A4']);
    expect(twoToASheet.pages[0]).toMatch(/RC2570-000002[\s\S]*RC2570-000003/);
  });
});
