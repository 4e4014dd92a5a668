import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegionWorkspace } from '../../electron/backend/region/region-workspace';
import { exportWorkspaceKey } from '../../electron/backend/region/workspace-key';
import { verifySyncFile } from '../../electron/backend/sync/verify-sync-file';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * Issue 18 §2–3 on screen at 1366×768, by keyboard: the page says what the file holds and what stays home before
 * anything is written; the export runs as a job and downloads a file that verifies, with the key's fingerprint
 * to read aloud; the file sent is listed and can be handed over again, the same bytes; certification criterion 1
 * then finds it.
 */
describe('the sync file in the browser', () => {
  let session: WebSession;
  let folder: string;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-sync-'));
    const created = await session.host.dispatch('app', 'funds.create', fundInput('sync.swfund'));
    expect(created.ok).toBe(true);
    expect((await session.host.dispatch('fund', 'members.register', memberInput(1))).ok).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function download(page: Page, start: () => Promise<void>): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), start()]);
    const path = join(folder, `${Date.now()}-${file.suggestedFilename()}`);
    await file.saveAs(path);
    return path;
  }

  it('says what the file holds, exports it by keyboard, and shows the fingerprint to read aloud', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    // The home page says the file is due, under the certification lights.
    await expect.poll(() => page.getByTestId('home-sync').textContent()).toContain('ยังไม่ได้ส่งไฟล์ข้อมูลให้ พอช.');
    await page.getByTestId('menu-sync').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('sync-page').count()).toBe(1);
    const privacy = page.getByTestId('sync-privacy');
    await expect.poll(() => privacy.textContent()).toContain('ไม่มีข้อมูลส่วนบุคคลของสมาชิก');
    expect(await privacy.textContent()).toContain('เลขประจำตัวประชาชน');
    await expect.poll(() => page.getByTestId('sync-history').textContent()).toContain('ยังไม่เคยส่งออกไฟล์ข้อมูล');
    await screenshot(page, '110-sync-page');

    const identity = (await session.host.dispatch('fund', 'sync.identity', {})) as { ok: true; value: { fingerprint: string } };
    const exported = await download(page, async () => {
      await page.getByTestId('sync-export').focus();
      await page.keyboard.press('Enter');
      // Before anything is written the page says which option this file uses, and asks.
      await expect.poll(() => page.getByTestId('sync-confirm-statement').textContent()).toContain('ไม่มีชื่อ');
      await page.keyboard.press('Enter');
    });
    expect(exported).toMatch(/ส่งข้อมูล พอช\. กองทุน .* ครั้งที่ 1 .*\.swfsync$/);
    const file = await verifySyncFile(exported);
    expect(file).toMatchObject({ ok: true, manifest: { sequence: 1, key: { fingerprint: identity.value.fingerprint } } });
    await expect.poll(() => page.getByTestId('sync-done-fingerprint').textContent()).toBe(identity.value.fingerprint);
    expect(await page.getByTestId('sync-done').textContent()).toContain('ถอด USB ได้อย่างปลอดภัย');
    await expect.poll(() => page.getByTestId('sync-history').locator('tbody tr.ant-table-row').count()).toBe(1);
    await screenshot(page, '111-sync-exported');

    // Handed over again: the same bytes, the same place in the chain.
    const again = await download(page, () => page.getByTestId('sync-resend-1').click());
    const resent = await verifySyncFile(again);
    expect(resent.ok && file.ok && resent.manifestSha256 === file.manifestSha256).toBe(true);
  });

  it('sends full data encrypted to the regional key file, saying so before it is written', async () => {
    const { page } = session;
    // The regional office's key file, as the officer sends it (swf region key).
    const workspace = openRegionWorkspace(join(folder, 'north.swregion'), { create: true });
    const keyFile = join(folder, 'north.swfkey');
    const key = await exportWorkspaceKey(workspace, keyFile).finally(() => workspace.close());
    await page.getByTestId('sync-option-full').click();
    await expect.poll(() => page.getByTestId('sync-full').textContent()).toContain('เลขประจำตัวประชาชน');
    expect(await page.getByTestId('sync-export').isDisabled()).toBe(true);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('sync-pick-key').click();
    await (await chooser).setFiles(keyFile);
    await expect.poll(() => page.getByTestId('sync-key-chosen').textContent()).toContain(key.fingerprint);
    await page.getByTestId('sync-export').click();
    const statement = page.getByTestId('sync-confirm-statement');
    await expect.poll(() => statement.textContent()).toContain(key.fingerprint);
    expect(await statement.textContent()).toContain('ชื่อและเลขประจำตัวประชาชน');
    await screenshot(page, '114-sync-full-data-confirm');
    const exported = await download(page, () => page.getByTestId('sync-confirm-ok').click());
    const file = await verifySyncFile(exported);
    expect(file).toMatchObject({ ok: true, manifest: { personalData: 'encrypted-full', recipient: { fingerprint: key.fingerprint } } });
    // The history shows each file's level.
    await expect.poll(() => page.getByTestId('sync-history').locator('tbody tr.ant-table-row').count()).toBe(2);
    const rows = page.getByTestId('sync-history').locator('tbody tr.ant-table-row');
    expect(await rows.nth(0).textContent()).toContain(key.fingerprint);
    expect(await rows.nth(1).textContent()).toContain('ไม่ระบุตัวตน');
    await screenshot(page, '115-sync-history-levels');
  });

  it('sends only what changed since the last file, saying which file it follows', async () => {
    const { page } = session;
    await page.getByTestId('sync-option-pseudonymous').click();
    await page.getByTestId('sync-kind-incremental').click();
    await expect.poll(() => page.getByTestId('sync-kind-hint').textContent()).toContain('ไฟล์ครั้งก่อน');
    await page.getByTestId('sync-export').click();
    await expect.poll(() => page.getByTestId('sync-confirm-kind').textContent()).toContain('ตั้งแต่ไฟล์ครั้งที่ 2');
    await screenshot(page, '116-sync-incremental-confirm');
    const exported = await download(page, () => page.getByTestId('sync-confirm-ok').click());
    const file = await verifySyncFile(exported);
    expect(file).toMatchObject({ ok: true, manifest: { kind: 'incremental', sequence: 3, personalData: 'pseudonymous' } });
    // Nothing changed since file 2: every part is empty, the status form whole.
    expect(file.ok && file.manifest.parts.every((part) => part.records === 0)).toBe(true);
    const rows = page.getByTestId('sync-history').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('เฉพาะที่เปลี่ยน');
    expect(await rows.nth(2).textContent()).toContain('ฉบับเต็ม');
  });

  it('lets certification criterion 1 find the file, its sync part one click from this page', async () => {
    const { page } = session;
    await page.getByTestId('menu-certification').click();
    const part = page.getByTestId('part-sync-export');
    await expect.poll(() => part.textContent()).toContain('ส่งออกไฟล์ข้อมูลครั้งล่าสุดเมื่อ');
    expect(await part.textContent()).toContain('ผ่าน');
    await screenshot(page, '112-certification-sync-part');
    await page.getByTestId('part-link-sync-export').click();
    await expect.poll(() => page.getByTestId('sync-page').count()).toBe(1);
    // And the home page's line now says it went out, still leading to the page.
    await page.getByTestId('menu-home').click();
    await expect.poll(() => page.getByTestId('home-sync').textContent()).toContain('ตามเกณฑ์แล้ว');
    await screenshot(page, '113-home-sync-sent');
    await page.getByTestId('home-sync-open').click();
    await expect.poll(() => page.getByTestId('sync-page').count()).toBe(1);
  });
});
