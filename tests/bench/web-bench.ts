import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createHost } from '../../electron/backend/create-host';
import { fundsFolder } from '../../electron/backend/fund-locations';
import { startWebServer } from '../../electron/web/server';
import { browserPath } from '../support/web-launcher';

const root = resolve(import.meta.dirname, '../..');
const staticDir = join(root, 'dist', 'renderer');
/** What the renderer build is made from: its own folder (vite.config.ts included), shared/, and the locked packages. */
const rendererSources = [join(root, 'renderer'), join(root, 'shared'), join(root, 'package-lock.json')];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

/**
 * The bench times what web mode serves, so a renderer older than its sources would time the wrong code:
 * dist/renderer is built when missing or stale (vite's own output goes to the bench's stderr). Called before the
 * fund is generated, so a failed build costs seconds, not minutes.
 */
export function ensureRendererBuilt(): void {
  const index = join(staticDir, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(...rendererSources.map(newestChange));
  if (builtAt >= sourcesAt) return;
  process.stderr.write(`dist/renderer is ${builtAt === 0 ? 'missing' : 'older than its sources'}: npm run build:renderer\n`);
  const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0) throw new Error('npm run build:renderer failed: the web-mode figures need the built renderer');
}

/** The moments the page itself records, in milliseconds from its navigation start (performance.now()). */
type Marks = { startScreen: number; fundClicked: number; homeFigures: number };
const startScreenSelector = '.start-welcome h2';
/** A fund opens on its home page (issue 16 §6): its first figure, money on hand, shows when `home.figures` answered. */
const homeFigureSelector = '[data-testid="home-money-total"] .ant-statistic-content';

/**
 * Runs inside the page before its own scripts (CDP, so the CSP does not apply to it). It watches the DOM and
 * reports each moment at the next animation frame, when the text is about to be painted: measured in the page,
 * so neither Playwright's polling nor the round trip to Node adds to the figures. It is plain text because tsx
 * compiles functions with helpers (`__name`) that do not exist in the page.
 */
function watchForMarks(selectors: { startScreen: string; fundRow: string; homeFigures: string }): string {
  return `(() => {
    const selectors = ${JSON.stringify(selectors)};
    const seen = new Set();
    const isShown = (selector) => {
      const element = document.querySelector(selector);
      return element !== null && element.checkVisibility() && (element.textContent || '').trim() !== '';
    };
    const mark = (name) => {
      seen.add(name);
      requestAnimationFrame(() => window.swfBenchMark(name, performance.now()));
    };
    new MutationObserver(() => {
      if (!seen.has('startScreen') && isShown(selectors.startScreen) && isShown(selectors.fundRow)) mark('startScreen');
      if (!seen.has('homeFigures') && isShown(selectors.homeFigures)) mark('homeFigures');
    }).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('[data-testid^="open-"]')) window.swfBenchMark('fundClicked', event.timeStamp);
    }, { capture: true });
  })();`;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Web mode for real: the built renderer and the API from electron/web/server.ts on a 'folder' host whose fund
 * folder holds a copy of the bench fund, and a cold Chromium per run (a fresh profile, so nothing is cached;
 * timed once the browser has settled, so its own start-up is not counted). Times, by the page's own clock,
 * (a) navigation until the start screen shows its text and the fund, and (b) the click on the fund until the
 * home page shows its figures; prints the median of `runs` against the target (under 1 s each).
 */
export async function benchWebMode(options: {
  /** Writes a copy of the bench fund at this path (the backup API: never a file copy of an open database). */
  copyFund: (path: string) => Promise<void>;
  runs: number;
  line: (label: string, milliseconds: number, extra?: string) => void;
  /** Another build of the renderer to time (`--renderer DIR`, to compare two builds); else dist/renderer. */
  rendererDir?: string | undefined;
}): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'swf-bench-web-'));
  const fundFile = 'bench.swfund';
  mkdirSync(fundsFolder(home), { recursive: true });
  await options.copyFund(join(fundsFolder(home), fundFile));
  const host = createHost({ home, locationMode: 'folder' });
  const server = await startWebServer({ host, staticDir: options.rendererDir ?? staticDir });
  const startTimes: number[] = [];
  const homeTimes: number[] = [];
  try {
    for (let run = 0; run < options.runs; run += 1) {
      const profile = mkdtempSync(join(tmpdir(), 'swf-bench-chromium-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: browserPath(),
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
        viewport: { width: 1366, height: 768 },
        locale: 'th-TH',
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        // A browser just started is still starting its helper processes; the page is timed once it has settled.
        await new Promise((resolveSettled) => setTimeout(resolveSettled, 1000));
        page.on('pageerror', (error) => process.stderr.write(`web mode, run ${run + 1}: page error: ${error.message}\n`));
        const marks = new Map<keyof Marks, number>();
        const waiters = new Map<keyof Marks, () => void>();
        const reached = (name: keyof Marks) =>
          new Promise<number>((resolveMark, rejectMark) => {
            const timer = setTimeout(() => rejectMark(new Error(`web mode: no ${name} within 60 s (run ${run + 1})`)), 60_000);
            const settle = () => {
              clearTimeout(timer);
              resolveMark(marks.get(name) ?? 0);
            };
            if (marks.has(name)) settle();
            else waiters.set(name, settle);
          });
        await page.exposeFunction('swfBenchMark', (name: keyof Marks, at: number) => {
          if (marks.has(name)) return;
          marks.set(name, at);
          waiters.get(name)?.();
        });
        await page.addInitScript(
          watchForMarks({ startScreen: startScreenSelector, fundRow: `[data-testid="open-${fundFile}"]`, homeFigures: homeFigureSelector }),
        );
        await page.goto(server.url, { waitUntil: 'commit' });
        startTimes.push(await reached('startScreen'));
        await page.getByTestId(`open-${fundFile}`).click();
        const clicked = await reached('fundClicked');
        homeTimes.push((await reached('homeFigures')) - clicked);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
        // The next run opens the file cold, not the fund this one left open (opening it again answers its handle).
        const opened = await host.dispatch('app', 'funds.open', { location: fundFile });
        if (opened.ok) await host.dispatch('app', 'funds.close', { fund: (opened.value as { handle: string }).handle });
      }
    }
  } finally {
    await server.close();
    host.close();
    rmSync(home, { recursive: true, force: true });
  }
  const each = (samples: number[]) => `runs ${samples.map((sample) => sample.toFixed(0)).join(', ')} ms`;
  options.line(
    `web: start screen shown (cold Chromium, median of ${options.runs})`,
    median(startTimes),
    `target < 1000 ms; ${each(startTimes)}`,
  );
  options.line(
    `web: open the fund → home page's figures (median of ${options.runs})`,
    median(homeTimes),
    `target < 1000 ms; ${each(homeTimes)}`,
  );
}
