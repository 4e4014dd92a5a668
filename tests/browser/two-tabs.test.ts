import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Two tabs of one browser on two funds (A2): each tab's requests go to the fund it shows, never the other's. */
describe('two tabs, two funds', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    for (const name of ['กองทุนหมู่บ้านเหนือ', 'กองทุนหมู่บ้านใต้'])
      expect((await session.host.dispatch('app', 'funds.create', fundInput(`${name}.swfund`, { name }))).ok).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps each tab on its fund, and sends a tab whose fund was closed elsewhere back to the start screen', async () => {
    const north = session.page;
    await north.goto(session.server.url);
    await north.getByTestId('open-กองทุนหมู่บ้านเหนือ.swfund').click();
    await expect.poll(() => north.getByTestId('fund-name').textContent()).toBe('กองทุนหมู่บ้านเหนือ');

    const south = await session.context.newPage();
    await south.goto(session.server.url);
    await south.getByTestId('open-กองทุนหมู่บ้านใต้.swfund').click();
    await expect.poll(() => south.getByTestId('fund-name').textContent()).toBe('กองทุนหมู่บ้านใต้');

    // The first tab, still showing the north fund, registers a member: it lands there, not in the fund opened last.
    await north.bringToFront();
    await north.getByTestId('menu-members').click();
    await north.reload();
    await expect.poll(() => north.getByTestId('fund-name').textContent()).toBe('กองทุนหมู่บ้านเหนือ');
    const member = memberInput(1);
    const registered = await north.evaluate(async (input) => {
      const token = sessionStorage.getItem('swf-token') ?? '';
      const fund = sessionStorage.getItem('swf-fund') ?? '';
      const response = await fetch('/api/fund/members.register', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-SWF-Token': token, 'X-SWF-Fund': fund },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean };
    }, member);
    expect(registered.ok).toBe(true);
    const counts = await Promise.all(
      ['กองทุนหมู่บ้านเหนือ.swfund', 'กองทุนหมู่บ้านใต้.swfund'].map(async (location) => {
        const opened = await session.host.dispatch('app', 'funds.open', { location });
        const handle = opened.ok ? (opened.value as { handle: string }).handle : '';
        const page = await session.host.dispatch('fund', 'members.search', {}, handle);
        return page.ok ? (page.value as { total: number }).total : -1;
      }),
    );
    expect(counts).toEqual([1, 0]);

    // The south tab closes its fund; a tab still showing it is sent back to the start screen and told why.
    await south.bringToFront();
    const third = await session.context.newPage();
    await third.goto(session.server.url);
    await third.getByTestId('open-กองทุนหมู่บ้านใต้.swfund').click();
    await expect.poll(() => third.getByTestId('fund-name').textContent()).toBe('กองทุนหมู่บ้านใต้');
    await south.getByTestId('close-fund').click();
    await third.bringToFront();
    // Any request from the tab finds out: here a visit to another page, unless the home page's own requests (its
    // certification lights) already have, in which case the menu is gone before the click lands.
    const arrears = third.getByTestId('menu-arrears');
    if (await arrears.isVisible()) await arrears.click({ timeout: 5_000 }).catch(() => undefined);
    await expect.poll(() => third.getByTestId('fund-lost').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await third.getByTestId('fund-lost').textContent()).toContain('เปิดกองทุนอีกครั้งจากหน้าแรก');
    await screenshot(third, '41-fund-closed-elsewhere');
    // A reload of a tab whose fund is gone lands on the start screen with the same notice.
    await north.bringToFront();
    await session.host.dispatch('app', 'funds.close', { fund: await north.evaluate(() => sessionStorage.getItem('swf-fund') ?? '') });
    await north.reload();
    await expect.poll(() => north.getByTestId('fund-lost').isVisible(), { timeout: 10_000 }).toBe(true);
  });
});
