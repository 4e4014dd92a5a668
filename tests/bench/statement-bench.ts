import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { AppApi } from '../../shared/api/app-contract';
import type { FundApi } from '../../shared/api/fund-contract';

/**
 * Drops the file's pages from the OS page cache: `dd iflag=nocache` asks the kernel (posix_fadvise
 * POSIX_FADV_DONTNEED) to forget the clean cached pages of the whole file, so the next reads come from the disk.
 * Returns false when that is not possible here (no dd, another OS), and the "cold" figure is then only SQLite's.
 */
export function dropFromOsCache(path: string): boolean {
  if (process.platform !== 'linux') return false;
  let dropped = true;
  for (const file of [path, `${path}-wal`]) {
    if (!existsSync(file)) continue;
    const result = spawnSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0'], { stdio: 'ignore' });
    dropped &&= result.status === 0;
  }
  return dropped;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * A member's statement warm (the fund open and read before), and cold: the treasurer's first look, right after
 * the fund file is closed and opened again through the API (SQLite's page cache and prepared statements are
 * gone), once with the file still in the OS cache and once with it dropped from there too. Each cold run is one
 * statement of a member not read before in that run; the figure is the median.
 */
export async function benchStatements(options: {
  app: AppApi;
  fund: FundApi;
  handle: () => string;
  location: string;
  memberIds: readonly number[];
  runs: number;
  line: (label: string, milliseconds: number, extra?: string) => void;
}): Promise<void> {
  const { app, fund, memberIds, runs, line } = options;
  const pickMember = (run: number) => memberIds[(run * 7919) % memberIds.length] ?? 1;
  const statement = async (memberId: number) => {
    const start = performance.now();
    const result = await fund['contributions.statement']({ memberId });
    if (!result.ok) throw new Error(result.error.message.en);
    return performance.now() - start;
  };

  const warm: number[] = [];
  for (let run = 0; run < 100; run += 1) warm.push(await statement(pickMember(run)));
  line("one member's statement, warm", median(warm));

  async function reopen(dropOsCache: boolean): Promise<boolean> {
    const closed = await app['funds.close']({ fund: options.handle() });
    if (!closed.ok) throw new Error(closed.error.message.en);
    const dropped = dropOsCache && dropFromOsCache(options.location);
    const opened = await app['funds.open']({ location: options.location });
    if (!opened.ok) throw new Error(opened.error.message.en);
    return dropped;
  }

  const reopened: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await reopen(false);
    reopened.push(await statement(pickMember(1000 + run)));
  }
  line("one member's statement, cold (reopened)", median(reopened), 'file in the OS cache');

  const cold: number[] = [];
  let dropped = true;
  for (let run = 0; run < runs; run += 1) {
    dropped &&= await reopen(true);
    cold.push(await statement(pickMember(2000 + run)));
  }
  line(
    "one member's statement, cold (reopened, uncached)",
    median(cold),
    dropped ? 'file dropped from the OS cache before each open' : 'the OS cache could not be dropped here: SQLite cold only',
  );
}
