import { rmSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../electron/backend/demo/seeded-random';
import en from '../../../../shared/i18n/en.json';
import { writeFigures } from '../../../support/figures';
import { expectDaysAllOrNone, expectWholeAfterKill, smallKillFund } from '../../../support/kill-checks';
import { bundleKillChild, WarmChild } from '../../../support/kill-children';
import { runs, testSeed } from '../../../support/seed';

/**
 * A full disk (reliability §(f), issue 20): the backend in a child process under `ulimit -f`, posting collection
 * days until a write fails — Node ignores SIGXFSZ, so SQLite's write gets EFBIG and reports SQLITE_IOERR_WRITE, as
 * a full disk gives SQLITE_FULL. The call must be answered `storage-full` with its message ("nothing from this step
 * was saved"), never "internal" and never a crash; the file must then be whole (tests/support/kill-checks.ts): each
 * day all or none, every acknowledged day there. Then, space freed (the next child, under a higher limit), the day
 * the full disk refused is posted under its own request id. Limits scale with SWF_TEST_SCALE; SWF_SEED replays.
 */
const seed = testSeed('storage-full');
const random = seededRandom(seed);
let bundle: string;
let fund: { home: string; location: string };
const figures = { seed, limitsTried: 0, refusedStorageFull: 0, daysAcknowledged: 0, resumedAfterSpaceFreed: 0 };

beforeAll(async () => {
  bundle = await bundleKillChild('tests/support/hostile-kill-child.ts', 'hostile-kill-child', true);
  fund = await smallKillFund(Math.max(24, runs(24)));
}, 60_000);
afterAll(() => {
  rmSync(fund.home, { recursive: true, force: true });
  writeFigures('storage-full', figures);
});

describe('a full disk while posting', () => {
  it('answers storage-full with its message, leaves each day all or none, and posts the refused day once space is freed', async () => {
    const acknowledged: string[] = [];
    for (let limit = 0; limit < runs(10); limit += 1) {
      // Room for the fund as it is (the WAL is folded into it at each check), and from 4 KiB to 96 KiB more: a few
      // days at most (a day of six receipts takes about 14 KiB), so the members' months last the run.
      const room = 4_096 * (1 + Math.floor(random() * 24));
      const size = statSync(fund.location).size + room;
      const child = new WarmChild(bundle, [fund.home, fund.location, 'post'], { SWF_SEED: String(seed + limit) }, size);
      await child.go();
      const ended = await Promise.race([
        child.ended,
        new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`no write refused under ${size} bytes`)), 60_000)),
      ]);
      const context = `limit ${size} bytes (seed ${seed})`;
      const refusal = /^FAILED (\S+) (\S+) (\S*) (.*)$/m.exec(ended.output);
      expect(ended.signal, `${context}: ${ended.output}`).toBeNull();
      expect(refusal?.[2], `${context}: ${ended.output}`).toBe('storage-full');
      expect(refusal?.[4], context).toBe(en.errors['storage-full']);
      acknowledged.push(...ended.acks);
      await expectWholeAfterKill(fund.home, fund.location, context, (db) => expectDaysAllOrNone(db, acknowledged, context));
      figures.limitsTried += 1;
      figures.refusedStorageFull += 1;
      figures.daysAcknowledged = acknowledged.length;
    }
    // Space freed: the day left unposted is posted under its request id first, then the work goes on.
    const freed = new WarmChild(bundle, [fund.home, fund.location, 'post'], { SWF_SEED: String(seed) });
    await freed.go();
    for (let waited = 0; freed.acks() < 2 && waited < 30_000; waited += 10) await new Promise((done) => setTimeout(done, 10));
    freed.kill();
    const ended = await freed.ended;
    expect(ended.acks.length, ended.output).toBeGreaterThanOrEqual(2);
    acknowledged.push(...ended.acks);
    await expectWholeAfterKill(fund.home, fund.location, 'space freed', (db) => {
      expectDaysAllOrNone(db, acknowledged, 'space freed');
      expect(db.prepare("SELECT COUNT(*) FROM collection_batches WHERE state <> 'posted'").pluck().get()).toBeLessThanOrEqual(1);
    });
    figures.resumedAfterSpaceFreed += 1;
    figures.daysAcknowledged = acknowledged.length;
  }, 240_000);
});
