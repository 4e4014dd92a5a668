import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** How long a rename keeps trying while an antivirus holds a new file (reliability.md §(b): up to 30 s on Windows). */
const retryForMilliseconds = 30_000;
const retryCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** A rename, retried while Windows says the file is busy; across drives a flushed copy, then the original removed. */
export async function renameWithRetry(from: string, to: string, retryFor = process.platform === 'win32' ? retryForMilliseconds : 0) {
  const started = Date.now();
  for (let wait = 100; ; wait = Math.min(wait * 2, 2000)) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EXDEV') {
        copyFileSync(from, to);
        rmSync(from);
        return;
      }
      if (!retryCodes.has(code) || Date.now() - started + wait > retryFor) throw error;
      await sleep(wait);
    }
  }
}

/** The folder a set-aside file goes to: `damaged/` beside the fund, else `SWF_HOME/damaged/` (issue 15 §4). */
function damagedFolders(fundPath: string, home: string): string[] {
  return [join(dirname(fundPath), 'damaged'), join(home, 'damaged')];
}

/** SHA-256 of a file read in chunks: a WAL can be hundreds of megabytes. */
function fileSha256(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1024 * 1024);
  const handle = openSync(path, 'r');
  try {
    for (let read = readSync(handle, chunk); read > 0; read = readSync(handle, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(handle);
  }
  return hash.digest('hex');
}

function stampOf(instant: string): string {
  return instant.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

export type SetAside = { from: string; keptAt: string };

/**
 * Moves a file that must not be used with the fund (a foreign or stale `-wal`, a stray rollback journal) into a
 * `damaged/` folder, with a note saying what it was and why. It is kept, never deleted: it may be the only copy of
 * someone's changes. Undefined when it could be moved nowhere (a read-only folder): it then stays where it is and
 * the fund is read from a private copy that leaves it out.
 */
export async function setAside(
  path: string,
  fundPath: string,
  note: { reason: string; why: string; at: string },
  home: string,
): Promise<SetAside | undefined> {
  const sha256 = fileSha256(path);
  for (const folder of damagedFolders(fundPath, home)) {
    try {
      mkdirSync(folder, { recursive: true });
      let target = join(folder, `${basename(path)}.${stampOf(note.at)}`);
      for (let count = 2; existsSync(target); count += 1) target = join(folder, `${basename(path)}.${stampOf(note.at)}-${count}`);
      await renameWithRetry(path, target);
      writeFileSync(
        `${target}.json`,
        JSON.stringify({ ...note, file: path, fund: fundPath, bytes: statSync(target).size, sha256 }, null, 2),
      );
      return { from: path, keptAt: target };
    } catch {
      // This folder takes nothing (read-only, missing rights): try the next.
    }
  }
  return undefined;
}
