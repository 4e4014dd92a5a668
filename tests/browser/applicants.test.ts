import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenIdFor, fundInput, memberInput } from '../support/builders';
import { pdfPages } from '../support/pdf-text';
import { artifactsFolder, openMemberList, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * Issue 17 §2 on screen at 1366×768: the treasurer turns on "approvals cite a resolution", records an applicant
 * in Thai, prints her application form, and after the committee meets admits her citing its resolution — she is
 * then a member — and approves a claim citing the committee's decision on it.
 */
describe('applicants and approvals that cite a resolution, in the browser', () => {
  let session: WebSession;
  let claimId = 0;
  beforeAll(async () => {
    session = await startWebSession();
    const { host } = session;
    const value = <T>(result: { ok: boolean; value?: unknown }) => {
      expect(result.ok).toBe(true);
      return result.value as T;
    };
    // Entered from paper first (the setting off), as an upgraded fund would be: rules, a paying member, a claim.
    value(await host.dispatch('app', 'funds.create', fundInput('applicants.swfund')));
    value(
      await host.dispatch('fund', 'ledger.recordOpeningBalances', {
        requestId: 'opening-01',
        balances: [{ accountCode: '3100', amountSatang: 5_000_000 }],
      }),
    );
    const types = value<{ id: number; code: string }[]>(
      await host.dispatch('fund', 'welfare.applyTemplate', { templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }),
    );
    const memberId = value<{ id: number }>(await host.dispatch('fund', 'members.register', memberInput(1))).id;
    value(
      await host.dispatch('fund', 'contributions.record', {
        accountCode: '3100',
        requestId: 'dues-000001',
        memberId,
        receivedOn: '2024-01-25',
        monthCount: 34,
        amountSatang: 102000,
        numbering: { kind: 'app' },
      }),
    );
    claimId = value<{ id: number }>(
      await host.dispatch('fund', 'welfare.recordClaim', {
        requestId: 'claim-000001',
        typeId: types.find((type) => type.code === 'hospital')?.id ?? 0,
        memberId,
        eventDate: '2026-10-05',
        units: 2,
        recipient: { kind: 'member' },
        documentsReceived: ['hospital-certificate', 'id-card'],
      }),
    ).id;
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Picks the resolution whose option reads `text` in a picker, typed as the treasurer would. */
  async function pickResolution(page: Page, testId: string, text: string) {
    await page.getByTestId(testId).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
    // The list closes before the dialog's buttons are pressed: it lies over them while it fades.
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  }

  it('turns the setting on, records an applicant and prints her form with the committee block blank', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-settings').click();
    await page.getByTestId('approval-citations-switch').click();
    await expect.poll(() => page.getByTestId('approval-citations-card').textContent()).toContain('เปิด: ต้องอ้างมติที่ประชุม');
    await page.getByTestId('approval-citations-card').scrollIntoViewIfNeeded();
    await screenshot(page, '120-approvals-cite-setting');

    await openMemberList(page);
    await page.getByTestId('open-applicants').click();
    await page.getByTestId('add-application').click();
    await page.getByTestId('member-title').click();
    await page.keyboard.type('นาง');
    await page.keyboard.press('Enter');
    await page.getByTestId('member-citizen-id').fill(citizenIdFor(90));
    await page.getByTestId('member-first-name').fill('บุญเรือน');
    await page.getByTestId('member-last-name').fill('ศรีสุข');
    await page.getByTestId('member-birth-date').fill('15/05/2515');
    await page.getByTestId('member-applied-on').fill('10/11/2569');
    expect(await page.getByTestId('member-approved-on').count()).toBe(0);
    await screenshot(page, '121-application-form-entry');
    await page.getByTestId('application-submit').click();

    await expect.poll(() => page.getByTestId('application-paper').textContent(), { timeout: 5000 }).toContain('นางบุญเรือน ศรีสุข');
    const paper = (await page.getByTestId('application-paper').textContent()) ?? '';
    expect(paper).toContain('ใบสมัครสมาชิกกองทุนสวัสดิการชุมชน');
    expect(paper).toContain('เขียนวันที่ 10 พฤศจิกายน พ.ศ. 2569');
    expect(await page.getByTestId('application-committee-block').textContent()).toContain('☐ รับเป็นสมาชิก');
    await screenshot(page, '122-application-paper');
    const pdf = join(artifactsFolder, '122-application-paper.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    // The browser draws Thai in pieces: joined, they read as the paper does.
    const printed = pages.flat().join('');
    expect(printed).toContain('ใบสมัครสมาชิก');
    expect(printed).toContain('ผู้สมัคร');

    // The committee's meeting paper lists her beside the claim waiting.
    await page.getByTestId('menu-welfare').click();
    await page.getByTestId('open-approvals').click();
    await expect.poll(() => page.getByTestId('approval-applicants').textContent(), { timeout: 5000 }).toContain('นางบุญเรือน ศรีสุข');
    await screenshot(page, '122b-meeting-paper-applicants');
  });

  it('admits the applicant citing the meeting’s resolution, and she is a member from that day', async () => {
    const { page, host } = session;
    // The committee met today, 25 November 2569, and resolved to admit her and to pay the claim recorded this
    // morning (recorded under Meetings).
    const meeting = await host.dispatch('fund', 'meetings.add', { kind: 'committee', meetingOn: '2026-11-25', place: 'ที่ทำการกองทุน' });
    if (!meeting.ok) throw new Error(meeting.error.code);
    const held = await host.dispatch('fund', 'meetings.record', {
      meetingId: (meeting.value as { id: number }).id,
      expectedVersion: 1,
      attendees: [{ name: 'นายสมชาย ใจดี', role: 'ประธาน', isPresent: true }],
      agenda: ['พิจารณารับสมาชิกใหม่', 'พิจารณาคำขอรับสวัสดิการ'],
      resolutions: [
        { text: 'รับนางบุญเรือน ศรีสุข เป็นสมาชิก', decision: 'approved', target: { kind: 'member-approval', id: null } },
        { text: 'อนุมัติค่ารักษาพยาบาล', decision: 'approved', target: { kind: 'claim-decision', id: claimId } },
      ],
      minutes: '',
    });
    expect(held.ok).toBe(true);

    // Back to the list and into the application again: the page reads the meeting now on record.
    await page.getByTestId('menu-members').click();
    await page.getByTestId('open-applicants').click();
    await page.getByTestId('application-table').getByText('นางบุญเรือน ศรีสุข').click();
    await expect.poll(() => page.getByTestId('application-approve').count(), { timeout: 5000 }).toBe(1);
    await page.getByTestId('application-approve').click();
    await pickResolution(page, 'application-resolution', 'รับนางบุญเรือน');
    await screenshot(page, '123-application-approve');
    await page.getByTestId('application-decide-confirm').click();
    await expect
      .poll(() => page.getByTestId('application-committee-block').textContent(), { timeout: 5000 })
      .toContain('☑ รับเป็นสมาชิก สมาชิกเลขที่ 00002');
    expect(await page.getByTestId('application-committee-block').textContent()).toContain('การประชุมครั้งที่ 1/2569 วันที่ 25 พฤศจิกายน พ.ศ. 2569');
    await screenshot(page, '124-application-admitted');

    await page.getByTestId('application-member').click();
    await expect.poll(() => page.getByTestId('member-title').textContent(), { timeout: 5000 }).toContain('00002');
    await page.getByRole('tab', { name: 'ข้อมูลสมาชิก' }).click();
    await expect.poll(() => page.locator('body').textContent()).toContain('การประชุมคณะกรรมการกองทุน ครั้งที่ 1/2569 มติที่ 1');
    await screenshot(page, '125-admitted-member');
  });

  it('approves a claim citing the committee’s decision on it', async () => {
    const { page } = session;
    await page.getByTestId('menu-welfare').click();
    await page.getByTestId(`claim-approve-${claimId}`).click();
    // The setting on: no words to type, the resolution is the reference.
    expect(await page.getByTestId('claim-prompt-text').count()).toBe(0);
    await page.getByTestId('claim-confirm').click();
    await expect.poll(() => page.getByText('ต้องเลือกมติที่ประชุม', { exact: false }).count()).toBeGreaterThan(0);
    await pickResolution(page, 'claim-prompt-resolution', 'อนุมัติค่ารักษาพยาบาล');
    await screenshot(page, '126-claim-approve-citing');
    await page.getByTestId('claim-confirm').click();
    await expect.poll(() => page.locator(`[data-testid="claim-pay-${claimId}"]`).count(), { timeout: 5000 }).toBe(1);
  });
});
