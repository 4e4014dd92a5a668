import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHost } from '../../electron/backend/create-host';
import type { LocationFacts } from '../../electron/backend/location-risks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { damagePage, firstPageOf, makeReadOnly, makeWritable, sha256 } from '../support/fund-files';
import { fixedClock } from '../support/test-backend';
import { browserToday, openMemberList, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

type Opened = { ok: boolean; value?: { handle: string } };

/**
 * Damaged and odd files from the start screen (issue 15 §4–5): a damaged fund and a read-only fund say why they
 * cannot be opened for work and open to be looked at, with a read-only banner and the saving buttons off; a fund
 * from an older version is looked at without being upgraded. None of the files changes by a byte.
 */
describe('odd fund files on the start screen', () => {
  let session: WebSession;
  let funds: string;
  const hashes = new Map<string, string>();

  beforeAll(async () => {
    session = await startWebSession();
    await session.page.setViewportSize({ width: 1366, height: 768 });
    funds = join(session.home, 'Funds');
    mkdirSync(funds, { recursive: true });
    for (const [name, fundName] of [
      ['เสียหาย.swfund', 'กองทุนสวัสดิการชุมชนตำบลหนองบัว'],
      ['อ่านอย่างเดียว.swfund', 'กองทุนสวัสดิการชุมชนตำบลนาโพธิ์'],
    ] as const) {
      const created = (await session.host.dispatch('app', 'funds.create', fundInput(name, { name: fundName }))) as Opened;
      for (let serial = 1; serial <= 3; serial += 1)
        await session.host.dispatch('fund', 'members.register', memberInput(serial), created.value?.handle);
      await session.host.dispatch('app', 'funds.close', { fund: created.value?.handle });
    }
    const damaged = join(funds, 'เสียหาย.swfund');
    const { page, pageSize } = firstPageOf(damaged, 'members_search');
    damagePage(damaged, 'index-leaf', page, pageSize);
    copyFileSync(join(import.meta.dirname, '../fixtures/fund-schema-4.swfund'), join(funds, 'รุ่นเก่า.swfund'));
    for (const name of ['เสียหาย.swfund', 'อ่านอย่างเดียว.swfund', 'รุ่นเก่า.swfund']) hashes.set(name, sha256(join(funds, name)));
    expect(makeReadOnly(join(funds, 'อ่านอย่างเดียว.swfund'))).toBe(true);
  });
  afterAll(async () => {
    makeWritable(join(funds, 'อ่านอย่างเดียว.swfund'));
    await session?.close();
  });

  async function closeFund() {
    await session.page.getByTestId('close-fund').click();
    await expect.poll(() => session.page.getByTestId('create-fund').count()).toBe(1);
  }

  it('says why a damaged fund cannot be opened for work and opens it to look at', async () => {
    const { page } = session;
    await page.goto(session.server.url);
    await expect.poll(() => page.getByTestId('look-รุ่นเก่า.swfund').count()).toBe(1);
    await screenshot(page, 'odd-01-start');

    await page.getByTestId('open-เสียหาย.swfund').click();
    const problem = page.getByTestId('open-problem');
    await expect.poll(() => problem.textContent()).toContain('แฟ้มกองทุนเสียหาย');
    expect(await problem.textContent()).toContain('ดูอย่างเดียว');
    await screenshot(page, 'odd-02-damaged-refused');
    await page.getByTestId('problem-look').click();
    const banner = page.getByTestId('read-only-banner');
    await expect.poll(() => banner.textContent()).toContain('แฟ้มเสียหาย');
    expect(await banner.textContent()).toContain('กู้คืน');
    await expect.poll(() => page.getByTestId('fund-name').textContent()).toBe('กองทุนสวัสดิการชุมชนตำบลหนองบัว');
    await page.getByTestId('menu-members').click();
    // The member list reads the damaged index: the shell says so rather than showing an empty list as if it were so.
    await expect.poll(() => page.getByTestId('fund-trouble').textContent()).toContain('อ่านข้อมูลบางส่วนไม่ได้');
    // The saving buttons are off, and say why.
    expect(await page.getByTestId('register-member').isDisabled()).toBe(true);
    await page.getByTestId('register-member').hover({ force: true });
    await page.locator('[data-why-disabled]').first().hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('เปิดดูอย่างเดียว');
    await screenshot(page, 'odd-03-damaged-look');
    await closeFund();
  });

  it('offers a look or a copy for a read-only fund; the copy opens for work', async () => {
    const { page } = session;
    await page.getByTestId('open-อ่านอย่างเดียว.swfund').click();
    await expect.poll(() => page.getByTestId('open-problem').textContent()).toContain('แก้ไขไม่ได้');
    await screenshot(page, 'odd-04-read-only-refused');
    await page.getByTestId('problem-look').click();
    await expect.poll(() => page.getByTestId('read-only-banner').textContent()).toContain('อ่านอย่างเดียว');
    await page.getByTestId('menu-members').click();
    await expect.poll(() => page.getByText('นายสมหญิง รักษ์ไทย1').count()).toBeGreaterThan(0);
    await screenshot(page, 'odd-05-read-only-look');

    await page.getByTestId('open-copy').click();
    await expect.poll(() => page.getByTestId('read-only-banner').count()).toBe(0);
    expect(await page.getByTestId('copy-opened').textContent()).toContain('อ่านอย่างเดียว (2).swfund');
    await openMemberList(page);
    expect(await page.getByTestId('register-member').isDisabled()).toBe(false);
    await screenshot(page, 'odd-06-copy-opened');
    await closeFund();
    await expect.poll(() => page.getByTestId('open-อ่านอย่างเดียว (2).swfund').count()).toBe(1);
  });

  it('looks at a fund from an older version without upgrading it', async () => {
    const { page } = session;
    expect(await page.getByText('แฟ้มจากโปรแกรมรุ่นก่อน').first().textContent()).toBeTruthy();
    await page.getByTestId('look-รุ่นเก่า.swfund').click();
    const banner = page.getByTestId('read-only-banner');
    await expect.poll(() => banner.textContent()).toContain('รุ่นข้อมูล 4');
    // The home page reads the copy migrated for the look, as every page does.
    await page.getByTestId('home-page').waitFor();
    await openMemberList(page);
    await expect.poll(() => page.getByText('นายสมหญิง รักษ์ไทย1').count()).toBeGreaterThan(0);
    await screenshot(page, 'odd-07-older-look');
    await closeFund();
    for (const [name, hash] of hashes) expect(sha256(join(funds, name)), name).toBe(hash);
  });
});

/** A file on a FAT32 USB stick, as the location probe would report it; every other file on a fixed local disk. */
function factsOf(path: string): LocationFacts {
  const onStick = path.endsWith('usb.swfund');
  return {
    path,
    platform: 'linux',
    env: {},
    fileSystem: onStick ? 'vfat' : 'ext4',
    drive: onStick ? 'removable' : 'fixed',
    tempFolders: [],
    appFolder: dirname(path),
    homeFolder: '/home/treasurer',
  };
}

/**
 * Where a fund lives and who holds it (issue 15 §4): a fund on a USB stick opens with the warning and "move to this
 * computer"; a fund open in another program says who has it and since when; a fund with a -wal that cannot be shown
 * to be its own opens only to look, with the reason and "open a copy".
 */
describe('a fund in a risky place, held elsewhere, or beside a stranger -wal', () => {
  let session: WebSession;
  let funds: string;

  beforeAll(async () => {
    session = await startWebSession({ probeLocation: factsOf });
    await session.page.setViewportSize({ width: 1366, height: 768 });
    funds = join(session.home, 'Funds');
    mkdirSync(funds, { recursive: true });
    for (const name of ['usb.swfund', 'ถือไว้.swfund', 'มีวอลแปลก.swfund']) {
      const created = (await session.host.dispatch('app', 'funds.create', fundInput(name))) as Opened;
      await session.host.dispatch('fund', 'members.register', memberInput(1), created.value?.handle);
      await session.host.dispatch('app', 'funds.close', { fund: created.value?.handle });
    }
    // A -wal no SQLite writer of this fund made: the fund file itself, copied beside it under the WAL's name.
    copyFileSync(join(funds, 'มีวอลแปลก.swfund'), join(funds, 'มีวอลแปลก.swfund-wal'));
  });
  afterAll(async () => {
    await session?.close();
  });

  async function closeFund() {
    await session.page.getByTestId('close-fund').click();
    await expect.poll(() => session.page.getByTestId('create-fund').count()).toBe(1);
  }

  it('warns about a fund on a USB stick and moves it to this computer', async () => {
    const { page } = session;
    await page.goto(session.server.url);
    await page.getByTestId('open-usb.swfund').click();
    const banner = page.getByTestId('location-banner');
    await expect.poll(() => banner.textContent()).toContain('ไดรฟ์ที่ถอดได้');
    expect(await banner.textContent()).toContain('vfat');
    // A warning, not a look: the fund takes work where it is.
    await openMemberList(page);
    expect(await page.getByTestId('register-member').isDisabled()).toBe(false);
    await screenshot(page, 'odd-08-usb-warning');
    await page.getByTestId('move-here').click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => page.getByTestId('copy-opened').textContent()).toContain('usb (2).swfund');
    await screenshot(page, 'odd-09-moved-here');
    await closeFund();
  });

  it('says who holds a fund open elsewhere and since when', async () => {
    const { page } = session;
    const other = createHost({
      home: session.home,
      locationMode: 'path',
      holder: 'desktop',
      clock: fixedClock(browserToday),
      log: () => undefined,
    });
    try {
      const held = await other.dispatch('app', 'funds.open', { location: join(funds, 'ถือไว้.swfund') });
      expect(held.ok).toBe(true);
      await page.getByTestId('open-ถือไว้.swfund').click();
      const problem = page.getByTestId('open-problem');
      await expect.poll(() => problem.textContent()).toContain('เปิดอยู่ที่อื่น');
      const text = await problem.textContent();
      expect(text).toContain('โปรแกรมบนเครื่อง');
      expect(text).toContain('ตั้งแต่ 25 พ.ย. 2569');
      await screenshot(page, 'odd-10-held-elsewhere');
    } finally {
      other.close();
    }
    // Closed there, it opens here.
    await page.getByTestId('open-ถือไว้.swfund').click();
    await expect.poll(() => page.getByTestId('close-fund').count()).toBe(1);
    await closeFund();
  });

  it('opens a fund beside a stranger -wal only to look, and offers a copy', async () => {
    const { page } = session;
    const before = sha256(join(funds, 'มีวอลแปลก.swfund'));
    await page.getByTestId('open-มีวอลแปลก.swfund').click();
    const banner = page.getByTestId('read-only-banner');
    await expect.poll(() => banner.textContent()).toContain('-wal');
    await openMemberList(page);
    expect(await page.getByTestId('register-member').isDisabled()).toBe(true);
    await screenshot(page, 'odd-11-stranger-wal');
    // The same in English: the reason and the way out, not a code.
    await page.getByTestId('language-switch').getByText('English').click();
    await expect.poll(() => banner.textContent()).toContain('Open to look only');
    await screenshot(page, 'odd-12-stranger-wal-en');
    await page.getByTestId('language-switch').locator('.ant-segmented-item').first().click();
    await expect.poll(() => banner.textContent()).toContain('เปิดดูอย่างเดียว');
    await page.getByTestId('open-copy').click();
    await expect.poll(() => banner.count()).toBe(0);
    await openMemberList(page);
    expect(await page.getByTestId('register-member').isDisabled()).toBe(false);
    await closeFund();
    // The stranger was set aside and kept, never merged; the fund itself is as it was.
    expect(existsSync(join(funds, 'มีวอลแปลก.swfund-wal'))).toBe(false);
    expect(readdirSync(join(funds, 'damaged')).some((name) => name.includes('มีวอลแปลก'))).toBe(true);
    expect(sha256(join(funds, 'มีวอลแปลก.swfund'))).toBe(before);
  });
});
