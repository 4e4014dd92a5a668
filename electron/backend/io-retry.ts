import { isTransientIo, sqliteCode } from './db/sqlite-errors';

/**
 * reliability.md §(b): an SQLITE_IOERR other than a full disk is often an antivirus holding the file for a moment.
 * SQLite has already retried for about 1.4 s; the use case is run once more after a pause (2 s), which is safe
 * because the failed attempt's transaction was rolled back and a request id answers a repeat with the first
 * record. A second failure is reported.
 */
export async function retryOnceOnTransientIo<T>(
  run: () => T | Promise<T>,
  options: { waitMilliseconds: number; beforeRetry?: () => void },
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isTransientIo(sqliteCode(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, options.waitMilliseconds));
    options.beforeRetry?.();
    return run();
  }
}
