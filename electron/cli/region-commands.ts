import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { ImportOutcome, RegionFundRow } from '../../shared/api/region-types';

/**
 * `swf region …` (issue 18 §5) for regional staff: import files or folders into a workspace (made if missing), a
 * line per file; confirm a new fund's fingerprint; approve a re-base; print the region's table and write its Excel
 * summary. Messages in Thai and English, as `swf sync verify` gives them.
 */

type Write = (text: string) => void;

/** Who acts: SWF_OFFICER names the officer when the computer's account does not. */
function officer(): string {
  return process.env.SWF_OFFICER ?? userInfo().username;
}

function today(): string {
  return new Date().toLocaleDateString('en-CA');
}

async function tools() {
  const [{ openRegionWorkspace }, { translateError }] = await Promise.all([
    import('../backend/region/region-workspace'),
    import('../backend/messages'),
  ]);
  const options = { officer: officer(), now: () => new Date().toISOString() };
  const both = (code: string, params: Record<string, string | number> = {}) => {
    const { message } = translateError({ code, params });
    return `${message.th} / ${message.en}`;
  };
  return { openRegionWorkspace, options, both };
}

function outcomeLine(outcome: ImportOutcome, both: (code: string, params?: Record<string, string | number>) => string): string {
  switch (outcome.outcome) {
    case 'imported':
      return `${outcome.file}\timported\tfund ${outcome.code} (${outcome.fundUuid})\tsequence ${outcome.sequence}${outcome.rebased ? '\tre-based' : ''}\n`;
    case 'already-imported':
      return `${outcome.file}\talready imported\tfund ${outcome.code}\tsequence ${outcome.sequence}\t${both('sync-already-imported', { date: outcome.importedAt })}\n`;
    case 'new-fund':
      return `${outcome.file}\twaiting for fingerprint confirmation\tfund ${outcome.code} (${outcome.fundUuid})\tfingerprint ${outcome.fingerprint}\t${both('sync-new-fund', { fingerprint: outcome.fingerprint })}\n`;
    case 'rejected': {
      const where = outcome.part === undefined ? '' : ` [${outcome.part}${outcome.line === undefined ? '' : `:${outcome.line}`}]`;
      return `${outcome.file}\t${outcome.reason}${where}\t${both(`sync-${outcome.reason}`, outcome.params)}\t(${outcome.detail})\n`;
    }
  }
}

/** Exit status 1 if any file was refused; waiting and already-imported files are not refusals. */
export async function importCommand(workspacePath: string, inputs: readonly string[], write: Write, progress: Write): Promise<number> {
  const [{ importSyncFiles }, { openRegionWorkspace, options, both }] = await Promise.all([
    import('../backend/region/import-sync-files'),
    tools(),
  ]);
  const workspace = openRegionWorkspace(resolve(workspacePath), { create: true });
  try {
    const outcomes = await importSyncFiles(workspace, inputs, {
      ...options,
      onProgress: (done, total) => progress(`\r${done}/${total}${done === total ? '\n' : ''}`),
    });
    for (const outcome of outcomes) write(outcomeLine(outcome, both));
    return outcomes.some((outcome) => outcome.outcome === 'rejected') ? 1 : 0;
  } finally {
    workspace.close();
  }
}

export async function pinCommand(workspacePath: string, fundUuid: string, fingerprint: string, write: Write): Promise<number> {
  const [{ pinFund }, { openRegionWorkspace, options, both }] = await Promise.all([import('../backend/region/officer-actions'), tools()]);
  const workspace = openRegionWorkspace(resolve(workspacePath));
  try {
    const pinned = await pinFund(workspace, { fundUuid, fingerprint }, options);
    if (!pinned.ok) {
      write(`${fundUuid}\t${pinned.error.code}\t${both(pinned.error.code, pinned.error.params)}\n`);
      return 1;
    }
    write(`${fundUuid}\tpinned\tfingerprint ${pinned.value.fingerprint}\n`);
    for (const outcome of pinned.value.outcomes) write(outcomeLine(outcome, both));
    return pinned.value.outcomes.some((outcome) => outcome.outcome === 'rejected') ? 1 : 0;
  } finally {
    workspace.close();
  }
}

export async function rebaseCommand(workspacePath: string, fundUuid: string, reason: string, write: Write): Promise<number> {
  const [{ rebaseFund }, { openRegionWorkspace, options, both }] = await Promise.all([
    import('../backend/region/officer-actions'),
    tools(),
  ]);
  const workspace = openRegionWorkspace(resolve(workspacePath));
  try {
    const approved = rebaseFund(workspace, { fundUuid, reason }, options);
    write(approved.ok ? `${fundUuid}\tre-base approved\n` : `${fundUuid}\t${approved.error.code}\t${both(approved.error.code)}\n`);
    return approved.ok ? 0 : 1;
  } finally {
    workspace.close();
  }
}

/** The workspace's public key file (`.swfkey`) for the funds it collects from, with the fingerprint to read out. */
export async function keyCommand(workspacePath: string, outFile: string, write: Write): Promise<number> {
  const [{ exportWorkspaceKey }, { openRegionWorkspace }] = await Promise.all([import('../backend/region/workspace-key'), tools()]);
  const workspace = openRegionWorkspace(resolve(workspacePath));
  try {
    const written = await exportWorkspaceKey(workspace, resolve(outFile));
    write(`written\t${written.path}\t${written.bytes} bytes\tfingerprint ${written.fingerprint}\n`);
    return 0;
  } finally {
    workspace.close();
  }
}

function tableLine(row: RegionFundRow): string {
  const baht = (satang: number | null) => (satang === null ? '' : (satang / 100).toFixed(2));
  const criteria = row.criteria.map((criterion) => `${criterion.key}=${criterion.status}`).join(',');
  const welfare = baht(row.lastExportOn === null ? null : row.welfare.reduce((sum, line) => sum + line.yearSatang, 0));
  return [
    row.code,
    row.name,
    row.provinceName,
    row.districtName,
    row.lastExportOn ?? '',
    row.membersCurrent ?? '',
    baht(row.moneyOnHandSatang),
    welfare,
    criteria,
  ].join('\t');
}

export type SummaryOptions = { xlsx?: string; provinceCode?: string; districtCode?: string; day?: string };

/** The region's table on stdout (tab-separated), the roster of funds to follow up after it, and the workbook if asked. */
export async function summaryCommand(workspacePath: string, summary: SummaryOptions, write: Write): Promise<number> {
  const [{ regionTable, overdueFunds }, { writeRegionSummary }, { openRegionWorkspace }] = await Promise.all([
    import('../backend/region/region-summary'),
    import('../backend/region/region-excel'),
    tools(),
  ]);
  const workspace = openRegionWorkspace(resolve(workspacePath));
  try {
    const day = summary.day ?? today();
    const rows = regionTable(workspace, {
      ...(summary.provinceCode === undefined ? {} : { provinceCode: summary.provinceCode }),
      ...(summary.districtCode === undefined ? {} : { districtCode: summary.districtCode }),
    });
    const roster = overdueFunds(workspace, day).filter(
      (fund) => rows.some((row) => row.fundUuid === fund.fundUuid) || fund.state === 'waiting-for-pin',
    );
    write('code\tname\tprovince\tdistrict\tlast export\tmembers\tmoney on hand (baht)\twelfare this year (baht)\tcriteria\n');
    for (const row of rows) write(`${tableLine(row)}\n`);
    for (const fund of roster) write(`follow up\t${fund.code}\t${fund.name}\t${fund.state}\t${fund.lastExportOn ?? ''}\n`);
    if (summary.xlsx !== undefined) {
      const written = await writeRegionSummary(resolve(summary.xlsx), rows, roster, day);
      write(`written\t${resolve(summary.xlsx)}\t${written.bytes} bytes\n`);
    }
    return 0;
  } finally {
    workspace.close();
  }
}
