import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenIdFor } from '../support/builders';
import { openMemberList, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * The foundation end to end in a real browser against web mode: create a fund → register a member (a bad
 * citizen ID refused) → record a contribution → the receipt with its baht text → the cash book → arrears.
 */
describe('treasurer in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('creates a fund, registers a member, records a payment and sees it in the books', async () => {
    const { page } = session;
    await page.goto(session.server.url);
    await page.getByTestId('create-fund').click();
    await screenshot(page, '01-start');

    await page.getByTestId('fund-name-input').fill('กองทุนสวัสดิการชุมชนตำบลทดสอบ');
    await page.getByTestId('fund-province-input').fill('ชุมพร');
    await page.getByTestId('fund-district-input').fill('ท่าแซะ');
    await page.getByTestId('fund-subdistrict-input').fill('ทรัพย์อนันต์');
    await page.getByTestId('fund-founded-input').fill('01/01/2549');
    await page.getByTestId('fund-opened-input').fill('01/01/2567');
    await page.getByTestId('fund-location-input').fill('ทดสอบ.swfund');
    await screenshot(page, '02-create-fund');
    await page.getByTestId('create-fund-submit').click();
    await expect.poll(() => page.getByTestId('fund-name').textContent()).toBe('กองทุนสวัสดิการชุมชนตำบลทดสอบ');
    // A new fund's approvals cite a meeting resolution (issue 17); this fund's were made on paper, so it types them.
    await page.getByTestId('menu-settings').click();
    await page.getByTestId('approval-citations-switch').click();
    await expect.poll(() => page.getByTestId('approval-citations-card').textContent()).toContain('พิมพ์อ้างอิงการประชุมเองได้');

    await openMemberList(page);
    await page.getByTestId('register-member').click();
    const goodId = citizenIdFor(42);
    const badId = `${goodId.slice(0, 12)}${(Number(goodId[12]) + 1) % 10}`;
    await page.getByTestId('member-citizen-id').fill(badId);
    await page.getByTestId('member-title').click();
    await page.getByTitle('นาง', { exact: true }).click();
    await page.getByTestId('member-first-name').fill('มาลี');
    await page.getByTestId('member-last-name').fill('ใจดี');
    // The title suggests the gender (issue 14 §16).
    await expect.poll(() => page.getByTestId('member-gender').textContent()).toBe('หญิง');
    await page.getByTestId('member-birth-date').fill('15/05/2513');
    await page.getByTestId('member-applied-on').fill('10/01/2567');
    await page.getByTestId('member-approved-on').fill('20/01/2567');
    await page.getByTestId('member-approval-ref').fill('มติคณะกรรมการ ครั้งที่ 1/2567');
    await page.getByTestId('member-submit').click();
    await expect.poll(() => page.getByText('เลขตรวจสอบหลักสุดท้ายไม่ตรง').count()).toBeGreaterThan(0);
    await screenshot(page, '03-bad-citizen-id');

    await page.getByTestId('member-citizen-id').fill(goodId);
    await page.getByTestId('member-submit').click();
    await expect.poll(() => page.getByTestId('member-title').textContent()).toContain('00001');
    await expect.poll(() => page.getByTestId('member-arrears').textContent()).toContain('34');
    await screenshot(page, '04-member');

    await page.getByTestId('payment-months').fill('3');
    await expect.poll(() => page.getByTestId('payment-amount').inputValue()).toBe('90.00');
    await page.getByTestId('payment-submit').click();
    await expect.poll(() => page.getByTestId('receipt-words').textContent()).toBe('(เก้าสิบบาทถ้วน)');
    expect(await page.getByTestId('receipt-number').textContent()).toContain('RC2570-000001');
    await screenshot(page, '05-receipt');

    await page.getByTestId('menu-cashbook').click();
    await expect.poll(() => page.getByTestId('cash-book').textContent()).toContain('RC2570-000001');
    expect(await page.getByTestId('cash-book').textContent()).toContain('90.00');
    await screenshot(page, '06-cash-book');

    await page.getByTestId('menu-members').click();
    await page.getByTestId('member-search').locator('input').fill('มาลี');
    await page.getByText('นางมาลี ใจดี').click();
    await expect.poll(() => page.getByTestId('member-arrears').textContent()).toContain('31');
    await screenshot(page, '07-arrears-after-payment');

    await page.getByTestId('language-switch').getByText('English').click();
    await expect.poll(() => page.getByText('Months behind').count()).toBeGreaterThan(0);
    await screenshot(page, '08-english');
  });
});
