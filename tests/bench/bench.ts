/**
 * npm run bench -- --members N --years Y   (defaults 30,000 and 10; architecture A17)
 * Builds a synthetic fund in a temporary file and prints one line per figure: the median (and p95 for search)
 * of several runs. No assertions: targets are in DEVELOPERS.md and are reported on the issue. The last two
 * figures run web mode in Chromium (`--web-runs N` cold launches, default 5) on dist/renderer, built first if it
 * is missing or stale; `--renderer DIR` times another build instead (to compare two builds). `--only import` or
 * `--only demo` prints only that figure, `--runs N` times (the members' import takes `--members`).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import { addMonths, periodFromIndex, periodIndex } from '../../shared/domain/calendar-date';
import { createHost } from '../../electron/backend/create-host';
import { upsertBatchLine } from '../../electron/backend/db/repositories/batch-repository';
import { inTransaction } from '../../electron/backend/db/execute';
import { verifyChainsSinceLastCheck } from '../../electron/backend/steps/audit-chain';
import { callContext } from '../../electron/backend/unit-of-work';
import { FileStore } from '../../electron/backend/files/file-store';
import { fundInput } from '../support/builders';
import { fixedClock, tabClients, type TabClients } from '../support/test-backend';
import { countRows, generateFund, seededRandom, syntheticMembers, type SyntheticMember } from './synthetic-fund';
import { rawInsertBaseline } from './raw-baseline';
import { benchBackup, benchRestore } from './backup-bench';
import { benchStatements } from './statement-bench';
import { benchHomeFigures } from './home-bench';
import { benchRegionImport } from './region-bench';
import { benchMemberImport } from './import-bench';
import { benchDemoFund } from './demo-bench';
import { benchWebMode, ensureRendererBuilt } from './web-bench';
import { inCash } from '../support/money-accounts';
import { statusFormFiguresOf } from '../../electron/backend/steps/status-form-figures';

/** `--fund PATH` keeps the generated fund at PATH and reuses it on the next run (for profiling; not A17's figure). */
function textOption(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function line(label: string, milliseconds: number, extra = ''): void {
  console.log(`${label.padEnd(44)} ${milliseconds.toFixed(2).padStart(10)} ms${extra ? `  ${extra}` : ''}`);
}

async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The full sync file (issue 18 §2): every part, signed, written, read back and verified, through the API. */
async function benchSyncExport(fund: TabClients['fund'], runs: number): Promise<void> {
  const syncTimes: number[] = [];
  let syncMade = { bytes: 0, members: 0, years: 0 };
  // The process's CPU time beside the clock's: on a machine busy with other work, the first is what moved.
  const cpu = process.cpuUsage();
  for (let run = 0; run < runs; run += 1)
    syncTimes.push(
      await time(async () => {
        const made = await fund['sync.export']({});
        if (!made.ok) throw new Error(made.error.message.en);
        syncMade = { bytes: made.value.bytes, members: made.value.counts.members ?? 0, years: made.value.counts['member-years'] ?? 0 };
      }),
    );
  line(
    'full sync export (job, verified)',
    quantile(syncTimes, 0.5),
    `${(syncMade.bytes / 2 ** 20).toFixed(1)} MiB, ${syncMade.members.toLocaleString('en')} members, ${syncMade.years.toLocaleString('en')} member-years; CPU ${(cpuSeconds(process.cpuUsage(cpu)) / runs).toFixed(1)} s a run; target < 5 s`,
  );
}

const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

async function main(): Promise<void> {
  const members = option('members', 30_000);
  const years = option('years', 10);
  const seed = option('seed', 20_240_101);
  const today = '2026-11-25';
  const home = mkdtempSync(join(tmpdir(), 'swf-bench-'));
  const clock = fixedClock(today);
  let connection: BetterSqlite3.Database | undefined;
  const host = createHost({ home, locationMode: 'path', clock, onConnection: (opened) => (connection = opened) });
  const { app, fund, jobs, handle } = tabClients(host);
  const db = () => {
    if (!connection) throw new Error('no connection');
    return connection;
  };
  const rendererDir = textOption('renderer');
  // `--only import` or `--only demo` times that one figure alone, in this host (to measure a change to it).
  const only = textOption('only');
  try {
    if (only === 'import' || only === 'demo') {
      for (let run = 0; run < option('runs', 1); run += 1)
        if (only === 'import') await benchMemberImport({ members, line });
        else await benchDemoFund({ app, home, size: 'large', line, run });
      return;
    }
    if (rendererDir === undefined) ensureRendererBuilt();
    console.log(`SWF Ledger benchmark: ${members.toLocaleString('en')} members × ${years} years, seed ${seed}, node ${process.version}`);
    const openedOn = `${Number(today.slice(0, 4)) - years}-${today.slice(5, 7)}-01`;
    const kept = textOption('fund');
    const location = kept ?? join(home, 'bench.swfund');
    let synthetic: SyntheticMember[] = [];
    if (kept && existsSync(kept)) {
      let failed = '';
      // A fund kept from an older version is backed up before it is migrated (issue 15): part of this open.
      const opening = await time(async () => {
        const opened = await app['funds.open']({ location });
        if (!opened.ok) failed = opened.error.message.en;
      });
      if (failed) throw new Error(failed);
      synthetic = syntheticMembers(db(), seed);
      line('generate the fund (reused, not timed)', 0, kept);
      line('open the kept fund (with any pre-migration backup)', opening);
    } else {
      const created = await app['funds.create'](fundInput(location, { openedOn, foundedOn: '2006-01-01' }));
      if (!created.ok) throw new Error(created.error.message.en);
      // The generator runs the real steps in large transactions of its own, as one long call of the bench's.
      const source = {
        connection: db(),
        clock,
        actor: { userId: 'bench', personId: null, roles: ['treasurer' as const] },
        files: new FileStore(join(home, '.transfers')),
        fundFile: { path: location, home },
      };
      const context = callContext(source, 'bench.generate', {});
      const generation = await time(() => (synthetic = generateFund(context, { members, years, seed, today })));
      db().pragma('wal_checkpoint(TRUNCATE)');
      line(
        'generate the fund',
        generation,
        `${countRows(db(), 'receipts').toLocaleString('en')} receipts, ${(statSync(location).size / 2 ** 20).toFixed(0)} MiB`,
      );
    }

    // `--only sync --fund F` times the full sync export alone on a kept fund (to measure a change to it).
    if (only === 'sync') {
      await benchSyncExport(fund, option('runs', 3));
      return;
    }

    // The hash chains as a fund's open leaves them (issue 20 §1): checked through their head, untimed here; the
    // check timed below reads only the rows the collection days add, as a daily open does.
    inTransaction(db(), () => verifyChainsSinceLastCheck(db(), clock.now()));
    const linkedBefore = countRows(db(), 'chain_links');

    // Post a month's collection for every active member, three times (three months ahead), through the API.
    const horizon = periodIndex(today.slice(0, 7));
    const postTimes: number[] = [];
    let receiptsPerMonth = 0;
    for (let run = 0; run < 3; run += 1) {
      const batch = await fund['collection.createBatch']({ collectedOn: today, collector: 'bench' });
      if (!batch.ok) throw new Error(batch.error.message.en);
      const payers = synthetic.filter((member) => member.kind === 'monthly');
      // Lines are typed by the collector one at a time in real use; here they are put in at once, untimed.
      inTransaction(db(), () => {
        for (const member of payers)
          upsertBatchLine(db(), {
            batchId: batch.value.id,
            memberId: member.id,
            monthCount: 1,
            amountSatang: 3000,
            createdAt: clock.now(),
          });
      });
      receiptsPerMonth = payers.length;
      let failed = '';
      postTimes.push(
        await time(async () => {
          const result = await fund['collection.post']({
            ...inCash,
            batchId: batch.value.id,
            requestId: `bench-post-${run}-${process.pid}-${Date.now()}`,
          });
          if (!result.ok) failed = `${result.error.code}: ${result.error.message.en}`;
        }),
      );
      if (failed) throw new Error(failed);
    }
    const rawTimes: number[] = [];
    for (let run = 0; run < 3; run += 1)
      rawTimes.push(
        rawInsertBaseline(
          db(),
          synthetic.filter((member) => member.kind === 'monthly').map((member) => member.id),
          addMonths(periodFromIndex(horizon), 30 + run),
        ),
      );
    const post = quantile(postTimes, 0.5);
    const raw = quantile(rawTimes, 0.5);
    line(`post one month's collection (${receiptsPerMonth.toLocaleString('en')} receipts)`, post);
    line('raw better-sqlite3 insert of the same rows', raw, `ratio ${(post / raw).toFixed(2)}×`);

    const random = seededRandom(seed + 1);
    const searchTimes: number[] = [];
    const queries = ['สม', 'บุญมา', 'แก้ว', '00012', '1000000012', 'ศรีสุข', 'ทอง', '2999', 'ใจดี', 'เดือน'];
    for (let run = 0; run < 200; run += 1) {
      const query = queries[run % queries.length] ?? 'สม';
      searchTimes.push(
        await time(() =>
          fund['members.search']({ query: run % 3 === 0 ? query.slice(0, 1 + Math.floor(random() * query.length)) : query, limit: 100 }),
        ),
      );
    }
    line('member search (median)', quantile(searchTimes, 0.5), `p95 ${quantile(searchTimes, 0.95).toFixed(2)} ms`);

    await benchStatements({
      app,
      fund,
      handle,
      location,
      memberIds: synthetic.map((member) => member.id),
      runs: option('cold-runs', 15),
      line,
    });

    // The list as of today, and as of a day a year back (Decision 7: receipts received since then are taken away).
    for (const [label, asOf] of [
      ['arrears list (≥ 3 months, first page)', undefined],
      ['arrears list as of a year ago', `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`],
    ] as const) {
      const arrearsTimes: number[] = [];
      let arrearsTotal = 0;
      for (let run = 0; run < 5; run += 1) {
        arrearsTimes.push(
          await time(async () => {
            const result = await fund['contributions.arrears']({ minMonths: 3, limit: 100, ...(asOf ? { asOf } : {}) });
            if (result.ok) arrearsTotal = result.value.total;
          }),
        );
      }
      line(label, quantile(arrearsTimes, 0.5), `${arrearsTotal.toLocaleString('en')} members behind`);
    }

    // The committee's lapse proposals (issue 17 §4): the whole list as of today, through the arrears fast path.
    const lapseTimes: number[] = [];
    let proposed = 0;
    for (let run = 0; run < 5; run += 1)
      lapseTimes.push(
        await time(async () => {
          const result = await fund['lapses.proposals']({});
          if (result.ok) proposed = result.value.totals.members;
        }),
      );
    line('lapse proposals (whole list)', quantile(lapseTimes, 0.5), `${proposed.toLocaleString('en')} proposed; target < 300 ms`);

    await benchHomeFigures({ fund, runs: 10, line });

    const cashTimes: number[] = [];
    const firstPage = await fund['ledger.cashBook']({ limit: 50 });
    const lastOffset = firstPage.ok ? Math.max(0, firstPage.value.total - 50) : 0;
    for (let run = 0; run < 20; run += 1)
      cashTimes.push(await time(() => fund['ledger.cashBook']({ offset: run % 2 === 0 ? 0 : lastOffset, limit: 50 })));
    line('cash-book page', quantile(cashTimes, 0.5));

    // §10 (issue 16 §5) from the monthly totals: today, and a mid-month day a year back (one month's tail read).
    const section10Times: number[] = [];
    const yearBack = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}15`;
    for (let run = 0; run < 10; run += 1)
      section10Times.push(await time(() => fund['reports.section10'](run % 2 === 0 ? {} : { asOf: yearBack })));
    line('§10 financial position', quantile(section10Times, 0.5), 'target < 100 ms');

    // Receipts and payments for the last whole fiscal year (October to September), and since founding.
    const fiscalYearEnd = `${Number(today.slice(0, 4)) - (today.slice(5, 7) >= '10' ? 0 : 1)}-09-30`;
    const fiscalYearStart = `${Number(fiscalYearEnd.slice(0, 4)) - 1}-10-01`;
    const receiptsPaymentsTimes: number[] = [];
    for (let run = 0; run < 10; run += 1)
      receiptsPaymentsTimes.push(
        await time(async () => {
          const report = await fund['reports.receiptsPayments']({ from: run % 2 === 0 ? fiscalYearStart : openedOn, to: fiscalYearEnd });
          if (!report.ok) throw new Error(report.error.message.en);
        }),
      );
    line('receipts and payments for a fiscal year', quantile(receiptsPaymentsTimes, 0.5), 'target < 100 ms');

    // The status form of the last whole fiscal year: its figures (what the monthly totals answer), then the A4 job.
    const statusYear = Number(fiscalYearEnd.slice(0, 4));
    const figureTimes: number[] = [];
    for (let run = 0; run < 10; run += 1) figureTimes.push(await time(() => statusFormFiguresOf(db(), statusYear, today)));
    line('status form figures for a fiscal year', quantile(figureTimes, 0.5), 'target < 100 ms');
    const statusFormTimes: number[] = [];
    for (let run = 0; run < 3; run += 1)
      statusFormTimes.push(
        await time(async () => {
          const made = await fund['exports.statusForm']({ fiscalYear: statusYear, format: 'pdf' });
          if (!made.ok) throw new Error(made.error.message.en);
        }),
      );
    line('status form on A4 (job, PDF rendered)', quantile(statusFormTimes, 0.5));
    const trialTimes: number[] = [];
    for (let run = 0; run < 10; run += 1) trialTimes.push(await time(() => fund['books.trialBalance']({})));
    line('trial balance as of today', quantile(trialTimes, 0.5));
    const checklistTimes: number[] = [];
    for (let run = 0; run < 5; run += 1) checklistTimes.push(await time(() => fund['yearEnd.checklist']({ fiscalYear: statusYear })));
    line('year-end checklist', quantile(checklistTimes, 0.5));

    // The certification self-assessment (issue 17 §5): the four criteria as of today, as the home card asks for them.
    const assessmentTimes: number[] = [];
    let lights = '';
    for (let run = 0; run < 10; run += 1)
      assessmentTimes.push(
        await time(async () => {
          const assessment = await fund['certification.assess']({});
          if (!assessment.ok) throw new Error(assessment.error.message.en);
          lights = assessment.value.criteria.map((criterion) => criterion.status).join(', ');
        }),
      );
    line('certification self-assessment', quantile(assessmentTimes, 0.5), `target < 200 ms; ${lights}`);

    // The member register of the whole fund in Excel, as the members page asks for it: a job through the API.
    const registerTimes: number[] = [];
    let registerBytes = 0;
    for (let run = 0; run < 2; run += 1)
      registerTimes.push(
        await time(async () => {
          const made = await fund['exports.memberRegister']({ format: 'xlsx' });
          if (!made.ok) throw new Error(made.error.message.en);
          registerBytes = made.value.bytes;
        }),
      );
    line('member register to Excel (job)', quantile(registerTimes, 0.5), `${(registerBytes / 2 ** 20).toFixed(1)} MiB; target < 5 s`);

    await benchSyncExport(fund, 2);

    // The check at open after three collection days, and the full check of both chains from their first row (a job).
    let broken: unknown = null;
    const openCheck = await time(() => (broken = inTransaction(db(), () => verifyChainsSinceLastCheck(db(), clock.now()))));
    if (broken) throw new Error(`hash chain broken: ${JSON.stringify(broken)}`);
    line(
      'hash chains: check at open (3 collection days new)',
      openCheck,
      `${(countRows(db(), 'chain_links') - linkedBefore).toLocaleString('en')} rows`,
    );
    let checkedRows = 0;
    const fullCheck = await time(async () => {
      const report = await fund['audit.verifyChains']({});
      if (!report.ok) throw new Error(report.error.message.en);
      checkedRows = report.value.chains.reduce((sum, chain) => sum + chain.rows, 0);
    });
    line('hash chains: full check (job)', fullCheck, `${checkedRows.toLocaleString('en')} rows`);

    // Welfare (issue 3): one claim decided through the API, and a what-if of one welfare type for every member.
    // A fund kept with --fund already has the template from its first run.
    const existing = await fund['welfare.types']({});
    const applied =
      existing.ok && existing.value.length > 0
        ? existing
        : await fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: openedOn });
    if (!applied.ok) throw new Error(applied.error.message.en);
    const hospital = applied.value.find((type) => type.code === 'hospital');
    const death = applied.value.find((type) => type.code === 'death');
    const decideTimes: number[] = [];
    for (let run = 0; run < 100; run += 1) {
      const member = synthetic[Math.floor(random() * synthetic.length)];
      decideTimes.push(
        await time(() =>
          fund['welfare.decide']({
            typeId: hospital?.id ?? 0,
            memberId: member?.id ?? 1,
            eventDate: '2026-09-15',
            units: 3,
            recipient: { kind: 'member' },
          }),
        ),
      );
    }
    line('decide one welfare claim', quantile(decideTimes, 0.5));
    // The what-if runs as the app runs it: a job through the API, judged member by member, nothing written.
    const whatIfTimes: number[] = [];
    let eligible = 0;
    for (let run = 0; run < 3; run += 1) {
      whatIfTimes.push(
        await time(async () => {
          const result = await fund['welfare.whatIf']({ typeId: death?.id ?? 0, eventDate: '2026-09-15', recipient: 'beneficiary' });
          if (!result.ok) throw new Error(result.error.message.en);
          eligible = result.value.eligible;
        }),
      );
    }
    line(
      `what-if: death benefit for all ${synthetic.length.toLocaleString('en')} members (job, median of 3)`,
      quantile(whatIfTimes, 0.5),
      `${eligible.toLocaleString('en')} eligible`,
    );

    // Issue 15: a backup of the whole fund as a job, with the screen's reads answered meanwhile, and its checks.
    const profile = await fund['fund.get']({});
    if (!profile.ok) throw new Error(profile.error.message.en);
    const backup = await benchBackup({ fund, jobs, home, fundUuid: profile.value.uuid, line });

    // Web mode in a real browser: a copy of this fund in a web host's fund folder, a cold Chromium per run.
    await benchWebMode({
      copyFund: async (path) => {
        const copied = await app['funds.saveCopy']({ source: { fund: handle() }, location: path, intent: 'separate' });
        if (!copied.ok) throw new Error(copied.error.message.en);
      },
      runs: option('web-runs', 5),
      line,
      rendererDir,
    });
    // Issue 18's regional collector: a thousand typical funds' files into one workspace.
    await benchRegionImport({ home, line, files: option('region-files', 1000), members: option('region-members', 300), seed });
    // Issue 19: a fund's Excel list of members into a fresh fund of its own, preview included.
    await benchMemberImport({ members, line });
    // Issue 19 §3's trainer mode: the large demo fund (30,000 members × 10 years) made in one step, target < 60 s.
    await benchDemoFund({ app, home, size: 'large', line });
    // Last, because the restored fund opens under a new handle.
    await benchRestore({ app, location, backup, line });
  } finally {
    host.close();
    rmSync(home, { recursive: true, force: true });
  }
}

await main();
