import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * A bylaw amendment in the browser: a version no claim used is corrected from its date, one a claim was judged by is
 * refused on its field with nothing written, then a new version is added from a later date.
 */
describe('welfare rule amendments in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    expect((await session.host.dispatch('app', 'funds.create', fundInput('welfare-rules.swfund', { openedOn: '2024-01-01' }))).ok).toBe(
      true,
    );
  });
  // A failing step leaves a picture of the page behind (test-artifacts/browser/failed-*.png).
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-rules-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function hospitalType(): Promise<{ id: number; versions: unknown[] }> {
    const types = await session.host.dispatch('fund', 'welfare.types', {});
    if (!types.ok) throw new Error('welfare.types failed');
    const found = (types.value as { id: number; code: string; versions: unknown[] }[]).find((type) => type.code === 'hospital');
    if (!found) throw new Error('no hospital type');
    return found;
  }

  async function hospitalVersionCount(): Promise<number> {
    return (await hospitalType()).versions.length;
  }

  it('refuses to change a version a claim was judged by, corrects one no claim used, and adds a later one', async () => {
    const { page } = session;
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-welfare').click();
    await page.getByTestId('welfare-template').click();
    await page.getByTestId('template-confirm').click();
    // The rules live on their own tab once the fund has welfare types.
    await page.getByRole('tab', { name: 'ระเบียบสวัสดิการ' }).click();
    await page.getByTestId('welfare-type-hospital').locator('.ant-table-row-expand-icon').click();
    const versions = page.getByTestId('rule-versions-hospital');
    await expect.poll(() => versions.textContent()).toContain('คืนละ 200.00 บาท');
    await expect.poll(() => versions.getByTestId('rule-version').count()).toBe(1);
    await expect.poll(() => versions.getByTestId('rule-version-open').count()).toBe(1);

    // A typo caught before any claim: a version from the same date corrects it (issue 14), said before saving.
    await page.getByTestId('rule-amend-hospital').click();
    const date = page.locator('[data-testid="rule-effective-from"] input, input[data-testid="rule-effective-from"]').first();
    const perNight = page.locator('[data-testid="rule-per-unit"] input, input[data-testid="rule-per-unit"]').first();
    // The drawer fills its form from the latest version as it opens: wait for that before typing over it.
    await expect.poll(() => date.inputValue(), { timeout: 5000 }).not.toBe('');
    await date.fill('01/01/2549');
    await expect.poll(() => page.getByTestId('rule-change').textContent()).toContain('การบันทึกจะแก้ไขฉบับนั้นแทน');
    await perNight.fill('250');
    await page.getByTestId('rule-submit').click();
    await expect.poll(() => versions.textContent(), { timeout: 5000 }).toContain('คืนละ 250.00 บาท');
    expect(await hospitalVersionCount()).toBe(1);

    // A claim is judged by it: from then on it is fixed, and a change from its date is refused on the field.
    const member = await session.host.dispatch('fund', 'members.register', memberInput(1));
    const hospital = await hospitalType();
    const claim = await session.host.dispatch('fund', 'welfare.recordClaim', {
      requestId: 'rules-claim-0001',
      typeId: hospital.id,
      memberId: member.ok ? (member.value as { id: number }).id : 0,
      eventDate: '2024-03-01',
      units: 1,
      recipient: { kind: 'member' },
      recordIneligible: true,
    });
    expect(claim.ok).toBe(true);
    await page.reload();
    await page.getByTestId('menu-welfare').click();
    await page.getByRole('tab', { name: 'ระเบียบสวัสดิการ' }).click();
    await page.getByTestId('welfare-type-hospital').locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => versions.getByTestId('rule-version-used').textContent(), { timeout: 5000 }).toContain('WF2570-000001');
    await page.getByTestId('rule-amend-hospital').click();
    await expect.poll(() => date.inputValue(), { timeout: 5000 }).not.toBe('');
    await date.fill('01/01/2549');
    await expect.poll(() => page.getByTestId('rule-change').textContent()).toContain('ใช้ตัดสินคำขอ WF2570-000001 ไปแล้ว');
    await page.getByTestId('rule-submit').click();
    const dateError = page.locator('.ant-form-item').filter({ has: date }).locator('.ant-form-item-explain-error');
    await expect.poll(() => dateError.textContent(), { timeout: 5000 }).toContain('ใช้ตัดสินคำขอ WF2570-000001 ไปแล้ว จึงแก้ไขไม่ได้');
    await screenshot(page, '41-welfare-rule-refused');
    expect(await hospitalVersionCount()).toBe(1);

    await date.fill('01/06/2568');
    await expect.poll(() => page.getByTestId('rule-change').textContent()).toContain('จะเพิ่มเป็นระเบียบฉบับใหม่');
    await perNight.fill('300');
    // Before adopting it, the committee sees what it would cost against the rule in force (two what-if jobs).
    await page.getByTestId('rule-estimate').click();
    await expect.poll(() => page.getByTestId('rule-estimate-result').textContent(), { timeout: 10000 }).toContain('ฉบับที่เสนอแก้');
    await screenshot(page, '41b-welfare-rule-estimate');
    await page.getByTestId('rule-submit').click();
    await expect.poll(() => versions.getByTestId('rule-version').count(), { timeout: 5000 }).toBe(2);
    expect(await versions.textContent()).toContain('คืนละ 300.00 บาท');
    expect(await versions.textContent()).toContain('1 มิถุนายน พ.ศ. 2568');
    expect(await hospitalVersionCount()).toBe(2);
    await screenshot(page, '42-welfare-rule-versions');
  });

  it('reads out and pre-fills a death benefit scaled by years of membership', async () => {
    const { page } = session;
    await page.getByTestId('welfare-type-death').locator('.ant-table-row-expand-icon').click();
    await expect
      .poll(() => page.getByTestId('rule-versions-death').textContent())
      .toContain('เป็นสมาชิกตั้งแต่ 15 ปี: 20,000.00 บาท และเพิ่มอีก 500.00 บาท ต่อทุกปีที่เกิน 15 ปี');
    await page.getByTestId('rule-amend-death').click();
    await expect.poll(() => page.locator('[data-testid^="rule-tier-"]').count()).toBe(7);
    await screenshot(page, '43-welfare-rule-tiers');
    await page.keyboard.press('Escape');
  });

  it("adds a welfare type of the fund's own, mapped to a status-form category, with its first rule", async () => {
    const { page } = session;
    await page.getByTestId('welfare-type-add').click();
    const date = page.locator('[data-testid="rule-effective-from"] input, input[data-testid="rule-effective-from"]').first();
    await expect.poll(() => date.inputValue(), { timeout: 5000 }).not.toBe('');
    await page.getByTestId('rule-category').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'คนด้อยโอกาส' }).first().click();
    await page.getByTestId('rule-name-th').fill('เบี้ยผู้พิการ');
    await page.getByTestId('rule-name-en').fill('Disability allowance');
    await date.fill('01/01/2567');
    await page.getByTestId('rule-waiting-from').getByText('วันที่ส่งเงินสมทบครั้งแรก').click();
    await page.getByTestId('rule-amount-kind').getByText('จ่ายเป็นครั้ง').click();
    await page.locator('[data-testid="rule-amount-per-event"] input, input[data-testid="rule-amount-per-event"]').first().fill('500');
    await page.getByTestId('rule-submit').click();
    await expect.poll(() => page.getByTestId('welfare-types').textContent(), { timeout: 5000 }).toContain('เบี้ยผู้พิการ');
    const types = await session.host.dispatch('fund', 'welfare.types', {});
    const own = types.ok
      ? (types.value as { code: string; category: string; versions: { amount: unknown }[] }[]).find((type) => type.code.startsWith('own-'))
      : undefined;
    expect(own).toMatchObject({
      category: 'DISADV_DISABLED',
      versions: [{ amount: { kind: 'per-event', amountSatang: 50000 }, waitingFrom: 'first-payment' }],
    });
    expect(await page.getByTestId('welfare-types').textContent()).toContain('เบี้ยผู้พิการ');
    await screenshot(page, '44-welfare-own-type');
  });

  it("keeps the fund's welfare settings: arrears kept back at death, and how a reinstated member's years count", async () => {
    const { page } = session;
    await page.getByTestId('menu-settings').click();
    await page.getByTestId('membership-counting').getByText('นับต่อจากการเป็นสมาชิกครั้งแรก').click();
    await page.getByTestId('deduct-arrears-switch').click();
    await expect
      .poll(
        async () => {
          const settings = await session.host.dispatch('fund', 'welfare.settings', {});
          return settings.ok ? settings.value : undefined;
        },
        { timeout: 5000 },
      )
      .toEqual({ deductArrearsAtDeath: false, membershipCounting: 'first-spell' });
  });
});
