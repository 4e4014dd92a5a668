import type { Connection } from './execute';

/** Set while the file is written in bulk, each put back as it was afterwards. */
const bulkSettings = {
  synchronous: 'OFF',
  cache_size: -262144,
  // The three below only cut how much is written, never what. A multi-row insert's statement journal (the pages
  // it would put back if one of its rows broke a constraint) stays in memory rather than in a temporary file,
  // which for the large demo had been most of the bytes written. The WAL is checkpointed every 200 MiB rather
  // than every 4 MiB, so a page changed month after month is copied into the file less often, and it is not cut
  // back after each checkpoint only to grow again at the next month's commit.
  temp_store: 'MEMORY',
  wal_autocheckpoint: 50000,
  journal_size_limit: -1,
} as const;

/**
 * Writes a brand-new file that nobody else has seen yet (a demo fund being made under a temporary name) without
 * waiting for the disk after each of its many transactions, and with a larger page cache. A crash meanwhile loses
 * only the half-made temporary file, which is discarded; the settings of reliability.md §(b) come back before the
 * file gets its real name, and the close's checkpoint puts everything on disk first.
 */
export async function withBulkWriting<T>(connection: Connection, work: () => Promise<T>): Promise<T> {
  const names = Object.keys(bulkSettings) as (keyof typeof bulkSettings)[];
  const before = names.map((name) => [name, connection.pragma(name, { simple: true })] as const);
  for (const name of names) connection.pragma(`${name} = ${bulkSettings[name]}`);
  try {
    return await work();
  } finally {
    for (const [name, value] of before) connection.pragma(`${name} = ${String(value)}`);
  }
}
