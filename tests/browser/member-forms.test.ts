import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenIdFor, fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Disabled buttons that do not say why (issue 14 §16): each must sit in a WhyDisabled wrapper or be loading. */
function buttonsDisabledWithoutReason(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLButtonElement>('button.ant-btn:disabled'))
      .filter((button) => !button.closest('[data-why-disabled]') && !button.classList.contains('ant-btn-loading'))
      .map((button) => button.textContent ?? button.outerHTML.slice(0, 80)),
  );
}

/** What a disabled button says when she points at it (its tooltip; other tooltips may linger in the page). */
async function reasonShownFor(page: Page, testId: string): Promise<string> {
  await page
    .locator('[data-why-disabled]')
    .filter({ has: page.getByTestId(testId) })
    .hover();
  await page.waitForTimeout(300);
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.ant-tooltip:not(.ant-tooltip-hidden)'))
      .map((tooltip) => tooltip.textContent ?? '')
      .join(' | '),
  );
}

function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }, selector);
}

/** Registering and editing members as a treasurer does on her first day (issue 14 §4, §16, §17). */
describe('member forms in the browser', () => {
  let session: WebSession;
  let paidMemberId = 0;
  let wrongMemberId = 0;
  beforeAll(async () => {
    session = await startWebSession();
    await session.page.setViewportSize({ width: 1366, height: 768 });
    expect((await session.host.dispatch('app', 'funds.create', fundInput('member-forms.swfund', { openedOn: '2024-01-01' }))).ok).toBe(
      true,
    );
    // Cash in hand from the opening date: a community payment never takes cash below zero (Decision 13).
    const opening = await session.host.dispatch('fund', 'ledger.recordOpeningBalances', {
      requestId: 'member-forms-opening',
      balances: [{ accountCode: '3100', amountSatang: 50_000_000 }],
    });
    expect(opening.ok).toBe(true);
    const paid = await session.host.dispatch('fund', 'members.register', memberInput(1));
    const wrong = await session.host.dispatch('fund', 'members.register', memberInput(2));
    if (!paid.ok || !wrong.ok) throw new Error('members not registered');
    paidMemberId = (paid.value as { id: number }).id;
    wrongMemberId = (wrong.value as { id: number }).id;
    const receipt = await session.host.dispatch('fund', 'contributions.record', {
      accountCode: '3100',
      requestId: 'browser-member-forms-1',
      memberId: paidMemberId,
      receivedOn: '2026-11-20',
      monthCount: 1,
      amountSatang: 3000,
      numbering: { kind: 'app' },
    });
    expect(receipt.ok).toBe(true);
    // The page opens on the fund once; each test moves by the menu, as she does.
    await session.page.goto(session.fundUrl());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('registers a member from before the opening date only with her arrears said one way or the other', async () => {
    const { page } = session;
    await page.getByTestId('menu-members').click();
    await page.getByTestId('register-member').click();

    // The address starts at the fund's own ตำบล, อำเภอ and จังหวัด.
    await expect.poll(() => page.getByTestId('member-subdistrict').inputValue()).toBe('ทรัพย์อนันต์');
    expect(await page.getByTestId('member-district').inputValue()).toBe('ท่าแซะ');
    expect(await page.getByTestId('member-province').inputValue()).toBe('ชุมพร');

    // The title takes typing: "นาง" and Enter chooses นาง (not นางสาว), and the gender follows it.
    await page.getByTestId('member-title').click();
    await page.keyboard.type('นาง');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('member-title').textContent()).toBe('นาง');
    await expect.poll(() => page.getByTestId('member-gender').textContent()).toBe('หญิง');

    await page.getByTestId('member-citizen-id').fill(citizenIdFor(91));
    await page.getByTestId('member-first-name').fill('บุญมา');
    await page.getByTestId('member-last-name').fill('ทองคำ');
    await page.getByTestId('member-birth-date').fill('15/05/2503');
    await page.getByTestId('member-applied-on').fill('20/05/2560');
    await page.getByTestId('member-approved-on').fill('01/06/2560');
    await page.getByTestId('member-approval-ref').fill('มติคณะกรรมการ ครั้งที่ 5/2560');

    // Joined in 2560, before the fund opened its books in the app (1 ม.ค. 2567): she must say which it was.
    await expect.poll(() => page.getByTestId('member-opening-dues-block').isVisible()).toBe(true);
    await page.getByTestId('member-submit').click();
    await expect.poll(() => page.getByText('เลือกอย่างใดอย่างหนึ่ง: ส่งถึงเดือนใด หรือไม่มีค้างส่ง').count()).toBe(1);
    // The form that failed is scrolled to its first error.
    await expect.poll(() => isInViewport(page, '[data-testid="member-opening-dues-block"] .ant-form-item-explain-error')).toBe(true);
    await screenshot(page, '31-member-opening-dues-required');

    await page.getByText('ส่งเงินสมทบถึงเดือน… (เดือนหลังจากนั้นนับเป็นค้างส่ง)').click();
    // The month takes typing too: its short name finds it.
    await page.getByTestId('member-paid-through-month').click();
    await page.keyboard.type('มิ.ย.');
    await page.keyboard.press('Enter');
    await page
      .locator('[data-testid="member-paid-through-year"] input, input[data-testid="member-paid-through-year"]')
      .first()
      .fill('2566');
    await screenshot(page, '32-member-opening-paid-through');
    await page.getByTestId('member-submit').click();

    // Paid through มิ.ย. 2566: owes from ก.ค. 2566 to ต.ค. 2569, forty months, and the page says why.
    await expect.poll(() => page.getByTestId('member-arrears').textContent(), { timeout: 10_000 }).toContain('40');
    expect(await page.getByTestId('member-dues-start').textContent()).toContain('ก.ค. 2566');
    expect(await page.getByTestId('member-dues-origin').textContent()).toContain('ส่งถึง มิ.ย. 2566');
    expect(await page.getByTestId('member-dues-origin').textContent()).toContain('เป็นสมาชิกตั้งแต่ 1 มิ.ย. 2560');
    await screenshot(page, '33-member-paid-through');

    // Edited to "no arrears at the opening date": dues counted from the opening month, none owed before it.
    await page.getByRole('tab', { name: 'ข้อมูลสมาชิก' }).click();
    await page.getByTestId('edit-member').click();
    await page.getByText('ไม่มีเงินสมทบค้างส่ง ณ วันเริ่มใช้โปรแกรม (1 ม.ค. 2567)').click();
    await page.getByTestId('member-save').click();
    await page.getByRole('tab', { name: 'เงินสมทบ' }).click();
    await expect.poll(() => page.getByTestId('member-dues-origin').textContent(), { timeout: 10_000 }).toContain('ไม่มีค้างส่ง');
    expect(await page.getByTestId('member-arrears').textContent()).toContain('34');
    expect(await page.getByTestId('member-version').textContent()).toContain('แก้ไขข้อมูลแล้ว 1 ครั้ง');
    await page.getByRole('tab', { name: 'ประวัติการแก้ไข' }).click();
    // Thai time, and the recorder by role, not by the user id.
    await expect.poll(() => page.getByText('25 พ.ย. 2569 16:00 น.').count()).toBeGreaterThan(0);
    expect(await page.getByText('เหรัญญิก').count()).toBeGreaterThan(0);
    expect(await page.getByText('treasurer', { exact: true }).count()).toBe(0);
    await screenshot(page, '34-member-history');
  });

  it('asks once when the title does not fit the gender or the age', async () => {
    const { page } = session;
    await page.getByTestId('menu-members').click();
    await page.getByTestId('register-member').click();
    await page.getByTestId('member-gender').click();
    await page.keyboard.type('หญิง');
    await page.keyboard.press('Enter');
    await page.getByTestId('member-title').click();
    await page.keyboard.type('ด.ช.');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('member-title').textContent()).toBe('เด็กชาย');
    // A gender she chose herself is not overruled by the title.
    expect(await page.getByTestId('member-gender').textContent()).toBe('หญิง');
    await page.getByTestId('member-no-id').click();
    await page.getByTestId('member-no-id-reason').fill('ไม่มีสถานะทางทะเบียน');
    await page.getByTestId('member-first-name').fill('สมปอง');
    await page.getByTestId('member-last-name').fill('ใจงาม');
    await page.getByTestId('member-birth-date').fill('01/01/2523');
    await page.getByTestId('member-approval-ref').fill('มติคณะกรรมการ ครั้งที่ 11/2569');
    await page.getByTestId('member-submit').click();
    const doubts = page.getByTestId('member-doubts');
    await expect.poll(() => doubts.textContent()).toContain('ใช้กับเพศชาย');
    expect(await doubts.textContent()).toContain('ใช้กับเด็กอายุต่ำกว่า 15 ปี แต่ผู้นี้อายุ 46 ปี');
    await page.waitForTimeout(400); // the dialog's opening animation
    await screenshot(page, '35-member-title-doubts');
    await page.getByTestId('member-doubts-back').click();
    await expect.poll(() => doubts.count()).toBe(0);
    // Asked once: saving again as it is goes through.
    await page.getByTestId('member-submit').click();
    await expect.poll(() => page.getByTestId('member-title').textContent(), { timeout: 10_000 }).toContain('เด็กชายสมปอง ใจงาม');
  });

  it('voids a registration made in error: struck through, out of the list, and refused for a member who paid', async () => {
    const { page } = session;
    await page.getByTestId('menu-members').click();
    const wrongName = memberInput(2).lastName ?? '';
    await page.getByTestId('member-search-input').fill(wrongName);
    await page.locator('.ant-table-row').filter({ hasText: wrongName }).first().click();
    await page.getByRole('tab', { name: 'ข้อมูลสมาชิก' }).click();
    await page.getByTestId('member-void').click();
    // The button waits for a reason and says so.
    expect(await buttonsDisabledWithoutReason(page)).toEqual([]);
    await expect.poll(() => reasonShownFor(page, 'member-void-confirm'), { timeout: 5000 }).toContain('กรอก «เหตุผล» ก่อน');
    await page.getByTestId('member-void-reason').fill('ลงทะเบียนซ้ำกับสมาชิกเลขที่ 00001');
    await page.waitForTimeout(400); // the dialog's opening animation
    await screenshot(page, '36-member-void-dialog');
    await page.getByTestId('member-void-confirm').click();
    await expect.poll(() => page.getByTestId('member-voided').textContent()).toContain('ลงทะเบียนซ้ำกับสมาชิกเลขที่ 00001');
    expect(await page.getByTestId('member-status').textContent()).toBe('ยกเลิกทะเบียน');
    expect(await page.locator('[data-testid="member-title"] del').evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe(
      'line-through',
    );
    expect(await page.getByTestId('edit-member').count()).toBe(0);
    const voided = await session.host.dispatch('fund', 'members.get', { memberId: wrongMemberId });
    expect(voided.ok && (voided.value as { void: unknown }).void).toMatchObject({ reason: 'ลงทะเบียนซ้ำกับสมาชิกเลขที่ 00001' });
    await screenshot(page, '37-member-voided');

    await page.getByTestId('menu-members').click();
    await page.getByTestId('member-search-input').fill(wrongName);
    await expect.poll(() => page.getByTestId('member-count').textContent(), { timeout: 5000 }).toContain('จาก 0 คน');
    await page.getByTestId('member-status-filter').click();
    await page.keyboard.type('ยกเลิก');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.voided-row').count(), { timeout: 5000 }).toBe(1);
    await screenshot(page, '38-members-voided-filter');

    await page.getByTestId('member-status-filter').click();
    await page.keyboard.type('ทุกสถานะ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.voided-row').count(), { timeout: 5000 }).toBe(0);
    const paidName = memberInput(1).lastName ?? '';
    await page.getByTestId('member-search-input').fill(paidName);
    await page.locator('.ant-table-row').filter({ hasText: paidName }).first().click();
    await page.getByRole('tab', { name: 'ข้อมูลสมาชิก' }).click();
    await page.getByTestId('member-void').click();
    await page.getByTestId('member-void-reason').fill('ผิดคน');
    await page.getByTestId('member-void-confirm').click();
    await expect.poll(() => page.getByTestId('member-void-problem').textContent()).toContain('ออกใบเสร็จให้สมาชิกนี้แล้ว 1 ใบ');
    await page.getByTestId('member-void-close').click();
  });

  it('says why wherever a button waits: a collection day with no line yet', async () => {
    const { page } = session;
    await page.getByTestId('menu-members').click();
    await page.getByTestId('menu-collection').click();
    await page.getByTestId('batch-create').click();
    await page.getByTestId('batch-member').waitFor();
    expect(await buttonsDisabledWithoutReason(page)).toEqual([]);
    await expect.poll(() => reasonShownFor(page, 'batch-post'), { timeout: 5000 }).toContain('ยังไม่มีรายการรับเงิน');
    await screenshot(page, '39-why-disabled');
  });

  it('asks to confirm an amount above the fund’s ceiling, in baht, and saves it once confirmed', async () => {
    const { page } = session;
    await page.getByTestId('menu-settings').click();
    const payout = page.locator('[data-testid="ceiling-payout"] input, input[data-testid="ceiling-payout"]').first();
    await expect.poll(() => payout.inputValue(), { timeout: 5000 }).toBe('100,000.00');
    await payout.fill('5,000');
    await page.getByTestId('ceilings-save').click();
    await expect
      .poll(async () => {
        const ceilings = await session.host.dispatch('fund', 'fund.ceilings', {});
        return ceilings.ok ? (ceilings.value as { payoutSatang: number }).payoutSatang : undefined;
      })
      .toBe(500_000);

    await page.getByTestId('menu-community').click();
    await page.getByTestId('community-category').click();
    await page.keyboard.type('ภัยพิบัติ');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="community-count"] input, input[data-testid="community-count"]').first().fill('3');
    await page.getByTestId('community-description').fill('ช่วยเหลือผู้ประสบอุทกภัย หมู่ 4');
    await page.locator('[data-testid="community-amount"] input, input[data-testid="community-amount"]').first().fill('60,000');
    await page.getByTestId('community-payee').fill('นายสมชาย ใจดี');
    await page.getByTestId('community-submit').click();
    await expect.poll(() => page.locator('.ant-modal-confirm').textContent()).toContain('60,000.00 บาท สูงกว่าเพดาน');
    expect(await page.locator('.ant-modal-confirm').textContent()).toContain('5,000.00 บาท');
    await page.waitForTimeout(400); // the dialog's opening animation
    await screenshot(page, '40-amount-confirm');
    await page.getByTestId('amount-confirm').click();
    await expect.poll(() => page.getByTestId('voucher-words').textContent(), { timeout: 10_000 }).toBe('(หกหมื่นบาทถ้วน)');
  });
});
