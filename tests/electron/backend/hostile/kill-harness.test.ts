import type BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../electron/backend/demo/seeded-random';
import { latestVersion, loadMigrations } from '../../../../electron/backend/db/migrate';
import { writeFigures } from '../../../support/figures';
import { expectDaysAllOrNone, expectWholeAfterKill, smallKillFund } from '../../../support/kill-checks';
import { bundleKillChild, WarmChild, type Ended } from '../../../support/kill-children';
import { runs, testSeed } from '../../../support/seed';

/**
 * The kill harness (reliability §(f), issue 20): the backend in a child process on a real fund file, SIGKILLed
 * after random delays (uniform over 0–120 % of the measured job) and at named crash points, while it posts
 * collection days, imports member sheets, and migrates a file of every fixture version. After every kill the file
 * is opened as the app opens it and checked (tests/support/kill-checks.ts), then the work resumes on the same file:
 * a day left unposted is posted again under its request id. Backup and restore have their own kills in
 * restore-kill.test.ts. Counts scale with SWF_TEST_SCALE; a failing run replays with SWF_SEED.
 */
const seed = testSeed('kill-harness');
const random = seededRandom(seed);
const root = resolve(import.meta.dirname, '../../../..');
let bundle: string;
const homes: string[] = [];
/** Each series' limit grows with its counts. */
const timeLimit = runs(240_000);
const figures = { seed, kills: { posting: 0, import: 0, migration: 0 }, crashPoints: 0, acknowledged: 0, migrationPaths: [] as string[] };

beforeAll(async () => {
  bundle = await bundleKillChild('tests/support/hostile-kill-child.ts', 'hostile-kill-child', true);
}, 60_000);

afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
  const total = figures.kills.posting + figures.kills.import + figures.kills.migration;
  writeFigures('kill-harness', { ...figures, killsSurvived: total });
});

function newHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'swf-kill-harness-'));
  homes.push(home);
  return home;
}

/** A small fund of members owing every month since January 2024, in a home removed after the run. */
async function smallFund(members: number): Promise<{ home: string; location: string }> {
  const fund = await smallKillFund(members);
  homes.push(fund.home);
  return fund;
}

type Kill = { crashAt?: string; delay?: number };

/**
 * The children of a series, each started two runs ahead: loading the backend is most of a child's cost, and it
 * overlaps the run before and the check after it. `warm(index)` hands over a run's child (and starts the next ones).
 */
function warmAhead(kills: readonly Kill[], start: (kill: Kill, index: number) => WarmChild): (index: number) => WarmChild {
  const children = new Map<number, WarmChild>();
  return (index) => {
    for (let ahead = index; ahead <= index + 2 && ahead < kills.length; ahead += 1)
      if (!children.has(ahead)) children.set(ahead, start(kills[ahead] ?? {}, ahead));
    const child = children.get(index);
    if (!child) throw new Error(`no run ${index}`);
    return child;
  };
}

/** Kills a started child after the kill's delay; a named point kills it itself (or it is killed after 10 s, and says so). */
async function killAt(child: WarmChild, kill: Kill): Promise<Ended & { patienceRanOut: boolean }> {
  let patienceRanOut = false;
  const timer = setTimeout(() => {
    patienceRanOut = kill.delay === undefined;
    child.kill();
  }, kill.delay ?? 10_000);
  const ended = await child.ended;
  clearTimeout(timer);
  return { ...ended, patienceRanOut };
}

/**
 * Runs one child per kill on the same file: the next child is started (and loaded) while the last one's file is
 * checked. A named point must be reached: a child still alive after `patience` ms fails the test.
 */
async function killSeries(
  mode: 'post' | 'import',
  fund: { home: string; location: string },
  kills: Kill[],
  check: (db: BetterSqlite3.Database, acked: string[], context: string) => void,
): Promise<string[]> {
  const acked: string[] = [];
  const start = (kill: Kill) =>
    new WarmChild(bundle, [fund.home, fund.location, mode], { SWF_CRASH_AT: kill.crashAt ?? '', SWF_SEED: String(random() * 2 ** 31) });
  const warm = warmAhead(kills, start);
  for (const [index, kill] of kills.entries()) {
    const child = warm(index);
    await child.go();
    const ended = await killAt(child, kill);
    const context = `${mode} kill ${index} ${kill.crashAt ?? `after ${kill.delay} ms`} (seed ${seed})`;
    expect(ended.signal, `${context}: ${ended.output}`).toBe('SIGKILL');
    expect(ended.patienceRanOut, `${context}: the crash point was never reached`).toBe(false);
    acked.push(...ended.acks);
    if (index + 1 < kills.length) warm(index + 1);
    await expectWholeAfterKill(fund.home, fund.location, context, (db) => check(db, acked, context));
  }
  return acked;
}

/** The time from START to the `count`th acknowledged request, on a copy of the fund (median-free: one run). */
async function measure(mode: 'post' | 'import', fund: { home: string; location: string }, count: number): Promise<number> {
  const home = newHome();
  cpSync(fund.home, home, { recursive: true });
  const child = new WarmChild(bundle, [home, join(home, 'fund.swfund'), mode], { SWF_SEED: String(seed) });
  const started = await child.go();
  for (let waited = 0; child.acks() < count && waited < 20_000; waited += 5) await new Promise((done) => setTimeout(done, 5));
  const time = Date.now() - started;
  child.kill();
  await child.ended;
  return time;
}

function randomKills(count: number, jobTime: number): Kill[] {
  return Array.from({ length: count }, () => ({ delay: Math.floor(random() * 1.2 * jobTime) }));
}

function namedKills(points: readonly string[]): Kill[] {
  const rounds = runs(3);
  return Array.from({ length: rounds }, () => points.map((crashAt) => ({ crashAt }))).flat();
}

describe('kill harness', () => {
  it(
    'posting collection days: every acknowledged day is posted, each day all or none, the books whole',
    async () => {
      const fund = await smallFund(Math.max(24, runs(24)));
      // A "job" is a few days: a kill falls anywhere in one of them, or in the setting up of the next.
      const jobTime = await measure('post', fund, 3);
      const points = [
        'posting-after-insert',
        'before-commit:collection.post',
        'after-commit-before-ack',
        'before-commit:collection.setLine',
      ];
      const kills = [...namedKills(points), ...randomKills(runs(24), jobTime)];
      const acked = await killSeries('post', fund, kills, expectDaysAllOrNone);
      // The work goes on between kills: days are acknowledged (how many depends on where the kills fell).
      expect(acked.length).toBeGreaterThan(0);
      figures.kills.posting += kills.length;
      figures.crashPoints += points.length;
      figures.acknowledged += acked.length;
      console.log(`posting: ${kills.length} kills over ${jobTime} ms jobs, ${acked.length} days acknowledged`);
    },
    timeLimit,
  );

  it(
    'importing member sheets: every acknowledged sheet is in, each sheet all or none',
    async () => {
      const fund = await smallFund(1);
      const jobTime = await measure('import', fund, 2);
      const points = ['before-commit:memberImport.commit', 'after-commit-before-ack'];
      const kills = [...namedKills(points), ...randomKills(runs(8), jobTime)];
      const acked = await killSeries('import', fund, kills, (db, acked_, context) => {
        const imported = db.prepare("SELECT member_no FROM members WHERE approval_ref = 'ทะเบียนสมาชิกเดิม' ORDER BY member_no").pluck().all();
        const sheets = db.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'member_import'").pluck().get() as number;
        expect(imported.length, `${context}: sheets all or none`).toBe(sheets * 5);
        for (const request of acked_) expect(imported, `${context}: acknowledged ${request}`).toContain(request.replace('import-', ''));
      });
      figures.kills.import += kills.length;
      figures.crashPoints += points.length;
      figures.acknowledged += acked.length;
      console.log(`import: ${kills.length} kills over ${jobTime} ms jobs, ${acked.length} sheets acknowledged`);
    },
    timeLimit,
  );

  it(
    'migrating a file of every fixture version: finished at the next open, whatever step it was killed at',
    async () => {
      const latest = latestVersion(loadMigrations());
      const fixtures = [
        { file: 'fund-schema-4.swfund', from: 4 },
        { file: 'fund-sync-golden.swfund', from: 32 },
      ];
      for (const fixture of fixtures) {
        const source = join(root, 'tests/fixtures', fixture.file);
        const figuresOf = (db: BetterSqlite3.Database) =>
          db
            .prepare('SELECT (SELECT COUNT(*) FROM members), (SELECT COUNT(*) FROM receipts), (SELECT COUNT(*) FROM journal_lines)')
            .raw()
            .get();
        // The fixture migrated without a kill: what every killed migration must end as.
        const clean = newHome();
        copyFileSync(source, join(clean, 'fund.swfund'));
        const measured = new WarmChild(bundle, [clean, join(clean, 'fund.swfund'), 'migrate'], {});
        const started = await measured.go();
        expect((await measured.ended).output).toContain('DONE');
        const jobTime = Date.now() - started;
        const expected = await expectWholeAfterKill(clean, join(clean, 'fund.swfund'), fixture.file, figuresOf);
        // Every step of a short path; of the long one, a different sample each seed (every step from SWF_TEST_SCALE=6).
        const every = Array.from({ length: latest - fixture.from }, (_, index) => `migration-step-${fixture.from + 1 + index}`);
        const steps = every
          .map((step) => ({ step, order: random() }))
          .sort((one, other) => one.order - other.order)
          .slice(0, runs(6))
          .map(({ step }) => step);
        const kills: Kill[] = [...steps.map((crashAt) => ({ crashAt })), ...randomKills(runs(fixture.from === 4 ? 3 : 1), jobTime)];
        let killed = 0;
        const homeOf: string[] = [];
        const warm = warmAhead(kills, (kill, index) => {
          const home = newHome();
          homeOf[index] = home;
          copyFileSync(source, join(home, 'fund.swfund'));
          return new WarmChild(bundle, [home, join(home, 'fund.swfund'), 'migrate'], { SWF_CRASH_AT: kill.crashAt ?? '' });
        });
        for (const [index, kill] of kills.entries()) {
          const child = warm(index);
          await child.go();
          const ended = await killAt(child, kill);
          const context = `${fixture.file} kill ${index} ${kill.crashAt ?? `after ${kill.delay} ms`} (seed ${seed})`;
          expect(ended.patienceRanOut, `${context}: the crash point was never reached`).toBe(false);
          // A random delay past the migration's end finds the child done: not a kill.
          if (ended.signal === 'SIGKILL') killed += 1;
          else expect(ended.output, context).toContain('DONE');
          if (index + 1 < kills.length) warm(index + 1);
          const home = homeOf[index] ?? '';
          expect(await expectWholeAfterKill(home, join(home, 'fund.swfund'), context, figuresOf), context).toEqual(expected);
          rmSync(home, { recursive: true, force: true });
        }
        figures.kills.migration += killed;
        figures.crashPoints += steps.length;
        figures.migrationPaths.push(`${fixture.from}→${latest}`);
        console.log(`migration ${fixture.from}→${latest}: ${killed} kills of ${kills.length} runs over a ${jobTime} ms migration`);
      }
    },
    timeLimit,
  );
});
