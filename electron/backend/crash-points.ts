/**
 * Named crash points for the kill harness (reliability §(f)): with `SWF_CRASH_AT` set to a point's name, the
 * backend kills itself there with SIGKILL — no cleanup, no `finally`, exactly as a crash or a killed process
 * leaves things — so a test can prove that each step of a multi-file operation is finished or undone at the next
 * start. Unset (always, outside the tests), each point is one string comparison.
 */
export const crashPoints = {
  /** Backups (backups/make-backup.ts). */
  backup: [
    'backup-step-1', // the backup API has written the .tmp copy
    'backup-step-2', // the copy is verified and hashed, not yet renamed into place
    'backup-step-3', // renamed into place, not yet in the index
    'backup-step-4', // in the index, not yet in the fund's backup log
  ],
  /** Restore (backups/restore-fund.ts), by reliability §(b)'s six steps. */
  restore: [
    'restore-step-1', // the chosen backup is re-verified; nothing is written yet
    'restore-step-2', // the current file is kept (pre-restore backup or damaged/ copy); no intent yet
    'restore-step-3', // restore-intent.json is written; the fund is still open
    'restore-step-4', // the fund is closed; a leftover -wal is still beside it
    'restore-step-5', // any leftover -wal is moved into damaged/; no copy yet
    'restore-step-6', // halfway through copying the backup to <file>.restoring
    'restore-step-7', // the copy is whole and flushed, not yet renamed over the fund file
    'restore-step-8', // renamed over the fund file; not reopened
    'restore-step-9', // reopened (and migrated); the restore not yet audited
    'restore-step-10', // audited; restore-intent.json not yet deleted
  ],
  /** Posting a collection day (use-cases/collection.ts); its commit is `before-commit:collection.post`. */
  posting: ['posting-after-insert'], // the receipts and their entries are inserted, the day not yet marked posted
} as const;

/**
 * Points named by what they follow: any unit of work's last step before COMMIT (`before-commit:<method>`, its
 * rows and their chain links all written), and each migration inside its own transaction, after its SQL and code
 * step, before `user_version` is committed (`migration-step-<version>`).
 */
export type CrashPoint = (typeof crashPoints)[keyof typeof crashPoints][number] | `before-commit:${string}` | `migration-step-${number}`;

export function crashPoint(name: CrashPoint): void {
  if (process.env.SWF_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
}
