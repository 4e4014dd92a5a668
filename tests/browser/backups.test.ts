import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BackupIndex } from '../../electron/backend/backups/backup-index';
import { fundApplicationId } from '../../electron/backend/db/open-fund-file';
import { fundInput, memberInput } from '../support/builders';
import { openMemberList, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Issue 15 items 1–2 as a treasurer meets them in web mode: back up now, the age of the last good backup on every
 * page, a copy kept off the laptop (in web mode a download, standing in for the USB drive), the reminder, the red
 * banner after two failures, and "Save a copy" from the fund's menu and the start screen.
 */
describe('backups in the browser', () => {
  let session: WebSession;
  let usb: string;
  let backups: string;
  beforeAll(async () => {
    session = await startWebSession();
    usb = mkdtempSync(join(tmpdir(), 'swf-usb-'));
    const { host } = session;
    const created = await host.dispatch('app', 'funds.create', fundInput('สำรอง.swfund', { openedOn: '2024-01-01' }));
    if (!created.ok) throw new Error(created.error.message.en);
    backups = join(session.home, 'Backups', (created.value as { profile: { uuid: string } }).profile.uuid);
    const member = await host.dispatch('fund', 'members.register', memberInput(1));
    if (!member.ok) throw new Error(member.error.message.en);
    // Three months' dues, so the backup holds a cash balance and a last receipt to show.
    const paid = await host.dispatch('fund', 'contributions.record', {
      accountCode: '3100',
      requestId: 'browser-backup-dues',
      memberId: (member.value as { id: number }).id,
      receivedOn: '2026-11-20',
      monthCount: 3,
      amountSatang: 9000,
      numbering: { kind: 'app' },
    });
    if (!paid.ok) throw new Error(paid.error.message.en);
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-backups-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('backs up now, and the top bar says how old the last good backup is', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await expect.poll(() => page.getByTestId('backup-age').textContent()).toBe('ยังไม่เคยสำรองข้อมูล');
    await page.getByTestId('backup-menu').click();
    await page.getByTestId('backup-menu-backUpNow').click();
    await expect.poll(() => page.getByTestId('backup-age').textContent(), { timeout: 20_000 }).toBe('สำรองข้อมูลล่าสุด เมื่อสักครู่');
    await expect.poll(() => page.locator('.backup-made').textContent()).toContain('สำรองข้อมูลแล้ว และตรวจสำเนาแล้วว่าครบถ้วน');
    const index = JSON.parse(readFileSync(join(backups, 'index.json'), 'utf8')) as BackupIndex;
    expect(index.backups.map((backup) => backup.kind)).toEqual(['manual']);
    // The backups page lists it with what it holds, as a restore will show it: its date in B.E., the members,
    // the cash balance and how it was checked.
    await page.getByTestId('backup-menu').click();
    await page.getByTestId('backup-menu-showList').click();
    const row = page.getByTestId('backups-table').locator('.ant-table-row');
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^25 พ\.ย\. 2569 \d\d:\d\d น\.สำรองเอง$/);
    expect(cells.slice(1, 3)).toEqual(['1', '90.00']);
    expect(cells[3]).toMatch(/\d/);
    // Checked in full, with the audit chain's head the check found in the copy (issue 20 §1).
    expect(cells[4]).toMatch(/^ตรวจละเอียดแล้วหัวสายประวัติการบันทึก [0-9a-f]{12} \(\d+ รายการ\)$/);
    expect(await page.getByTestId('backups-page-age').textContent()).toMatch(/^เมื่อสักครู่ \(25 พ\.ย\. 2569 \d\d:\d\d น\.\)$/);
    expect(await page.getByTestId('backups-page-copy').textContent()).toBe('ยังไม่เคยคัดลอกไปเก็บนอกเครื่องนี้');
    await screenshot(page, '70-backups-page');
    // Every record checked from the first row (issue 20 §1): both chains whole, with their heads.
    await page.getByTestId('chain-check-run').click();
    await expect.poll(() => page.getByTestId('chain-check-verdict').textContent(), { timeout: 20_000 }).toContain('บันทึกครบถ้วน');
    const chains = await page.getByTestId('chain-check-table').locator('.ant-table-row').allTextContents();
    expect(chains).toHaveLength(2);
    expect(chains[0]).toContain('สมุดรายวัน');
    expect(chains[1]).toMatch(/ประวัติการบันทึก\d+[0-9a-f]{16}ครบถ้วน/);
    await screenshot(page, '70-chain-check');
    // Two hours later (the backend's clock), the member list still says when.
    session.clock.set('2026-11-25T11:00:00.000Z');
    await page.reload();
    await expect.poll(() => page.getByTestId('backup-age').textContent()).toBe('สำรองข้อมูลล่าสุด 2 ชั่วโมงที่แล้ว');
    await openMemberList(page);
    await expect.poll(() => page.getByTestId('member-table').locator('.ant-table-row').count()).toBe(1);
    await screenshot(page, '70-backup-age');
  });

  it('keeps a copy off the laptop: in web mode a download of the newest backup, and says so', async () => {
    const { page } = session;
    await page.getByTestId('backup-menu').click();
    await page.getByTestId('backup-menu-copyTo').click();
    await expect.poll(() => page.getByTestId('download-note').textContent()).toContain('โหมดเบราว์เซอร์');
    await screenshot(page, '71-backup-download');
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId('copy-to-start').click()]);
    const saved = join(usb, file.suggestedFilename());
    await file.saveAs(saved);
    await expect.poll(() => page.getByTestId('copy-to-done').textContent()).toContain(file.suggestedFilename());
    // What arrived is the newest backup, byte for byte as its index hashed it: a fund file that opens on its own.
    const index = JSON.parse(readFileSync(join(backups, 'index.json'), 'utf8')) as BackupIndex;
    const newest = index.backups.find((backup) => backup.fileName === file.suggestedFilename());
    expect(newest?.sha256).toBe(sha256(saved));
    const copy = new Database(saved, { readonly: true });
    expect(copy.pragma('application_id', { simple: true })).toBe(fundApplicationId);
    expect(copy.prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(1);
    copy.close();
    await screenshot(page, '72-backup-downloaded');
    expect(await page.getByTestId('copy-to-close').isEnabled()).toBe(true);
    await page.getByTestId('copy-to-close').click();
  });

  it('reminds after 7 days without a copy', async () => {
    const { page } = session;
    await expect.poll(() => page.getByTestId('backup-copy-reminder').count()).toBe(0);
    session.clock.set('2026-12-03');
    await page.reload();
    await expect
      .poll(() => page.getByTestId('backup-copy-reminder').textContent())
      .toContain('ไม่ได้คัดลอกสำเนาสำรองไปเก็บในแฟลชไดรฟ์มา 8 วันแล้ว');
    await screenshot(page, '73-backup-reminder');
  });

  it('raises a red banner with the reason after two failed backups in a row, and clears it once one succeeds', async () => {
    const { page } = session;
    // The backups folder's place is taken by a file: nothing can be written there.
    renameSync(backups, `${backups}-kept`);
    writeFileSync(backups, 'not a folder');
    for (const attempt of [1, 2]) {
      await page.getByTestId('backup-menu').click();
      await page.getByTestId('backup-menu-backUpNow').click();
      await expect.poll(() => page.getByTestId('backup-age').textContent(), { timeout: 20_000 }).not.toContain('%');
      await expect.poll(() => page.locator('.backup-not-made').count()).toBe(1);
      if (attempt === 1) expect(await page.getByTestId('backup-failing').count()).toBe(0);
    }
    // The status is asked again once the failed job has answered: the button turns red with the banner.
    await expect.poll(() => page.getByTestId('backup-menu').getAttribute('class')).toContain('ant-btn-dangerous');
    const banner = page.getByTestId('backup-failing');
    await expect.poll(() => banner.textContent()).toContain('สำรองข้อมูลไม่สำเร็จ 2 ครั้งติดกัน');
    expect(await page.getByTestId('backup-failing-reason').textContent()).toContain('สำเนาเดิมยังอยู่ครบ');
    expect(await banner.textContent()).toContain('ลองสำรองอีกครั้ง');
    // The menu has finished closing before the banner is pictured.
    await page.mouse.move(600, 600);
    await expect.poll(() => page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').count()).toBe(0);
    await screenshot(page, '74-backup-failing');
    writeFileSync(backups, '');
    const { rmSync } = await import('node:fs');
    rmSync(backups);
    renameSync(`${backups}-kept`, backups);
    await page.getByTestId('backup-retry').click();
    await expect.poll(() => page.getByTestId('backup-failing').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('backup-age').textContent()).toBe('สำรองข้อมูลล่าสุด เมื่อสักครู่');
  });

  it('saves a copy from the fund menu and from the start screen, saying whether it is the same fund', async () => {
    const { page } = session;
    await page.getByTestId('backup-menu').click();
    await page.getByTestId('backup-menu-saveCopy').click();
    const name = page.getByTestId('save-copy-name');
    await expect.poll(() => name.inputValue()).toBe('สำรอง สำเนา');
    // A name already taken is refused on its field, and nothing is written over it.
    await name.fill('สำรอง');
    await page.getByTestId('save-copy-ok').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').textContent()).toContain('มีแฟ้มชื่อ');
    await name.fill('ฝึกหัด');
    await page.getByTestId('save-copy-separate').click();
    await expect.poll(() => page.getByTestId('same-fund-warning').count()).toBe(0);
    await screenshot(page, '75-save-copy-fund-menu');
    await page.getByTestId('save-copy-ok').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('เป็นแฟ้มต่างหาก');
    const practice = join(session.home, 'Funds', 'ฝึกหัด.swfund');
    expect(existsSync(practice)).toBe(true);

    await page.getByTestId('close-fund').click();
    await page.getByTestId('save-copy-ฝึกหัด.swfund').click();
    await name.fill('ย้ายเครื่อง');
    await expect.poll(() => page.getByTestId('same-fund-warning').textContent()).toContain('อย่าบันทึกงานลงทั้งสองแฟ้ม');
    // The dialog has finished fading in before it is pictured.
    await page
      .locator('.ant-modal')
      .evaluate((modal) => Promise.all(modal.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    await screenshot(page, '76-save-copy-start-screen');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('open-ย้ายเครื่อง.swfund').count()).toBe(1);
    await screenshot(page, '77-start-screen-with-copies');
  });
});
