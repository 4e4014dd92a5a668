import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedFund } from '../../shared/api/app-contract';
import type { BackupView } from '../../shared/api/fund-types';
import { fundInput, memberInput } from '../support/builders';
import { pdfPageSizes, pdfPages } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

const fundFile = 'ทรัพย์อนันต์.swfund';
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Restore in one confirmation (issue 15 item 3), as a treasurer does it: a backup made, a payment recorded after it,
 * the backup restored from the fund's menu or from the start screen, and the payment listed on the gap paper to
 * enter again — on screen and printed on A4.
 */
describe('restore from a backup', () => {
  let session: WebSession;
  let fund: OpenedFund;
  let backupsFolder: string;

  async function ok<T>(side: 'app' | 'fund', method: string, input: unknown): Promise<T> {
    const result = await session.host.dispatch(side, method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  }

  async function pay(memberId: number, requestId: string, receivedOn: string) {
    return ok<{ receiptNo: string }>('fund', 'contributions.record', {
      accountCode: '3100',
      requestId,
      memberId,
      receivedOn,
      monthCount: 2,
      amountSatang: 6000,
      numbering: { kind: 'app' },
    });
  }

  beforeEach(async () => {
    session = await startWebSession();
    await session.page.setViewportSize({ width: 1366, height: 768 });
    fund = await ok<OpenedFund>('app', 'funds.create', fundInput(fundFile));
    backupsFolder = join(session.home, 'Backups', fund.profile.uuid);
    for (const serial of [1, 2]) {
      const member = await ok<{ id: number }>('fund', 'members.register', memberInput(serial));
      await pay(member.id, `before-${serial}`, '2026-11-20');
    }
  });
  afterEach(() => session.close());

  it('restores from the fund menu in one confirmation, then lists the later payment for re-entry, printable on A4', async () => {
    const { page } = session;
    const backup = await ok<BackupView>('fund', 'backups.make', {});
    const member = await ok<{ id: number }>('fund', 'members.register', memberInput(3));
    const late = await pay(member.id, 'after-backup', '2026-11-24');

    await page.goto(session.fundUrl());
    await page.getByTestId('menu-restore').click();
    const row = page.getByTestId('restore-backups').locator('tr', { has: page.getByTestId(`restore-${backup.fileName}`) });
    // Each backup with its date (B.E.), members, balance, last receipt and how it was verified.
    await expect.poll(() => row.innerText()).toContain('2569');
    const shown = await row.innerText();
    expect(shown).toContain('120.00');
    expect(shown).toContain(backup.figures.lastReceiptNo ?? 'none');
    expect(shown).toContain('ตรวจครบทุกหน้าแล้ว');
    await screenshot(page, 'restore-01-chooser');

    await page.getByTestId(`restore-${backup.fileName}`).click();
    const confirmText = await page.getByTestId('restore-confirm-text').innerText();
    expect(confirmText).toContain('สมาชิก 2 คน');
    expect(confirmText).toContain('สำรองแฟ้มปัจจุบันเก็บไว้ก่อน');
    // The dialog's opening animation ends before the picture.
    await expect.poll(() => page.locator('.ant-modal').evaluate((modal) => getComputedStyle(modal).opacity)).toBe('1');
    await screenshot(page, 'restore-02-confirm');
    await page.getByTestId('restore-confirm-ok').click();
    await page.getByTestId('restore-progress').waitFor();
    await screenshot(page, 'restore-02b-progress');

    // The gap: the member registered and the payment received after the backup, each to enter again.
    const table = page.getByTestId('restore-gap-table');
    await table.waitFor({ timeout: 30_000 });
    const gapText = await table.innerText();
    expect(gapText).toContain(late.receiptNo);
    expect(gapText).toContain(memberInput(3).firstName ?? '');
    expect(gapText).toContain('60.00');
    await screenshot(page, 'restore-03-gap');

    // The restored fund is the one on screen: two members, as the backup held them.
    await page.getByTestId('menu-members').click();
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(2);

    // The gap stays on the restore page, and prints on A4 (turned sideways).
    await page.getByTestId('menu-restore').click();
    await page.getByTestId('restore-gap-table').waitFor();
    const pdf = join(artifactsFolder, 'print-restore-gap.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(artifactsFolder, 'print-restore-gap')]);
    const sizes = await pdfPageSizes(pdf);
    expect(sizes).toHaveLength(1);
    expect(sizes[0]?.[0]).toBeGreaterThan(sizes[0]?.[1] ?? 0);
    const printed = (await pdfPages(pdf))[0]?.join('') ?? '';
    expect(printed.replace(/\s/g, '')).toContain(late.receiptNo);
    // The chooser is for the screen only.
    expect(printed).not.toContain('RC2570-000002 ตรวจ');
  });

  it('restores a fund from the start screen after refusing a backup whose hash no longer matches, and offers a picked .swfbak', async () => {
    const { page } = session;
    const backup = await ok<BackupView>('fund', 'backups.make', {});
    const member = await ok<{ id: number }>('fund', 'members.register', memberInput(3));
    await pay(member.id, 'after-backup', '2026-11-24');
    await ok('app', 'funds.close', { fund: fund.handle });
    const fundPath = join(session.home, 'Funds', fundFile);
    const before = sha256(fundPath);
    // One byte of the backup changed on disk: its hash no longer matches the index.
    const backupPath = join(backupsFolder, backup.fileName);
    const original = readFileSync(backupPath);
    const spoiled = Buffer.from(original);
    spoiled[spoiled.length - 10] = (spoiled[spoiled.length - 10] ?? 0) ^ 0xff;
    writeFileSync(backupPath, spoiled);

    await page.goto(session.server.url);
    await page.getByTestId(`restore-fund-${fundFile}`).click();
    await page.getByTestId(`restore-${backup.fileName}`).click();
    await page.getByTestId('restore-confirm-ok').click();
    const problem = page.getByTestId('restore-problem');
    await problem.waitFor({ timeout: 30_000 });
    expect(await problem.innerText()).toContain(backup.fileName);
    expect(sha256(fundPath)).toBe(before);
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    // Nothing is running any more: the backups can be chosen again.
    expect(await page.getByTestId(`restore-${backup.fileName}`).isEnabled()).toBe(true);
    await expect.poll(() => page.getByTestId('restore-progress').count()).toBe(0);
    await screenshot(page, 'restore-04-refused');

    // The backup as it was made restores, and the fund opens on its gap.
    writeFileSync(backupPath, original);
    await page.getByTestId(`restore-${backup.fileName}`).click();
    await page.getByTestId('restore-confirm-ok').click();
    await page.getByTestId('restore-gap-table').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('restore-gap-table').innerText()).toContain(memberInput(3).firstName ?? '');
    await screenshot(page, 'restore-05-from-start');

    // A backup brought on a drive: chosen, described, and restorable with one button.
    await page.getByTestId('close-fund').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('pick-backup').click();
    await (await chooser).setFiles(backupPath);
    const picked = page.getByTestId('restore-chooser');
    await picked.waitFor();
    expect(await picked.innerText()).toContain(backup.figures.lastReceiptNo ?? 'none');
    await expect.poll(() => page.getByTestId(`restore-${backup.fileName}`).isEnabled()).toBe(true);
    await screenshot(page, 'restore-06-picked');

    // A file that is not a backup is refused with a message, and nothing is offered.
    await page.getByTestId('restore-back').click();
    const notBackup = join(session.home, 'notes.swfbak');
    writeFileSync(notBackup, 'ไม่ใช่แฟ้มสำรอง '.repeat(400));
    const secondChooser = page.waitForEvent('filechooser');
    await page.getByTestId('pick-backup').click();
    await (await secondChooser).setFiles(notBackup);
    const refusal = page.locator('.ant-message-notice').filter({ hasText: 'notes.swfbak' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('ไม่ใช่แฟ้มสำรองข้อมูลของกองทุน');
    await expect.poll(() => refusal.evaluate((notice) => getComputedStyle(notice).opacity)).toBe('1');
    expect(await page.getByTestId('restore-chooser').count()).toBe(0);
    await screenshot(page, 'restore-06b-not-a-backup');
  });

  it('offers the backups of a fund that will not open, found by its name, and restores it', async () => {
    const { page } = session;
    const backup = await ok<BackupView>('fund', 'backups.make', {});
    await ok('app', 'funds.close', { fund: fund.handle });
    // The fund file ruined past reading: its first pages overwritten.
    const fundPath = join(session.home, 'Funds', fundFile);
    const ruined = readFileSync(fundPath);
    ruined.fill(0x5a, 0, 8192);
    writeFileSync(fundPath, ruined);
    const before = sha256(fundPath);

    await page.goto(session.server.url);
    await page.getByTestId(`open-${fundFile}`).click();
    const failed = page.getByTestId('open-problem');
    await failed.waitFor();
    expect(sha256(fundPath)).toBe(before);
    await screenshot(page, 'restore-07-open-failed');
    await page.getByTestId('open-failed-restore').click();
    await page.getByTestId('restore-chooser').waitFor();
    expect(await page.getByTestId('restore-chooser').innerText()).toContain('อ่านแฟ้มนี้ไม่ได้');
    expect(sha256(fundPath)).toBe(before);
    await screenshot(page, 'restore-08-unreadable');

    await page.getByTestId(`restore-${backup.fileName}`).click();
    await page.getByTestId('restore-confirm-ok').click();
    // The ruined file is kept untouched aside, so the gap cannot be listed: the paper says so.
    const status = page.getByTestId('restore-gap-status');
    await status.waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toContain('เสียหาย');
    await screenshot(page, 'restore-09-after-damaged');
    await page.getByTestId('menu-members').click();
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(2);
  });

  it('shows a backup from a newer app version, and says why it cannot be restored here (in English too)', async () => {
    const { page } = session;
    const backup = await ok<BackupView>('fund', 'backups.make', {});
    const indexPath = join(backupsFolder, 'index.json');
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { backups: { fileName: string; schemaVersion: number }[] };
    for (const record of index.backups) if (record.fileName === backup.fileName) record.schemaVersion = 999;
    writeFileSync(indexPath, JSON.stringify(index));

    await page.goto(session.fundUrl());
    await page.getByTestId('menu-restore').click();
    const button = page.getByTestId(`restore-${backup.fileName}`);
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    const why = page.locator('.why-disabled', { has: button });
    expect(await why.getAttribute('data-why-disabled')).toContain('ปรับปรุงโปรแกรม');
    expect(await page.getByTestId('restore-backups').innerText()).toContain('999');
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => why.getAttribute('data-why-disabled')).toContain('newer');
    // The reason shows when she points at the button.
    await why.hover();
    await page.locator('.ant-tooltip').filter({ hasText: 'newer' }).waitFor();
    await screenshot(page, 'restore-10-newer-en');
  });
});
