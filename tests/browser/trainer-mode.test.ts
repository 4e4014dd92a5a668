import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memberInput } from '../support/builders';
import { pdfPages } from '../support/pdf-text';
import { artifactsFolder, openMemberList, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 19 §3 in the browser: a small demo fund from the start screen, its banner, its printouts, its tag. */
describe('trainer mode', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
  });
  // A failing step leaves a picture of the page behind (test-artifacts/browser/failed-*.png).
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-trainer-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session.close();
  });

  it('makes a small demo fund from the start screen, shows its banner, prints ตัวอย่าง, and lists it as a demo', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.server.url);
    await page.getByTestId('create-demo').click();
    await page.getByTestId('demo-location').fill('อบรมชุมพร');
    await page.getByTestId('demo-size-small').click();
    await page.getByTestId('demo-seed').fill('19');
    await screenshot(page, 'trainer-demo-dialog');
    // Keyboard only from here: Enter submits the dialog's form.
    await page.getByTestId('demo-seed').press('Enter');
    await page.getByTestId('demo-banner').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('demo-banner').textContent()).resolves.toContain('กองทุนตัวอย่างสำหรับฝึกอบรม');
    await screenshot(page, 'trainer-demo-home');

    // Whatever is printed from a demo's screen carries the mark on every page.
    const path = join(artifactsFolder, 'print-trainer-demo-home.pdf');
    await page.pdf({ path, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', path, join(artifactsFolder, 'print-trainer-demo-home')]);
    const pages = await pdfPages(path);
    expect(pages.length).toBeGreaterThan(0);
    for (const texts of pages) expect(texts.join('')).toContain('ตัวอย่าง');

    await page.getByTestId('close-fund').click();
    const row = page.locator('.fund-row', { hasText: 'อบรมชุมพร.swfund' });
    await row.waitFor();
    await expect(row.getAttribute('data-demo')).resolves.toBe('true');
    await expect(row.getByTestId('demo-tag').textContent()).resolves.toContain('ตัวอย่าง');
    await expect(page.locator('.start-list-small [data-demo="true"]').count()).resolves.toBe(1);
    await screenshot(page, 'trainer-start-screen');
  });

  it('makes a workshop copy from the demo and starts it over from its master in one step, by keyboard', async () => {
    const { page } = session;
    await page.getByTestId('open-อบรมชุมพร.swfund').click();
    await page.getByTestId('demo-workshop-copy').click();
    const name = page.getByTestId('workshop-copy-location');
    await name.fill('');
    await name.press('Enter');
    await expect.poll(() => page.locator('.ant-form-item-explain-error').first().textContent()).toContain('ต้องกรอก');
    await name.fill('ห้องอบรม-โต๊ะ1');
    await screenshot(page, 'trainer-workshop-copy-dialog');
    await name.press('Enter');
    await page.getByTestId('demo-reset').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('demo-banner').textContent()).toContain('กด «เริ่มใหม่»');
    expect(await page.locator('.ant-message-error').count()).toBe(0);
    await openMemberList(page);
    const count = page.getByTestId('member-count');
    // The list has loaded once the count is of the demo's members, not the empty list's "0 จาก 0".
    await expect.poll(() => count.textContent(), { timeout: 15_000 }).toMatch(/[1-9]\d* จาก/);
    const before = await count.textContent();

    // A participant's mistake: a member registered in the copy (through the backend, as a second tab would).
    const copy = await session.host.dispatch('app', 'funds.open', { location: 'ห้องอบรม-โต๊ะ1.swfund' });
    expect(copy.ok).toBe(true);
    expect((await session.host.dispatch('fund', 'members.register', memberInput(9001))).ok).toBe(true);
    await page.getByTestId('menu-home').click();
    await openMemberList(page);
    await expect.poll(() => count.textContent(), { timeout: 15_000 }).not.toBe(before);

    await page.getByTestId('demo-reset').click();
    await page.getByTestId('demo-reset-ok').waitFor();
    await screenshot(page, 'trainer-workshop-reset-confirm');
    await page.getByTestId('demo-reset-ok').click();
    await expect.poll(() => page.locator('.ant-message').textContent(), { timeout: 60_000 }).toContain('เริ่มใหม่');
    await openMemberList(page);
    await expect.poll(() => count.textContent(), { timeout: 15_000 }).toBe(before);
    await screenshot(page, 'trainer-workshop-after-reset');
  });
});
