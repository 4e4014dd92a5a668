import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 16 §6: the fund opens on its home page, with its figures in text and as charts drawn by recharts. */
describe('the fund’s home page', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    const { host } = session;
    const value = <T>(result: { ok: boolean; value?: unknown }): T => {
      expect(result.ok).toBe(true);
      return result.value as T;
    };
    value(await host.dispatch('app', 'funds.create', fundInput('home.swfund')));
    const bank = value<{ accountCode: string }>(
      await host.dispatch('fund', 'bankAccounts.add', {
        bankName: 'ธนาคารออมสิน',
        branch: 'ท่าแซะ',
        accountNo: '020-1-00000-1',
        accountType: 'savings',
      }),
    );
    value(
      await host.dispatch('fund', 'ledger.recordOpeningBalances', {
        requestId: 'browser-opening-0001',
        balances: [
          { accountCode: '3100', amountSatang: 500000 },
          { accountCode: bank.accountCode, amountSatang: 2000000 },
        ],
      }),
    );
    const types = value<{ id: number; code: string }[]>(
      await host.dispatch('fund', 'welfare.applyTemplate', { templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }),
    );
    const hospital = types.find((type) => type.code === 'hospital')?.id ?? 0;
    const ids: number[] = [];
    for (const serial of [1, 2, 3])
      ids.push(value<{ id: number }>(await host.dispatch('fund', 'members.register', memberInput(serial))).id);
    const pay = async (serial: number, receivedOn: string, monthCount: number, amountSatang: number) =>
      value(
        await host.dispatch('fund', 'contributions.record', {
          requestId: `browser-dues-000${serial}`,
          memberId: ids[serial - 1],
          receivedOn,
          monthCount,
          amountSatang,
          numbering: { kind: 'app' },
          accountCode: '3100',
        }),
      );
    await pay(1, '2024-01-25', 35, 105000);
    // In this fiscal year (ปีงบประมาณ 2570 began on 1 Oct 2026): 365 baht in, in October.
    await pay(2, '2026-10-10', 12, 36500);
    const claim = async (serial: number, eventDate: string) =>
      value<{ id: number }>(
        await host.dispatch('fund', 'welfare.recordClaim', {
          requestId: `browser-claim-000${serial}`,
          typeId: hospital,
          memberId: ids[0],
          eventDate,
          units: 2,
          recipient: { kind: 'member' },
        }),
      ).id;
    const paid = await claim(1, '2026-10-01');
    value(await host.dispatch('fund', 'welfare.approveClaim', { claimId: paid, meetingRef: 'มติ 1/2570' }));
    value(
      await host.dispatch('fund', 'welfare.payClaim', {
        claimId: paid,
        requestId: 'browser-pay-0001',
        paidOn: '2026-10-05',
        payeeName: 'ผู้ป่วย',
        accountCode: '3100',
      }),
    );
    // One claim kept for the committee's next meeting.
    await claim(2, '2026-11-10');
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-home-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

  /** The charts are recharts' SVG, each with its bars drawn. */
  async function expectCharts(page: Page): Promise<void> {
    for (const chart of ['home-flow-chart', 'home-members-chart', 'home-welfare-chart']) {
      const area = page.getByTestId(chart);
      expect(await area.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(1);
      await expect.poll(() => area.locator('.recharts-bar-rectangle path').count()).toBeGreaterThanOrEqual(1);
    }
    // Money in and out for October: one bar each; members: active and none other.
    expect(await page.getByTestId('home-flow-chart').locator('.recharts-bar-rectangle path').count()).toBe(2);
    expect(await page.getByTestId('home-members-chart').locator('.recharts-bar-rectangle path').count()).toBe(1);
  }

  it('opens the fund on the home page, its figures in Thai and its charts drawn', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('home-page').waitFor();
    expect(await page.locator('.ant-menu-item-selected').getAttribute('data-testid')).toBe('menu-home');
    expect(await page.getByTestId('menu-home').textContent()).toBe('หน้าหลัก');
    // Cash 5,000 + 1,050 + 365 − 400 paid to the hospital claim; the bank's opening 20,000.
    expect(await text(page, 'home-money-total')).toContain('26,015.00 บาท');
    expect(await text(page, 'home-money-3100')).toContain('6,015.00 บาท');
    expect(await text(page, 'home-money-3201')).toContain('20,000.00 บาท');
    expect(await text(page, 'home-active')).toContain('3');
    // Members 2 (paid a year, 22 months still behind) and 3 (never paid) are 3 months or more behind.
    expect(await text(page, 'home-arrears')).toContain('2 คน');
    expect(await text(page, 'home-flow')).toContain('ปีงบประมาณ 2570');
    expect(await text(page, 'home-flow-totals')).toContain('รับ 365.00 บาท · จ่าย 400.00 บาท');
    expect(await text(page, 'home-members')).toContain('ลงทะเบียนทั้งหมด 3 คน');
    expect(await text(page, 'home-welfare')).toContain('เจ็บป่วยนอนโรงพยาบาล');
    expect(await text(page, 'home-welfare-total')).toContain('รวม 400.00 บาท (1 คน)');
    expect(await text(page, 'home-todo-claims-pending')).toContain('รอคณะกรรมการพิจารณา 1 รายการ');
    expect(await text(page, 'home-todo-arrears')).toContain('สมาชิกค้างส่ง 3 เดือนขึ้นไป 2 คน');
    expect(await text(page, 'home-todo-backup-never')).toContain('ยังไม่เคยสำรองข้อมูล');
    await expectCharts(page);
    await screenshot(page, '90-home-th');
  });

  it('shows the same figures in English, and each waiting task leads to its page', async () => {
    const { page } = session;
    await page.getByTestId('language-switch').getByText('English').click();
    await expect.poll(() => text(page, 'home-flow')).toContain('fiscal year 2570');
    expect(await text(page, 'menu-home')).toBe('Home');
    expect(await text(page, 'home-money-total')).toContain('26,015.00 baht');
    expect(await text(page, 'home-arrears')).toContain('2 people');
    expect(await text(page, 'home-flow-totals')).toContain('in 365.00 baht · out 400.00 baht');
    expect(await text(page, 'home-welfare')).toContain('Hospital stay');
    expect(await text(page, 'home-todo-claims-pending')).toContain('1 welfare claim waits for the committee');
    await expectCharts(page);
    await screenshot(page, '91-home-en');

    await page.getByTestId('home-todo-claims-pending-go').click();
    await page.getByTestId('approval-paper').waitFor();
    await page.getByTestId('menu-home').click();
    await page.getByTestId('home-todo-backup-never-go').click();
    await expect.poll(() => page.locator('.ant-menu-item-selected').getAttribute('data-testid')).toBe('menu-backups');
    await page.getByTestId('menu-home').click();
    // The figure's card is a link from the keyboard too.
    await page.getByTestId('home-arrears-card').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'arrears-total')).toContain('2');
    await page.getByTestId('language-switch').getByText('ไทย').click();
  });
});
