import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RestoreSafety } from '../../../shared/api/restore-types';
import { flushFolder, renameRetrying } from './restore-files';

/**
 * `restore-intent.json` (reliability §(b) "Restore", step 4): written and flushed before the fund file is touched,
 * deleted only once the restored file is open and audited. A process killed in between leaves it behind, and the
 * next start reads it before anything else: the fund file that was not yet replaced is left as it was (its moved
 * `-wal` put back), one that was replaced is opened and audited. The rename over the fund file is the one moment
 * that decides which: the file then has a new file-system identity.
 */
export type RestoreIntent = {
  version: 1;
  restoreId: string;
  /** The process restoring: a second process at the same SWF_HOME leaves a live restore alone. */
  pid: number;
  startedAt: string;
  actor: string;
  fundPath: string;
  /** The fund file's file-system id before the restore (bigint as text); null when there was no file. */
  originalIno: string | null;
  backup: { path: string; fileName: string; sha256: string; madeAt: string | null };
  safety: RestoreSafety;
  /** Where a leftover `-wal` (and `-shm`) beside the fund is moved, and from where a rollback puts it back. */
  asideFolder: string;
};

export function restoresFolder(home: string): string {
  return join(home, 'Restores');
}

function intentPath(home: string, restoreId: string): string {
  return join(restoresFolder(home), restoreId, 'restore-intent.json');
}

export function writeRestoreIntent(home: string, intent: RestoreIntent): void {
  const path = intentPath(home, intent.restoreId);
  const folder = join(restoresFolder(home), intent.restoreId);
  mkdirSync(folder, { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(intent, null, 2));
  const handle = openSync(temporary, 'r+');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameRetrying(temporary, path);
  flushFolder(folder);
}

export function deleteRestoreIntent(home: string, restoreId: string): void {
  rmSync(join(restoresFolder(home), restoreId), { recursive: true, force: true });
}

function isIntent(value: unknown): value is RestoreIntent {
  const intent = value as Partial<RestoreIntent> | null;
  return (
    typeof intent === 'object' &&
    intent !== null &&
    intent.version === 1 &&
    typeof intent.restoreId === 'string' &&
    typeof intent.fundPath === 'string' &&
    typeof intent.asideFolder === 'string' &&
    typeof intent.backup?.fileName === 'string'
  );
}

/**
 * Every intent left at this SWF_HOME. A folder holding only a half-written `restore-intent.json.tmp` is a restore
 * killed before its intent existed, so before it touched anything: it is simply removed.
 */
export function leftoverRestoreIntents(home: string): RestoreIntent[] {
  const folder = restoresFolder(home);
  if (!existsSync(folder)) return [];
  const intents: RestoreIntent[] = [];
  for (const restoreId of readdirSync(folder)) {
    const path = intentPath(home, restoreId);
    if (!existsSync(path)) {
      rmSync(join(folder, restoreId), { recursive: true, force: true });
      continue;
    }
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (isIntent(parsed)) intents.push(parsed);
    } catch {
      // Written by rename after a flush, so never half; an unreadable one is not ours to act on.
    }
  }
  return intents;
}

/** Whether another live process is still running the restore (its pid answers); this process's own never is. */
export function isRunningElsewhere(intent: RestoreIntent): boolean {
  if (intent.pid === process.pid) return false;
  try {
    process.kill(intent.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
