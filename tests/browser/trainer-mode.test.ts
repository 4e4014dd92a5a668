import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 19 §3 in the browser: a small demo fund from the start screen, its banner, its printouts, its tag. */
describe('trainer mode', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
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
});
