import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages } from '../support/pdf-text';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

const behind = memberInput(1);
const behindName = `${behind.title}${behind.firstName} ${behind.lastName}`;

/**
 * Issue 17 §4 on screen at 1366×768: from the arrears list to the proposals as of today, the list printed on A4
 * for the committee (read back), the ticked member put on the next meeting's agenda, the committee's decision
 * recorded citing its resolution, and the member then shown as lapsed.
 */
describe('lapse proposals in the browser', () => {
  let session: WebSession;
  let folder: string;
  let memberId = 0;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-lapses-'));
    const { host } = session;
    const value = <T>(result: { ok: boolean; value?: unknown }) => {
      expect(result.ok).toBe(true);
      return result.value as T;
    };
    value(await host.dispatch('app', 'funds.create', fundInput('lapses.swfund', { foundedOn: '2020-06-01' })));
    // Approved in January 2024 and never paid: 34 months behind today. The second member is paid up.
    memberId = value<{ id: number }>(await host.dispatch('fund', 'members.register', behind)).id;
    value(await host.dispatch('fund', 'members.register', memberInput(2, { appliedOn: '2026-11-01', approvedOn: '2026-11-05' })));
    // The committee met on 2026-11-21 and decided her lapse; its next meeting is planned for 2026-12-10.
    const held = value<{ id: number; version: number }>(
      await host.dispatch('fund', 'meetings.add', { kind: 'committee', meetingOn: '2026-11-21', place: 'ศาลาหมู่บ้าน' }),
    );
    value(
      await host.dispatch('fund', 'meetings.record', {
        meetingId: held.id,
        expectedVersion: held.version,
        attendees: [{ name: 'นายสมชาย ใจดี', role: 'ประธาน', isPresent: true }],
        agenda: ['พิจารณาสมาชิกค้างส่ง'],
        resolutions: [{ text: 'ให้พ้นสภาพเพราะค้างส่งเงินสมทบ', decision: 'approved', target: { kind: 'lapse-decision', id: memberId } }],
        minutes: '',
      }),
    );
    value(await host.dispatch('fund', 'meetings.add', { kind: 'committee', meetingOn: '2026-12-10', place: 'ศาลาหมู่บ้าน' }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the proposals as of today, from the arrears list', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-arrears').click();
    await page.getByTestId('arrears-to-lapses').click();
    const table = page.getByTestId('lapses-table');
    await expect.poll(() => table.textContent()).toContain(behindName);
    expect(await table.textContent()).toContain('34');
    expect(await table.textContent()).toContain('ยังไม่เคยส่ง');
    expect(await page.getByTestId('lapses-total').textContent()).toContain('1 คน');
    await screenshot(page, '100-lapse-proposals');
  });

  it('prints the list for the committee on A4 with decision boxes', async () => {
    const { page } = session;
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId('lapses-export-pdf').click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    const text = (await pdfPages(path)).flat().join(' ');
    for (const words of ['รายชื่อสมาชิกที่เสนอให้พ้นสภาพ', behind.lastName, 'ยังไม่พ้น', 'มติที่ประชุมคณะกรรมการ', 'ประธาน'])
      expect(text).toContain(words);
  });

  it('puts the ticked member on the next agenda and records the decision citing the resolution', async () => {
    const { page } = session;
    await page.getByTestId('lapses-table').locator('tr', { hasText: behindName }).locator('.ant-checkbox-input').check();
    await page.getByTestId('lapses-to-agenda').click();
    await expect.poll(() => page.getByTestId('lapses-to-agenda').textContent()).toContain('เพิ่มวาระแล้ว');

    await page.getByTestId('lapses-record').click();
    await page.getByTestId('lapses-resolution').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'ให้พ้นสภาพ' }).click();
    await page.getByTestId('lapses-note').fill('ค้างส่ง 34 เดือน ติดตามแล้วไม่มาชำระ');
    await screenshot(page, '101-lapse-record-decision');
    await page.getByTestId('lapses-record-submit').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    await expect.poll(() => page.getByTestId('lapses-table').textContent()).not.toContain(behindName);

    await page.goto(session.fundUrl());
    await page.getByTestId('menu-members').click();
    await page.getByText(behindName).first().click();
    await expect.poll(() => page.getByTestId('member-status').textContent()).toBe('พ้นสภาพ');
    await screenshot(page, '102-member-lapsed');
  });
});
