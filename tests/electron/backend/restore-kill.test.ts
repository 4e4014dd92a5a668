import Database from 'better-sqlite3';
import { seededRandom } from '../../../electron/backend/demo/seeded-random';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupIndex } from '../../../electron/backend/backups/backup-index';
import { createHost } from '../../../electron/backend/create-host';
import { crashPoints } from '../../../electron/backend/crash-points';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent } from '../../support/ledger-checks';
import { createTestBackend, expectOk } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

/**
 * The kill harness for backup and restore (reliability §(f), issue 15): a child process runs the real host on a
 * real fund file and is killed — at each named step, and after random delays over the operation's measured time —
 * and the next start must find the fund whole: integrity and foreign keys ok, the books balanced, its figures
 * either the backup's or the original file's and never a mix, the safety copy kept, no restore intent or half copy
 * left, every indexed backup whole; then the same restore, asked again, finishes. Counts scale with SWF_TEST_SCALE.
 */
const scale = Number(process.env.SWF_TEST_SCALE ?? 1);
const seed = Number(process.env.SWF_SEED ?? Date.now() % 2 ** 31);
console.log(`restore-kill.test.ts seed ${seed} (replay with SWF_SEED=${seed})`);

// mulberry32 (the demo fund's generator): a failing run replays.
const random = seededRandom(seed);

const root = resolve(import.meta.dirname, '../../..');
/** The child, bundled once as the desktop build bundles the backend: it starts in half a second instead of tsx's one and more. */
const childFolder = join(root, 'test-artifacts', 'kill-child');
const child = join(childFolder, 'kill-child.mjs');

async function bundleChild(): Promise<void> {
  mkdirSync(childFolder, { recursive: true });
  await build({
    entryPoints: [join(root, 'tests/support/kill-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3', 'electron'],
    banner: {
      js: "import { createRequire as __swfCreateRequire } from 'node:module'; const require = __swfCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  // The backup verifier's worker is found beside the module that starts it (electron/backend/db/verify-backup.ts).
  copyFileSync(join(root, 'electron/backend/db/verify-worker.mjs'), join(childFolder, 'verify-worker.mjs'));
}
const fundName = 'ทรัพย์อนันต์.swfund';

type Figures = { members: number; receipts: number; cashSatang: number; lastReceiptNo: string | null };

function figuresOf(db: Database.Database): Figures {
  return {
    members: Number(db.prepare('SELECT COUNT(*) FROM members').pluck().get()),
    receipts: Number(db.prepare('SELECT COUNT(*) FROM receipts').pluck().get()),
    cashSatang: Number(
      db.prepare("SELECT COALESCE(SUM(debit_satang - credit_satang), 0) FROM journal_lines WHERE account_code = '3100'").pluck().get(),
    ),
    lastReceiptNo: (db.prepare('SELECT receipt_no FROM receipts ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? null,
  };
}

/** What a fund file and its -wal hold together, read from a copy so the pair itself is never touched. */
function figuresOfPair(location: string): Figures {
  const folder = mkdtempSync(join(tmpdir(), 'swf-pair-'));
  try {
    cpSync(location, join(folder, fundName));
    if (existsSync(`${location}-wal`)) cpSync(`${location}-wal`, join(folder, `${fundName}-wal`));
    const db = new Database(join(folder, fundName));
    try {
      return figuresOf(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

type Run = { signal: NodeJS.Signals | null; stdout: string; startToEnd: number };

/** Runs the child; `killAfter` milliseconds after it says START, the parent kills it with SIGKILL. */
function runChild(args: string[], options: { crashAt?: string; killAfter?: number } = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const env = { ...process.env, SWF_CRASH_AT: options.crashAt ?? '', SWF_MIGRATIONS: join(root, 'migrations') };
    const process_ = spawn(process.execPath, [child, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let started = 0;
    let stderr = '';
    process_.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (started === 0 && stdout.includes('START')) {
        started = Date.now();
        if (options.killAfter !== undefined) setTimeout(() => process_.kill('SIGKILL'), options.killAfter);
      }
    });
    process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    process_.on('error', reject);
    process_.on('exit', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`child exited ${code}: ${stderr}${stdout}`));
      else resolvePromise({ signal, stdout, startToEnd: started === 0 ? 0 : Date.now() - started });
    });
  });
}

type Template = { home: string; location: string; backupFileName: string; backup: Figures; original: Figures };

let base: Template;
/** The same fund with a crash -wal beside it, holding one more member than its main file. */
let withWal: Template;
const homes: string[] = [];

function freshCopy(template: Template): { home: string; location: string } {
  const home = mkdtempSync(join(tmpdir(), 'swf-kill-'));
  homes.push(home);
  cpSync(template.home, home, { recursive: true });
  const location = join(home, fundName);
  // A copied file is another file to the owner record (it names the file's inode, so a copied or restored file
  // never claims an old -wal): the copy's record is pointed at the copy, standing for the crashed file itself.
  const owner = `${location}.owner.json`;
  if (existsSync(owner)) {
    const record = JSON.parse(readFileSync(owner, 'utf8')) as { file: { ino: string } };
    writeFileSync(owner, JSON.stringify({ ...record, file: { ino: statSync(location, { bigint: true }).ino.toString() } }));
  }
  return { home, location };
}

function restoreIntentsLeft(home: string): string[] {
  const folder = join(home, 'Restores');
  return existsSync(folder) ? readdirSync(folder) : [];
}

/** Every backup the index lists is there with its hash; nothing half-made is left once the fund is opened. */
function expectBackupsWhole(home: string): void {
  const root_ = join(home, 'Backups');
  for (const uuid of readdirSync(root_)) {
    const folder = join(root_, uuid);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as BackupIndex;
    for (const backup of index.backups) expect(sha256(join(folder, backup.fileName)), backup.fileName).toBe(backup.sha256);
  }
}

/** The next start, as the app makes it: a new host (which finishes or undoes a leftover restore first), then the fund opened. */
async function expectWholeAtNextStart(
  home: string,
  location: string,
  template: Template,
  context: string,
): Promise<'restored' | 'original'> {
  let db: Database.Database | undefined;
  const host = createHost({ home, locationMode: 'path', log: () => undefined, onConnection: (connection) => (db = connection) });
  try {
    expect(restoreIntentsLeft(home), context).toEqual([]);
    expect(existsSync(`${location}.restoring`), context).toBe(false);
    const opened = await host.dispatch('app', 'funds.open', { location });
    expect(opened.ok, `${context}: ${JSON.stringify(opened)}`).toBe(true);
    if (!db) throw new Error('no connection');
    expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
    expect(db.pragma('foreign_key_check'), context).toEqual([]);
    expectBooksConsistent(db);
    const figures = figuresOf(db);
    const restores = db.prepare('SELECT safety_kind, safety_location FROM restore_log').all() as { safety_location: string | null }[];
    let outcome: 'restored' | 'original';
    if (JSON.stringify(figures) === JSON.stringify(template.backup)) {
      outcome = 'restored';
      // Restored: audited once, and the file it replaced is kept where the record says.
      expect(restores, context).toHaveLength(1);
      expect(existsSync(restores[0]?.safety_location ?? ''), context).toBe(true);
    } else {
      outcome = 'original';
      expect(figures, context).toEqual(template.original);
      expect(restores, context).toEqual([]);
    }
    expectBackupsWhole(home);
    // Then resumed: the same restore, asked again, finishes.
    const again = await host.dispatch('app', 'backups.restore', { location, backupFileName: template.backupFileName });
    expect(again.ok, `${context}: ${JSON.stringify(again)}`).toBe(true);
    expect(figuresOf(db), context).toEqual(template.backup);
    return outcome;
  } finally {
    host.close();
  }
}

beforeAll(async () => {
  await bundleChild();
  const backend = createTestBackend('2026-11-25');
  const location = join(backend.home, fundName);
  expectOk(await backend.app['funds.create'](fundInput(location)));
  const pay = async (memberId: number, requestId: string) =>
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId,
        memberId,
        receivedOn: '2026-11-20',
        monthCount: 2,
        amountSatang: 6000,
        numbering: { kind: 'app' },
      }),
    );
  for (const serial of [1, 2, 3])
    await pay(expectOk(await backend.fund['members.register'](memberInput(serial))).id, `paid-before-${serial}`);
  const made = expectOk(await backend.fund['backups.make']({}));
  // After the backup: what a restore replaces.
  for (const serial of [4, 5]) await pay(expectOk(await backend.fund['members.register'](memberInput(serial))).id, `paid-after-${serial}`);
  const original = figuresOf(backend.db());
  expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
  backend.host.close();
  const home = mkdtempSync(join(tmpdir(), 'swf-kill-template-'));
  homes.push(home, backend.home);
  cpSync(backend.home, home, { recursive: true });
  const backup = { members: 3, receipts: 3, cashSatang: 18000, lastReceiptNo: made.figures.lastReceiptNo };
  base = { home, location: join(home, fundName), backupFileName: made.fileName, backup, original };
  expect(figuresOfPair(base.location)).toEqual(original);

  // The same fund after a crash: one more member saved, in the -wal only.
  const crashed = freshCopy(base);
  const run = await runChild([crashed.home, crashed.location, 'write-and-crash']);
  expect(run.signal).toBe('SIGKILL');
  expect(run.stdout).toContain('SAVED true');
  expect(existsSync(`${crashed.location}-wal`)).toBe(true);
  withWal = { ...base, home: crashed.home, location: crashed.location, original: figuresOfPair(crashed.location) };
  expect(withWal.original.members).toBe(original.members + 1);
}, 60_000);

afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

describe('kill test: restore', () => {
  it('is finished or rolled back at the next start when killed at each of its steps (the fund open)', async () => {
    const outcomes: Record<string, string> = {};
    for (let round = 0; round < Math.max(1, Math.round(scale)); round += 1)
      for (const point of crashPoints.restore) {
        const { home, location } = freshCopy(base);
        const run = await runChild([home, location, 'restore', base.backupFileName], { crashAt: point });
        expect(run.signal, point).toBe('SIGKILL');
        outcomes[point] = await expectWholeAtNextStart(home, location, base, point);
      }
    // Before the rename the restore is undone; from the rename on it is finished.
    expect(outcomes).toEqual(
      Object.fromEntries(
        crashPoints.restore.map((point, index) => [point, index < crashPoints.restore.indexOf('restore-step-8') ? 'original' : 'restored']),
      ),
    );
  }, 120_000);

  it('puts a moved crash -wal back when undone, so what it held is not lost (a fund restored from the start screen)', async () => {
    const points = ['restore-step-3', 'restore-step-5', 'restore-step-6', 'restore-step-7', 'restore-step-8'] as const;
    for (const point of points) {
      const { home, location } = freshCopy(withWal);
      const run = await runChild([home, location, 'restore-closed', base.backupFileName], { crashAt: point });
      expect(run.signal, point).toBe('SIGKILL');
      // The pair as it was is kept in damaged/ before anything moves.
      const kept = readdirSync(join(home, 'damaged'), { recursive: true }).map(String);
      expect(
        kept.some((name) => name.endsWith(`${fundName}-wal`)),
        point,
      ).toBe(true);
      const outcome = await expectWholeAtNextStart(home, location, withWal, point);
      expect(outcome, point).toBe(point === 'restore-step-8' ? 'restored' : 'original');
    }
  }, 120_000);

  it('leaves the fund whole when killed after random delays', async () => {
    const measured = await runChild([...Object.values(freshCopy(base)), 'restore', base.backupFileName]);
    expect(measured.stdout).toContain('DONE {"ok":true}');
    const kills = Math.round(8 * scale);
    const outcomes: string[] = [];
    for (let kill = 0; kill < kills; kill += 1) {
      const template = kill % 3 === 2 ? withWal : base;
      const { home, location } = freshCopy(template);
      const delay = Math.floor(random() * 1.2 * measured.startToEnd);
      await runChild([home, location, template === withWal ? 'restore-closed' : 'restore', base.backupFileName], { killAfter: delay });
      outcomes.push(
        `${delay} ms: ${await expectWholeAtNextStart(home, location, template, `random kill ${kill} after ${delay} ms (seed ${seed})`)}`,
      );
    }
    console.log(`restore of ${measured.startToEnd} ms killed after ${outcomes.join(', ')}`);
  }, 120_000);
});

describe('kill test: backup', () => {
  it('cleans what a killed backup left, and its index never lists a half file', async () => {
    const measured = await runChild([...Object.values(freshCopy(base)), 'backup']);
    expect(measured.stdout).toContain('DONE {"ok":true}');
    const backupTime = measured.startToEnd;
    const runs = [
      ...crashPoints.backup.map((point) => ({ point, killAfter: undefined })),
      ...Array.from({ length: Math.round(4 * scale) }, () => ({ point: undefined, killAfter: Math.floor(random() * 1.2 * backupTime) })),
    ];
    for (const { point, killAfter } of runs) {
      const { home, location } = freshCopy(base);
      await runChild([home, location, 'backup'], {
        ...(point ? { crashAt: point } : {}),
        ...(killAfter === undefined ? {} : { killAfter }),
      });
      let db: Database.Database | undefined;
      const host = createHost({ home, locationMode: 'path', log: () => undefined, onConnection: (connection) => (db = connection) });
      try {
        const opened = await host.dispatch('app', 'funds.open', { location });
        if (!opened.ok || !db) throw new Error(`not opened: ${JSON.stringify(opened)}`);
        expectBackupsWhole(home);
        expect(figuresOf(db)).toEqual(base.original);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        // The next backup goes through.
        const next = await host.dispatch('fund', 'backups.make', {}, (opened.value as { handle: string }).handle);
        expect(next.ok, JSON.stringify(next)).toBe(true);
        expectBackupsWhole(home);
      } finally {
        host.close();
      }
    }
  }, 120_000);
});
