import type { Connection } from './execute';

/**
 * Writes a brand-new file that nobody else has seen yet (a demo fund being made under a temporary name) without
 * waiting for the disk after each of its many transactions, and with a larger page cache. A crash meanwhile loses
 * only the half-made temporary file, which is discarded; the settings of reliability.md §(b) come back before the
 * file gets its real name, and the close's checkpoint puts everything on disk first.
 */
export async function withBulkWriting<T>(connection: Connection, work: () => Promise<T>): Promise<T> {
  connection.pragma('synchronous = OFF');
  connection.pragma('cache_size = -262144');
  try {
    return await work();
  } finally {
    connection.pragma('synchronous = FULL');
    connection.pragma('cache_size = -32768');
  }
}
