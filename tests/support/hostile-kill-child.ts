// The child of the posting, import and migration kill harness (reliability §(f), issue 20): the real backend host on
// a real fund file with production settings. It starts, loads everything and says `READY`, then waits for `GO` on
// stdin, so the parent can have the next child warm while it checks the file the last one left (a kill costs the
// check, not a start). Then it opens the fund as the app does (a migration runs there), says `START`, and works
// until it is killed: every committed request is acknowledged with `ACK <request>` right after the answer, with
// fs.writeSync so nothing waits in a buffer when the kill comes. SWF_CRASH_AT makes it kill itself at a named point
// (electron/backend/crash-points.ts, and `after-commit-before-ack` here).
//
//   node kill-child.mjs HOME FUND_FILE post      collection days of one month per member, posted, one after another
//   node kill-child.mjs HOME FUND_FILE import    CSV sheets of new members, opened and committed, one after another
//   node kill-child.mjs HOME FUND_FILE migrate   open (migrating the file), then stop
import { writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createHost } from '../../electron/backend/create-host';
import { seededRandom } from '../../electron/backend/demo/seeded-random';
import { citizenIdOf, csvBytes } from './import-files';
import { fixedClock } from './test-backend';

const modes = ['post', 'import', 'migrate'];
const [home, location, mode = ''] = process.argv.slice(2);
if (!home || !location || !modes.includes(mode)) {
  process.stderr.write(`usage: hostile-kill-child HOME FUND_FILE ${modes.join('|')}\n`);
  process.exit(2);
}
const say = (line: string) => writeSync(1, `${line}\n`);
const crashAt = process.env.SWF_CRASH_AT ?? '';
const random = seededRandom(Number(process.env.SWF_SEED ?? 1));

const migrationsFolder = process.env.SWF_MIGRATIONS;
const host = createHost({
  home,
  locationMode: 'path',
  clock: fixedClock('2026-11-25'),
  log: () => undefined,
  ...(migrationsFolder ? { migrationsFolder } : {}),
});
say('READY');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; field?: string; message: { en: string } } };
async function call(method: string, input: unknown, handle: string): Promise<Record<string, unknown>> {
  const answer = (await host.dispatch('fund', method, input, handle)) as Answer;
  if (!answer.ok) {
    say(`FAILED ${method} ${answer.error.code} ${answer.error.field ?? ''} ${answer.error.message.en}`);
    process.exit(1);
  }
  return answer.value as Record<string, unknown>;
}

/** Acknowledged to the parent only once the answer is back, the commit behind it. */
function acknowledge(request: string): void {
  if (crashAt === 'after-commit-before-ack') process.kill(process.pid, 'SIGKILL');
  say(`ACK ${request}`);
}

// A migration is the work of opening: the kill's clock starts before it.
if (mode === 'migrate') say('START');
const opened = (await host.dispatch('app', 'funds.open', { location })) as Answer;
if (!opened.ok) {
  say(`FAILED funds.open ${opened.error.code} ${opened.error.message.en}`);
  process.exit(1);
}
const handle = (opened.value as { handle: string }).handle;
if (mode !== 'migrate') say('START');

type Batch = { id: number; state: string; collectedOn: string };
/** One collection day after another, each of a few members' next month, posted as the collector would. */
async function postDays(): Promise<never> {
  const members = ((await call('members.search', { limit: 500 }, handle)).rows as { id: number }[]).map((row) => row.id);
  const batches = (await call('collection.listBatches', { limit: 500 }, handle)).rows as Batch[];
  // A day a killed child left unposted is posted first, under its own request id: a retry, as the app makes one.
  const draft = batches.find((batch) => batch.state !== 'posted');
  let next = batches.length;
  for (let pending = draft?.id; ; pending = undefined) {
    let batchId = pending;
    if (batchId === undefined) {
      next += 1;
      const collectedOn = new Date(Date.UTC(2025, 0, next)).toISOString().slice(0, 10);
      batchId = (await call('collection.createBatch', { collectedOn, collector: 'เหรัญญิก' }, handle)).id as number;
    }
    // A new day, or one killed before its first line: a few members, each once, the next month of each.
    if (((await call('collection.getBatch', { batchId }, handle)).lines as unknown[]).length === 0) {
      const day = members.filter(() => random() < 0.25);
      for (const memberId of day.length > 0 ? day : members.slice(0, 1))
        await call('collection.setLine', { batchId, memberId, monthCount: 1, amountSatang: 3000 }, handle);
    }
    const requestId = `post-day-${batchId}`;
    await call('collection.post', { batchId, requestId, accountCode: '3100' }, handle);
    acknowledge(requestId);
  }
}

const importHeaders = ['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด', 'วันที่เป็นสมาชิก', 'ส่งเงินสมทบถึงเดือน'];
const membersPerSheet = 5;

/** Sheets of new members (from before the opening date), each committed whole, one after another. */
async function importSheets(): Promise<never> {
  for (let sheet = 0; ; sheet += 1) {
    const total = (await call('members.search', { limit: 1 }, handle)).total as number;
    const serials = Array.from({ length: membersPerSheet }, (_, row) => 5000 + total + row);
    const rows = serials.map((serial) => [citizenIdOf(serial), 'นาง', 'นำเข้า', `แผ่นที่${serial}`, '12/05/2505', '15/06/2560', '09/2566']);
    const path = join(home ?? '', `sheet-${process.pid}-${sheet}.csv`);
    writeFileSync(path, csvBytes([importHeaders, ...rows], 'utf-8'));
    const received = (await host.dispatch('app', 'files.receive', { location: path })) as Answer;
    if (!received.ok) throw new Error(received.error.code);
    const fileId = (received.value as { fileId: string }).fileId;
    const opened_ = await call('memberImport.open', { fileId }, handle);
    const mapping = (opened_.columns as { field: string | null }[]).map((column, index) => ({
      column: index,
      field: column.field,
      era: 'auto',
    }));
    const sha256 = opened_.sha256 as string;
    const committed = await call(
      'memberImport.commit',
      { fileId, mapping, defaultApprovalRef: 'ทะเบียนสมาชิกเดิม', sha256, acceptedCount: membersPerSheet },
      handle,
    );
    acknowledge(`import-${String(committed.firstMemberNo)}`);
  }
}

if (mode === 'post') await postDays();
if (mode === 'import') await importSheets();
// migrate: opening was the work.
say('DONE');
host.close();
process.exit(0);
