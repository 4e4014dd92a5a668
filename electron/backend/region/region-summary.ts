import type { FundFigures, OverdueFund, RegionFundRow, RegionSortKey, RegionTableQuery } from '../../../shared/api/region-types';
import { defaultThresholds, windowStart } from '../../../shared/domain/certification/assessment';
import { listFundSummaries, listPendingFiles } from '../db/region/region-repository';
import type { RegionWorkspace } from './region-workspace';

/** A fund pinned but not yet imported: no figures yet. */
const noFigures: FundFigures = {
  fiscalYear: null,
  membersCurrent: null,
  membersCumulative: null,
  moneyOnHandSatang: null,
  welfare: [],
  criteria: [],
};

/** The region's table (issue 18 §4): every pinned fund with its latest figures, filtered by place and sorted. */
export function regionTable(workspace: RegionWorkspace, query: RegionTableQuery = {}): RegionFundRow[] {
  const rows = listFundSummaries(workspace.connection)
    .filter((row) => query.provinceCode === undefined || row.provinceCode === query.provinceCode)
    .filter((row) => query.districtCode === undefined || row.districtCode === query.districtCode)
    .map(({ summary, ...fund }): RegionFundRow => ({ ...fund, ...(summary ?? noFigures), lastExportOn: summary?.lastExportOn ?? null }));
  const sort = query.sort ?? 'code';
  const direction = query.descending === true ? -1 : 1;
  // Unknown figures (a fund pinned but not yet imported) sort last either way; the code breaks ties.
  return rows.sort((left, right) => {
    const [a, b] = [sortValue(left, sort), sortValue(right, sort)];
    if (a === null || b === null) return a === b ? left.code.localeCompare(right.code) : a === null ? 1 : -1;
    const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'th');
    return order === 0 ? left.code.localeCompare(right.code) : order * direction;
  });
}

function sortValue(row: RegionFundRow, key: RegionSortKey): string | number | null {
  switch (key) {
    case 'province':
      return row.provinceName;
    case 'district':
      return row.districtName;
    default:
      return row[key];
  }
}

/**
 * The roster to chase (domain Decision 14: "current" is within 12 months): funds pinned but never imported, funds
 * whose files wait for a key to be confirmed, and funds whose last file is older than the window ending on `day`.
 */
export function overdueFunds(workspace: RegionWorkspace, day: string, months = defaultThresholds.syncMonths): OverdueFund[] {
  const since = windowStart(day, months);
  const pinned = regionTable(workspace);
  const known = new Set(pinned.map((row) => row.fundUuid));
  const roster: OverdueFund[] = pinned
    .filter((row) => row.lastExportOn === null || row.lastExportOn < since)
    .map((row) => ({
      fundUuid: row.fundUuid,
      code: row.code,
      name: row.name,
      provinceName: row.provinceName,
      districtName: row.districtName,
      lastExportOn: row.lastExportOn,
      state: row.lastExportOn === null ? 'never-exported' : 'overdue',
    }));
  for (const file of listPendingFiles(workspace.connection)) {
    if (known.has(file.fundUuid)) continue;
    known.add(file.fundUuid);
    const { fundUuid, code, name, provinceName, districtName } = file;
    roster.push({ fundUuid, code, name, provinceName, districtName, lastExportOn: null, state: 'waiting-for-pin' });
  }
  return roster;
}
