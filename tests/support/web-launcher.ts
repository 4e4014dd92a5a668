import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createHost } from '../../electron/backend/create-host';
import { fixedClock } from './test-backend';
import type { BackendHost, HostOptions } from '../../electron/backend/host-types';
import type { RoomOptions } from '../../electron/web/room/room';
import { startWebServer, type WebServer } from '../../electron/web/server';

const root = resolve(import.meta.dirname, '../..');
export const artifactsFolder = join(root, 'test-artifacts', 'browser');

/** CHROME_PATH, else the usual install paths (Debian's chromium first). */
export function browserPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
    (path): path is string => Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`no Chromium found (tried ${candidates.join(', ')}); set CHROME_PATH`);
  return found;
}

export type WebSession = {
  home: string;
  /**
   * The host for setting up a test, like a tab of its own: the fund created or opened last through it is the
   * fund its fund and job calls name, unless a call names one (A2).
   */
  host: BackendHost;
  /** The page's address with the handle of the fund set up through `host`, as the Electron shell hands one over. */
  fundUrl: () => string;
  server: WebServer;
  /** The backend's clock (the page's stays on `browserToday`): moved by a test that needs time to pass. */
  clock: ReturnType<typeof fixedClock>;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
};

/** The day browser tests live on: the backend's clock and the page's both read it, so no test changes with the date. */
export const browserToday = '2026-11-25';

/**
 * Web mode on a temporary SWF_HOME, and one headless Chromium with a fresh profile pointed at it. The backend's
 * clock and the browser's `Date` are both fixed on `browserToday` (mid-morning in Thailand); timers still run.
 * `hostOptions` stands in for what a test cannot make on this machine (a USB drive's facts, a nearly full disk);
 * `room` for its network (a room of laptops on loopback).
 */
export async function startWebSession(hostOptions: Partial<HostOptions> = {}, room: RoomOptions = {}): Promise<WebSession> {
  const home = mkdtempSync(join(tmpdir(), 'swf-browser-'));
  const profile = mkdtempSync(join(tmpdir(), 'swf-chromium-'));
  const clock = fixedClock(browserToday);
  const realHost = createHost({ home, locationMode: 'folder', log: () => undefined, clock, ...hostOptions });
  const server = await startWebServer({ host: realHost, staticDir: join(root, 'dist', 'renderer'), room });
  let setUpFund: string | undefined;
  const host: BackendHost = {
    ...realHost,
    dispatch: async (side, method, input, fund) => {
      const result = await realHost.dispatch(side, method, input, side === 'app' ? undefined : (fund ?? setUpFund));
      if (side === 'app' && result.ok && (method === 'funds.create' || method === 'funds.open' || method === 'funds.openCopy'))
        setUpFund = (result.value as { handle: string }).handle;
      return result;
    },
  };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    viewport: { width: 1360, height: 900 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    // The app honours reduced motion (no zooming dialogs): a click never lands on a button still moving into place,
    // which on a loaded machine made a confirmation's press go missing.
    reducedMotion: 'reduce',
  });
  await context.clock.setFixedTime(new Date(`${browserToday}T10:00:00+07:00`));
  const page = context.pages()[0] ?? (await context.newPage());
  // SWF_PAGE_ERRORS=1 prints the page's uncaught errors, for a test whose page comes up blank.
  if (process.env.SWF_PAGE_ERRORS) page.on('pageerror', (error) => console.error('PAGE ERROR', error.message, error.stack));
  mkdirSync(artifactsFolder, { recursive: true });
  return {
    home,
    host,
    fundUrl: () => `${server.url}&fund=${encodeURIComponent(setUpFund ?? '')}`,
    server,
    clock,
    context,
    page,
    close: async () => {
      await context.close();
      await server.close();
      host.close();
      rmSync(home, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // A dialog still zooming in, or a dropdown still fading out, is not what the person sees: let the page's finite
  // animations end first (spinners run forever and are left alone; two seconds at most).
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  await page.screenshot({ path: join(artifactsFolder, `${name}.png`), fullPage: true });
}

/**
 * The member list, from the side menu: a fund opens on its home page (issue 16 §6), so a test that starts on the
 * member list goes there first.
 */
export async function openMemberList(page: Page): Promise<void> {
  await page.getByTestId('menu-members').click();
  await page.getByTestId('member-table').waitFor();
}
