import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Windows' antivirus holds new files for a moment: renames retry EPERM and EBUSY for up to 30 s (reliability §(b)). */
const retryForMilliseconds = 30_000;
const retryEveryMilliseconds = 250;

function sleepSync(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/** A rename that waits out a scanner holding the file; synchronous, so a restore's steps keep their order. */
export function renameRetrying(from: string, to: string): void {
  const until = Date.now() + retryForMilliseconds;
  for (;;) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'EPERM' && code !== 'EBUSY') || Date.now() > until) throw error;
      sleepSync(retryEveryMilliseconds);
    }
  }
}

/**
 * Makes a folder's entries (a rename into it, a new file) durable. Windows cannot open a folder to flush it, and
 * NTFS journals renames itself, so there it is skipped.
 */
export function flushFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/**
 * Copies a file in chunks into a new file, flushed before it is closed: `onProgress` sees each chunk, and
 * `atHalf` runs once when half is written (the kill harness's "halfway through the copy"). The destination must
 * not exist: a restore never copies over anything.
 */
export async function copyFlushed(
  from: string,
  to: string,
  onProgress: (done: number, total: number) => void,
  atHalf: () => void = () => undefined,
): Promise<void> {
  const chunkBytes = 4 * 1024 * 1024;
  const source = await open(from, 'r');
  try {
    const target = await open(to, 'wx');
    try {
      const total = (await source.stat()).size;
      const buffer = Buffer.alloc(chunkBytes);
      let done = 0;
      let isPastHalf = false;
      for (;;) {
        const { bytesRead } = await source.read(buffer, 0, chunkBytes, done);
        if (bytesRead === 0) break;
        await target.write(buffer, 0, bytesRead, done);
        done += bytesRead;
        onProgress(done, total);
        if (!isPastHalf && done * 2 >= total) {
          isPastHalf = true;
          atHalf();
        }
      }
      await target.sync();
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

/**
 * The `damaged/` folder beside a fund file (reliability §(b) "Restore", steps 3 and 4): on the fund's own disk, so a
 * leftover `-wal` moves there by rename, never by copy; one folder per event, named after the file and the time.
 */
export function damagedFolderFor(fundPath: string, stamp: string): string {
  const base = join(dirname(fundPath), 'damaged', `${basename(fundPath).replace(/\.swfund$/i, '')}_${stamp}`);
  let folder = base;
  for (let serial = 2; existsSync(folder); serial += 1) folder = `${base}_${serial}`;
  return folder;
}

/** Moves the files beside a fund that belong to no open connection (`-wal`, `-shm`) into `folder`; answers their names. */
export function moveSideFilesAside(fundPath: string, folder: string): string[] {
  const moved: string[] = [];
  for (const suffix of ['-wal', '-shm']) {
    const path = `${fundPath}${suffix}`;
    if (!existsSync(path)) continue;
    mkdirSync(folder, { recursive: true });
    renameRetrying(path, join(folder, basename(path)));
    moved.push(basename(path));
  }
  if (moved.length > 0) {
    flushFolder(folder);
    flushFolder(dirname(fundPath));
  }
  return moved;
}
