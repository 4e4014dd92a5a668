import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** The chunks of the fund's screens (renderer/app/lazy-pages.ts), by the names the build gives their files. */
const fundPageChunks =
  /\/(FundShell|HomePage|MembersPage|MemberPage|RegisterMemberPage|CollectionPage|ArrearsPage|ReceiptPage|BooksPage|WelfarePage|ClaimSheetPage|ApprovalListPage|CommunityPage|VoucherPage|SettingsPage|CreateFundForm)-[\w-]+\.js$/;
const memberListChunk = /\/MembersPage-[\w-]+\.js$/;
const homeChunk = /\/HomePage-[\w-]+\.js$/;

/** Every script the page asks for, in order. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return scripts;
}

/**
 * The renderer is split by route: the start screen loads only its own script, a fund's screens arrive when a
 * fund is opened, and a chunk that cannot be fetched says so in the treasurer's language, with a reload.
 */
describe('the renderer split by route', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    const { host } = session;
    expect((await host.dispatch('app', 'funds.create', fundInput('chunks.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    for (const serial of [1, 2, 3]) expect((await host.dispatch('fund', 'members.register', memberInput(serial))).ok).toBe(true);
    await host.dispatch('app', 'funds.close', {});
  });
  afterAll(async () => {
    await session?.close();
  });

  it("loads none of the fund's screens on the start screen, and the home page once a fund is opened", async () => {
    const { page } = session;
    const scripts = recordScripts(page);
    await page.goto(session.server.url);
    await page.getByTestId('open-chunks.swfund').waitFor();
    const onStartScreen = [...scripts];
    expect(onStartScreen.length).toBeGreaterThan(0);
    expect(onStartScreen.filter((url) => fundPageChunks.test(url))).toEqual([]);
    // Thai is the saved language: the English strings stay on the server too.
    expect(onStartScreen.filter((url) => /\/en-[\w-]+\.js$/.test(url))).toEqual([]);
    await screenshot(page, '31-start-screen');

    await page.getByTestId('open-chunks.swfund').click();
    await page.getByTestId('home-members-chart').waitFor();
    expect(scripts.filter((url) => homeChunk.test(url))).toHaveLength(1);
    expect(onStartScreen.some((url) => homeChunk.test(url))).toBe(false);
    // The member list's chunk comes on its first visit.
    expect(scripts.some((url) => memberListChunk.test(url))).toBe(false);
    await page.getByTestId('menu-members').click();
    await expect.poll(() => page.getByTestId('member-table').locator('.ant-table-row').count()).toBe(3);
    expect(scripts.filter((url) => memberListChunk.test(url))).toHaveLength(1);

    // A page not yet visited is fetched on its first visit, not before; while it arrives (slowly here), the
    // page area shows the spinner, never a blank.
    const cashBookChunk = /\/BooksPage-[\w-]+\.js$/;
    expect(scripts.some((url) => cashBookChunk.test(url))).toBe(false);
    await page.route(cashBookChunk, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.getByTestId('menu-cashbook').click();
    await page.getByTestId('loading').waitFor();
    expect(await page.getByRole('status').getAttribute('aria-label')).toBe('กำลังโหลด…');
    await screenshot(page, '32-page-loading');
    await page.getByTestId('cash-book').waitFor();
    expect(await page.getByTestId('loading').count()).toBe(0);
    expect(scripts.some((url) => cashBookChunk.test(url))).toBe(true);
    await page.unroute(cashBookChunk);

    await page.getByTestId('close-fund').click();
    await page.getByTestId('open-chunks.swfund').waitFor();
  });

  it('shows a translated message with a reload button when a chunk cannot be fetched, and recovers on reload', async () => {
    const { page } = session;
    // A fresh page load (the chunks above are in this document's module map), with the home page's chunk gone,
    // as when the server has been restarted with a new build.
    await page.goto('about:blank');
    await page.route(homeChunk, (route) => route.abort());
    await page.goto(session.server.url);
    await page.getByTestId('open-chunks.swfund').click();
    const failed = page.getByTestId('chunk-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('โหลดส่วนนี้ของโปรแกรมไม่สำเร็จ');
    expect(await page.getByTestId('chunk-reload').textContent()).toContain('โหลดหน้าใหม่');
    // The shell around the failed page still works: another page opens from the menu.
    expect(await page.getByTestId('fund-name').textContent()).toBe('กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์');
    await screenshot(page, '33-chunk-failed');

    await page.getByTestId('language-switch').getByText('English').click();
    await expect.poll(() => failed.textContent()).toContain('This part of the app could not be loaded');

    await page.getByTestId('menu-cashbook').click();
    await page.getByTestId('cash-book').waitFor();

    await page.unroute(homeChunk);
    await page.getByTestId('menu-home').click();
    await page.getByTestId('chunk-reload').click();
    await expect.poll(() => page.getByTestId('home-members').textContent()).toContain('3');
  });
});
