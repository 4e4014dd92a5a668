import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPath, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * Issue 19 §4 in the browser: the trainer turns the room on from the start screen; a participant's browser joins with
 * the room code and sees her own demo copy with the ตัวอย่าง banner; another, on a phone, is refused without the
 * code and with a wrong one; the trainer's panel lists the participant and starts her copy over. The room listens on
 * 127.0.0.1 here, standing for the laptop's address on the room's network.
 */
describe('a room of laptops', () => {
  let session: WebSession;
  let browser: Browser;

  beforeAll(async () => {
    session = await startWebSession({}, { lanAddresses: () => ['127.0.0.1'] });
    const made = await session.host.dispatch('app', 'demo.create', { location: 'อบรมชุมพร.swfund', size: 'small', seed: 19 });
    expect(made.ok).toBe(true);
    browser = await chromium.launch({ executablePath: browserPath(), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    await session.close();
  });

  async function participantPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    return context.newPage();
  }

  it('a participant joins with the room code and gets her own copy; others are refused; the trainer resets her copy', async () => {
    const trainer = session.page;
    await trainer.setViewportSize({ width: 1366, height: 768 });
    await trainer.goto(session.server.url);
    await trainer.getByTestId('serve-room').click();
    await trainer.getByTestId('room-open').waitFor();
    // One address of this machine (the test's stand-in), chosen by keyboard.
    await trainer.getByTestId('room-address').click();
    await trainer.locator('.ant-select-item-option', { hasText: '127.0.0.1' }).click();
    await screenshot(trainer, 'room-trainer-off');
    await trainer.getByTestId('room-open').click();
    const code = (await trainer.getByTestId('room-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const joinUrl = (await trainer.getByTestId('room-url').textContent())?.trim() ?? '';
    expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join$/);
    await expect(trainer.getByTestId('room-qr').getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml;base64,/);
    await expect.poll(() => trainer.getByTestId('room-qr').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await screenshot(trainer, 'room-trainer-open');

    // A participant on a laptop: the room code as she types it, her seat, Enter.
    const participant = await participantPage({ width: 1366, height: 768 });
    await participant.goto(joinUrl);
    await participant.getByTestId('join-code').waitFor();
    await screenshot(participant, 'room-join');
    await participant.getByTestId('join-code').fill(code.toLowerCase());
    await participant.getByTestId('join-name').fill('ที่นั่ง 7');
    await participant.getByTestId('join-name').press('Enter');
    await participant.getByTestId('demo-banner').waitFor({ timeout: 60_000 });
    await expect(participant.getByTestId('demo-banner').textContent()).resolves.toContain('กองทุนตัวอย่างสำหรับฝึกอบรม');
    await expect(participant.getByTestId('demo-reset').count()).resolves.toBe(1);
    // She keeps her copy open: no "close the fund" that would take her back to the trainer's list of funds.
    await expect(participant.getByTestId('close-fund').count()).resolves.toBe(0);
    await screenshot(participant, 'room-participant-home');

    // Another, on a phone: nothing without the code, and a wrong code refused in words.
    const phone = await participantPage({ width: 390, height: 844 });
    await phone.goto(joinUrl);
    await phone.getByTestId('join-code').waitFor();
    await screenshot(phone, 'room-join-phone');
    await phone.getByTestId('join-name').fill('ที่นั่ง 8');
    await phone.getByTestId('join-submit').click();
    await expect.poll(() => phone.locator('.ant-form-item-explain-error').allTextContents()).toContain('ต้องกรอก');
    await phone.getByTestId('join-code').fill('ABCD-EFGH');
    await phone.getByTestId('join-submit').click();
    await expect.poll(() => phone.locator('.ant-form-item-explain-error').first().textContent()).toContain('รหัสห้องไม่ถูกต้อง');
    await expect(phone.getByTestId('demo-banner').count()).resolves.toBe(0);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'room-join-wrong-phone');

    // The trainer sees her, and starts her copy over.
    const row = trainer.locator('.room-participant', { hasText: 'ที่นั่ง 7' });
    await expect.poll(() => row.getByTestId('room-copy-state').textContent(), { timeout: 15_000 }).toBe('พร้อมใช้');
    await expect(trainer.locator('.room-participant').count()).resolves.toBe(1);
    await screenshot(trainer, 'room-trainer-participant');
    await row.getByTestId('room-reset').click();
    await trainer.getByTestId('room-reset-ok').click();
    await trainer.getByText('เริ่มสำเนาของ «ที่นั่ง 7» ใหม่แล้ว').waitFor({ timeout: 30_000 });

    // Her page, still on the old copy, finds the new one by itself at her next step.
    // (The old copy's banner stays up until the new copy opens on its home page: the step is tried until the list shows.)
    await expect
      .poll(
        async () => {
          await participant.getByTestId('menu-members').click();
          return participant.getByTestId('member-table').isVisible();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(true);
    await screenshot(participant, 'room-participant-after-reset');

    await trainer.getByTestId('room-close').click();
    await trainer.getByTestId('room-close-ok').click();
    await trainer.getByTestId('room-open').waitFor();
  });
});
