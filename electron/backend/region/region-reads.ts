import type { PendingFund, RegionOverview, RegionPlace, RegionTablePage, RegionTableQuery } from '../../../shared/api/region-types';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { listOfficerActions } from '../db/region/officer-repository';
import type { FileStore } from '../files/file-store';
import { documentText } from '../messages';
import { pendingFiles } from './officer-actions';
import { openAlerts } from './region-alerts';
import { writeRegionSummary } from './region-excel';
import { overdueFunds, regionTable } from './region-summary';
import type { RegionWorkspace } from './region-workspace';

/** The workspace's own reads for the app (issue 18 §4): its home, its table with the places to filter by, its workbook. */

/** The funds waiting for a key, one line each, with how many of their files wait. */
function waitingFunds(workspace: RegionWorkspace): PendingFund[] {
  const byFund = new Map<string, PendingFund>();
  for (const file of pendingFiles(workspace)) {
    const known = byFund.get(file.fundUuid);
    if (known) {
      known.files += 1;
      continue;
    }
    const { fundUuid, code, name, provinceCode, provinceName, districtCode, districtName, fingerprint, sequence, receivedAt } = file;
    byFund.set(fundUuid, {
      fundUuid,
      code,
      name,
      provinceCode,
      provinceName,
      districtCode,
      districtName,
      fingerprint,
      files: 1,
      firstSequence: sequence,
      receivedAt,
    });
  }
  return [...byFund.values()];
}

export function regionOverview(workspace: RegionWorkspace, today: string): RegionOverview {
  return {
    funds: regionTable(workspace).length,
    waiting: waitingFunds(workspace),
    alerts: openAlerts(workspace.quarantineFolder),
    roster: overdueFunds(workspace, today),
    actions: listOfficerActions(workspace.connection, 20),
  };
}

function distinctPlaces(places: readonly RegionPlace[]): RegionPlace[] {
  const byCode = new Map(places.map((place) => [place.code, place]));
  return [...byCode.values()].sort((left, right) => left.name.localeCompare(right.name, 'th'));
}

/** The table as filtered and sorted, and every province and district of the region's funds for the filters. */
export function regionTablePage(workspace: RegionWorkspace, query: RegionTableQuery): RegionTablePage {
  const all = regionTable(workspace);
  return {
    rows: regionTable(workspace, query),
    provinces: distinctPlaces(all.map((row) => ({ code: row.provinceCode, name: row.provinceName, provinceCode: row.provinceCode }))),
    districts: distinctPlaces(all.map((row) => ({ code: row.districtCode, name: row.districtName, provinceCode: row.provinceCode }))),
  };
}

/**
 * The region's summary workbook as the table shows it (filtered and sorted), with the roster of the funds in it
 * and every fund waiting for its key, as `swf region summary --xlsx` writes it.
 */
export async function regionWorkbook(
  workspace: RegionWorkspace,
  files: FileStore,
  query: RegionTableQuery,
  today: string,
): Promise<ProducedFile> {
  const rows = regionTable(workspace, query);
  const shown = new Set(rows.map((row) => row.fundUuid));
  const roster = overdueFunds(workspace, today).filter((fund) => shown.has(fund.fundUuid) || fund.state === 'waiting-for-pin');
  const reserved = files.reserve();
  const written = await writeRegionSummary(reserved.path, rows, roster, today);
  const [year, month, day] = today.split('-');
  const fileName = documentText('documents.region.fileName', { date: `${toBuddhistYear(Number(year))}-${month}-${day}` });
  const kept = await files.keep(reserved, fileName);
  return { fileId: kept.id, fileName: kept.name, format: 'xlsx', bytes: written.bytes, pages: null };
}
