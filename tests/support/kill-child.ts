// The child of the kill harness (reliability §(f)): the real backend host, on a real fund file with production
// settings, runs one backup or one restore, then exits. The parent SIGKILLs it after a random delay, or
// SWF_CRASH_AT makes it kill itself at a named step (electron/backend/crash-points.ts). It writes `START` once the
// host is up and the fund open, and `DONE <json>` when the operation answered, with fs.writeSync so nothing waits
// in a buffer when the kill comes.
//
//   node --import tsx tests/support/kill-child.ts HOME FUND_FILE backup
//   node --import tsx tests/support/kill-child.ts HOME FUND_FILE restore BACKUP_FILE_NAME         (the fund open first)
//   node --import tsx tests/support/kill-child.ts HOME FUND_FILE restore-closed BACKUP_FILE_NAME  (from the start screen)
//   node --import tsx tests/support/kill-child.ts HOME FUND_FILE write-and-crash                  (leaves a crash -wal)
import { writeSync } from 'node:fs';
import { createHost } from '../../electron/backend/create-host';
import { memberInput } from './builders';

const operations = ['backup', 'restore', 'restore-closed', 'write-and-crash'];
const [home, location, operation = '', backupFileName] = process.argv.slice(2);
if (!home || !location || !operations.includes(operation)) {
  process.stderr.write(`usage: kill-child HOME FUND_FILE ${operations.join('|')} [BACKUP_FILE_NAME]\n`);
  process.exit(2);
}

// Bundled for speed by the kill test, the child is told where the migrations are (as the desktop build is).
const migrationsFolder = process.env.SWF_MIGRATIONS;
const host = createHost({ home, locationMode: 'path', log: () => undefined, ...(migrationsFolder ? { migrationsFolder } : {}) });
if (operation === 'restore-closed') {
  writeSync(1, 'START\n');
  const answer = await host.dispatch('app', 'backups.restore', { location, backupFileName });
  writeSync(1, `DONE ${JSON.stringify(answer.ok ? { ok: true } : { ok: false, code: answer.error.code })}\n`);
  host.close();
  process.exit(0);
}
const opened = await host.dispatch('app', 'funds.open', { location });
if (!opened.ok) {
  writeSync(1, `FAILED ${JSON.stringify(opened.error)}\n`);
  process.exit(1);
}
writeSync(1, 'START\n');
if (operation === 'write-and-crash') {
  // A member saved, then the process dies before any checkpoint: the change lives only in the -wal.
  const saved = await host.dispatch('fund', 'members.register', memberInput(90), (opened.value as { handle: string }).handle);
  writeSync(1, `SAVED ${String(saved.ok)}\n`);
  process.kill(process.pid, 'SIGKILL');
}
const answer =
  operation === 'backup'
    ? await host.dispatch('fund', 'backups.make', { kind: 'manual' }, (opened.value as { handle: string }).handle)
    : await host.dispatch('app', 'backups.restore', { location, backupFileName });
writeSync(1, `DONE ${JSON.stringify(answer.ok ? { ok: true } : { ok: false, code: answer.error.code })}\n`);
host.close();
