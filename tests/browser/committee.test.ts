import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

const person = (serial: number) => memberInput(serial);
const fullName = (serial: number) => `${person(serial).title}${person(serial).firstName} ${person(serial).lastName}`;

/**
 * Issue 17 §1 on screen at 1366×768: the committee page reached by keyboard, a term started, its chair, treasurer
 * and secretary seated from the register, a second chair refused on its field in Thai, the chair replaced
 * mid-term (one seat ends, the next begins the day after), and the committee list printed on A4 in Thai.
 */
describe('the committee in the browser', () => {
  let session: WebSession;
  let folder: string;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-committee-'));
    const { host } = session;
    const ok = (result: { ok: boolean }) => expect(result.ok).toBe(true);
    ok(await host.dispatch('app', 'funds.create', fundInput('committee.swfund', { foundedOn: '2020-06-01' })));
    for (const serial of [1, 2, 3, 4]) ok(await host.dispatch('fund', 'members.register', memberInput(serial)));
  });
  afterAll(async () => {
    await session?.close();
  });

  async function pick(page: Page, testId: string, option: string) {
    await page.getByTestId(testId).click();
    // Typed, as a treasurer would: the list is longer than its window shows.
    await page.keyboard.type(option);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(option, { exact: true }).click();
    await expect.poll(() => page.getByTestId(testId).textContent()).toBe(option);
  }

  /** Seats a member of the register: searched by surname, an office, a day the seat begins. */
  async function seatMember(page: Page, serial: number, position: string, startsOn: string) {
    await page.getByTestId('committee-add-seat-1').click();
    await page.getByTestId('seat-member').click();
    await page.keyboard.type(person(serial).lastName);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: person(serial).lastName }).click();
    await expect.poll(() => page.getByTestId('seat-member').textContent()).toContain(person(serial).lastName);
    await pick(page, 'seat-position', position);
    await page.getByTestId('seat-phone').fill(`08${serial}-000-000${serial}`);
    await page.getByTestId('seat-starts-on').fill(startsOn);
  }

  it('starts a term and seats its chair, treasurer and secretary from the register', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    const menu = page.getByTestId('menu-committee');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('committee-no-current').count()).toBe(1);

    await page.getByTestId('committee-new-term').click();
    await page.getByTestId('term-starts-on').fill('01/01/2568');
    await page.getByTestId('term-ends-on').fill('31/12/2571');
    await page.getByTestId('term-appointed-by').fill('ประชุมใหญ่สามัญประจำปี 1/2568 มติที่ 3');
    await page.getByTestId('term-save').click();
    await expect.poll(() => page.getByTestId('committee-term-1').count()).toBe(1);

    await seatMember(page, 1, 'ประธาน', '01/01/2568');
    await screenshot(page, '96-committee-seat-form');
    await page.getByTestId('seat-save').click();
    await expect.poll(() => page.getByTestId('committee-term-1').textContent()).toContain(fullName(1));
    for (const [serial, position] of [
      [2, 'เหรัญญิก'],
      [3, 'เลขานุการ'],
    ] as const) {
      await seatMember(page, serial, position, '01/01/2568');
      await page.getByTestId('seat-save').click();
      await expect.poll(() => page.getByTestId('committee-term-1').textContent()).toContain(fullName(serial));
    }
  });

  it('refuses a second chair on its field, then replaces the chair mid-term', async () => {
    const { page } = session;
    // A second chair while the first still sits: refused on the office, in Thai, and nothing is added.
    await seatMember(page, 4, 'ประธาน', '01/11/2569');
    await page.getByTestId('seat-save').click();
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').allTextContents())
      .toContainEqual(expect.stringContaining('ประธานมีผู้ดำรงตำแหน่งอยู่แล้ว'));
    // The message grows in with an animation: the screenshot waits for it to settle.
    await page.waitForTimeout(500);
    await screenshot(page, '97-committee-second-chair-refused');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    expect(await page.getByTestId('committee-term-1').textContent()).not.toContain(fullName(4));

    // The chair resigns on 31 October; the new chair takes office the day after.
    const chairRow = page.getByTestId('committee-term-1').locator('tr', { hasText: fullName(1) });
    await chairRow.locator('[data-testid^="end-seat-"]').click();
    await page.getByTestId('end-seat-on').fill('31/10/2569');
    await page.getByTestId('end-seat-reason').fill('ลาออก');
    await page.getByTestId('end-seat-save').click();
    await expect.poll(() => chairRow.textContent()).toContain('สิ้นสุด: ลาออก');
    await seatMember(page, 4, 'ประธาน', '01/11/2569');
    await page.getByTestId('seat-save').click();
    await expect.poll(() => page.getByTestId('committee-term-1').textContent()).toContain(fullName(4));
    await screenshot(page, '98-committee-chair-replaced');
  });

  it('prints the committee list on A4 in Thai, signed by the chair of the day', async () => {
    const { page } = session;
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.getByTestId('committee-print-1-pdf').click(),
    ]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    expect(file.suggestedFilename()).toBe('รายชื่อคณะกรรมการ ชุดที่ 1 ณ 2569-11-25.pdf');
    expect((await pdfPageSizes(path))[0]).toEqual([595, 842]);
    const text = (await pdfPages(path)).flat().join(' ');
    expect(text).toContain('รายชื่อคณะกรรมการกองทุนสวัสดิการชุมชน ชุดที่ 1');
    expect(text).toContain('ประชุมใหญ่สามัญประจำปี 1/2568 มติที่ 3');
    for (const words of ['ประธาน', 'เหรัญญิก', 'เลขานุการ', 'ตำแหน่งในชุมชน', 'ผู้แทนสมาชิก', fullName(2), fullName(3)])
      expect(text).toContain(words);
    // Today's list: the new chair, who signs; the chair who resigned is kept on the page, not on today's list.
    expect(text).toContain(`(${fullName(4)})`);
    expect(text).not.toContain(person(1).lastName);
    execFileSync('pdftoppm', ['-png', '-r', '70', path, join(artifactsFolder, '99-committee-list-pdf')]);
  });
});
