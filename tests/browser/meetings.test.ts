import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { inCash } from '../support/money-accounts';
import { pdfPages } from '../support/pdf-text';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * Issue 17 §2 on screen at 1366×768: a committee meeting planned ahead (recording its resolutions before its date
 * refused, naming the field, in Thai), a held meeting recorded with attendance and two resolutions (one deciding
 * an approved claim), its minutes printed on A4 with their Thai text, the resolution found with the picker, and
 * the committee's meeting paper adding the waiting claims to the next planned meeting's agenda.
 */
describe('meetings in the browser', () => {
  let session: WebSession;
  let folder: string;
  let claimNo: string;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-meetings-'));
    const { host } = session;
    const value = <T>(result: { ok: boolean; value?: unknown; error?: unknown }): T => {
      expect(result.error).toBeUndefined();
      return result.value as T;
    };
    value(await host.dispatch('app', 'funds.create', fundInput('meetings.swfund')));
    value(
      await host.dispatch('fund', 'ledger.recordOpeningBalances', {
        requestId: 'opening-0001',
        balances: [{ accountCode: '3100', amountSatang: 10_000_000 }],
      }),
    );
    const types = value<{ id: number; code: string }[]>(
      await host.dispatch('fund', 'welfare.applyTemplate', { templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }),
    );
    const hospital = types.find((type) => type.code === 'hospital');
    const claims: { id: number; claimNo: string }[] = [];
    for (const serial of [1, 2]) {
      const memberId = value<{ id: number }>(await host.dispatch('fund', 'members.register', memberInput(serial))).id;
      value(
        await host.dispatch('fund', 'contributions.record', {
          ...inCash,
          requestId: `dues-${serial}-0001`,
          memberId,
          receivedOn: '2024-01-25',
          monthCount: 34,
          amountSatang: 102000,
          numbering: { kind: 'app' },
        }),
      );
      claims.push(
        value(
          await host.dispatch('fund', 'welfare.recordClaim', {
            requestId: `claim-${serial}-0001`,
            typeId: hospital?.id,
            memberId,
            eventDate: '2026-10-05',
            units: 2,
            recipient: { kind: 'member' },
            documentsReceived: ['hospital-certificate', 'id-card'],
          }),
        ),
      );
    }
    const approved = claims[0];
    if (!approved) throw new Error('no claim');
    claimNo = approved.claimNo;
    value(await host.dispatch('fund', 'welfare.approveClaim', { claimId: approved.id, meetingRef: 'มติ 1/2569' }));
  });
  afterAll(async () => {
    await session?.close();
  });

  async function download(page: Page, testId: string): Promise<{ path: string; name: string }> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId(testId).click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return { path, name: file.suggestedFilename() };
  }

  async function plan(page: Page, date: string, place: string, agenda: string) {
    await page.getByTestId('meeting-plan').click();
    await page.getByTestId('meeting-date').fill(date);
    await page.getByTestId('meeting-time').fill('09:30');
    await page.getByTestId('meeting-place').fill(place);
    await page.getByTestId('meeting-agenda').fill(agenda);
    await page.getByTestId('meeting-plan-submit').click();
    await expect.poll(() => page.getByTestId('meetings-table').textContent()).toContain(place);
  }

  it('plans a meeting, refuses its resolutions before its date, records a held one and prints its minutes', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    const menu = page.getByTestId('menu-meetings');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('meetings-page').count()).toBe(1);

    // Planned in date order, so each takes the next number: 20 Nov is ครั้งที่ 1/2569, 10 Dec ครั้งที่ 2/2569.
    await plan(page, '20/11/2569', 'ที่ทำการกองทุน', 'พิจารณาคำขอรับสวัสดิการ');
    await plan(page, '10/12/2569', 'ศาลาประชาคมหมู่ 3', 'เรื่องแจ้งให้ทราบ\nพิจารณาคำขอรับสวัสดิการ');
    await screenshot(page, '95-meetings-planned');

    // The meeting of 10 Dec 2569 has not come: its resolutions are refused, naming them, and nothing is written.
    const rows = page.locator('[data-testid^="meeting-record-"]');
    await rows.first().click();
    await page.getByTestId('attendee-name-0').fill('นายสมชาย ใจดี');
    await page.getByTestId('resolution-add').click();
    await page.getByTestId('resolution-text-0').fill('รับทราบ');
    await page.getByTestId('meeting-record-submit').click();
    await expect.poll(() => page.getByTestId('meeting-record-problem').textContent()).toContain('ยังไม่ถึงวันประชุม');
    await screenshot(page, '96-meeting-too-early');
    await page.keyboard.press('Escape');

    // The meeting of 20 Nov 2569 was held: three invited, two came; two resolutions, one deciding the claim.
    await rows.nth(1).click();
    await page.getByTestId('attendee-name-0').fill('นายสมชาย ใจดี');
    await page.getByTestId('attendee-role-0').fill('ประธาน');
    await page.getByTestId('attendee-add').click();
    await page.getByTestId('attendee-name-1').fill('นางสาย ทองดี');
    await page.getByTestId('attendee-role-1').fill('เหรัญญิก');
    await page.getByTestId('attendee-add').click();
    await page.getByTestId('attendee-name-2').fill('นายมา ช้า');
    await page.getByTestId('attendee-present-2').uncheck();
    await page.getByTestId('resolution-add').click();
    await page.getByTestId('resolution-text-0').fill('อนุมัติคำขอรับสวัสดิการค่ารักษาพยาบาล');
    await page.getByTestId('resolution-kind-0').click();
    await page.locator('.ant-select-item-option', { hasText: 'คำขอสวัสดิการ' }).click();
    await page.getByTestId('resolution-claim-0').click();
    await page.locator('.ant-select-item-option', { hasText: claimNo }).click();
    await page.getByTestId('resolution-add').click();
    await page.getByTestId('resolution-text-1').fill('รับทราบรายงานการเงินประจำเดือน');
    await page.getByTestId('resolution-decision-1').click();
    await page.locator('.ant-select-item-option', { hasText: 'รับทราบ' }).last().click();
    await page.getByTestId('record-minutes').fill('เปิดประชุมเวลา 09:30 น.\nปิดประชุมเวลา 11:00 น.');
    await screenshot(page, '97-meeting-record');
    await page.getByTestId('meeting-record-submit').click();
    await expect.poll(() => page.getByTestId('meetings-table').textContent()).toContain('ประชุมแล้ว · 2 มติ');
    await screenshot(page, '98-meetings-held');

    const held = await page.locator('[data-testid^="meeting-print-"][data-testid$="-pdf"]').nth(1).getAttribute('data-testid');
    const minutes = await download(page, held ?? '');
    expect(minutes.name).toBe('รายงานการประชุม การประชุมคณะกรรมการกองทุน ครั้งที่ 1-2569.pdf');
    const text = (await pdfPages(minutes.path)).flat().join(' ');
    for (const words of ['รายงานการประชุม', 'ครั้งที่ 1/2569', 'ครบองค์ประชุม', 'นายมา ช้า', 'อนุมัติคำขอรับสวัสดิการค่ารักษาพยาบาล', claimNo, 'รับทราบ'])
      expect(text).toContain(words);
  });

  it('finds the resolution with the picker, and fills the next meeting agenda from the meeting paper', async () => {
    const { page } = session;
    await page.getByTestId('resolution-picker').click();
    await page.locator('.ant-select-item-option', { hasText: 'อนุมัติคำขอรับสวัสดิการค่ารักษาพยาบาล' }).click();
    await expect.poll(() => page.getByTestId('resolution-picked').textContent()).toContain('ครั้งที่ 1/2569 วันที่ 20 พ.ย. 2569 มติที่ 1 (อนุมัติ)');
    await screenshot(page, '99-resolution-picked');

    // The committee's meeting paper offers the next planned committee meeting; one click puts the waiting claim on its agenda.
    await page.getByTestId('menu-welfare').click();
    await page.getByTestId('open-approvals').click();
    await expect.poll(() => page.getByTestId('approvals-to-agenda').count()).toBe(1);
    await page.getByTestId('approvals-to-agenda').click();
    await expect.poll(() => page.getByTestId('approvals-to-agenda').textContent()).toContain('เพิ่มเป็นวาระแล้ว');
    await screenshot(page, '99-approvals-to-agenda');
    const planned = (await session.host.dispatch('fund', 'meetings.list', { state: 'planned' })) as {
      ok: true;
      value: { rows: { id: number }[] };
    };
    const meeting = (await session.host.dispatch('fund', 'meetings.get', { meetingId: planned.value.rows[0]?.id })) as {
      ok: true;
      value: { agenda: string[] };
    };
    expect(meeting.value.agenda).toHaveLength(3);
    expect(meeting.value.agenda[2]).toMatch(/^พิจารณาคำขอรับสวัสดิการ WF2570-\d+ /);
  });
});
