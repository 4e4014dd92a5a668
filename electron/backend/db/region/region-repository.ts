import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { FundFigures, FundPlace, RegionCriterion, RegionWelfareLine } from '../../../../shared/api/region-types';
import { defineStatement, param, type Connection } from '../execute';
import type { OfficerActionKind, RegionDatabase } from './region-schema';

/** Kysely builds the workspace's SQL only (A7), over the workspace's own schema. */
const region = new Kysely<RegionDatabase>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/** The same builder for the workspace's other repositories. */
export const regionQueryBuilder = region;

export type PinnedFund = FundPlace & {
  publicKey: string;
  fingerprint: string;
  lastSequence: number | null;
  lastManifestSha256: string | null;
  /** An officer's approval that the next file may start the chain again, with their reason. */
  rebase: { approvedAt: string; approvedBy: string; reason: string } | null;
};

type FundRow = RegionDatabase['funds'];

const fundByUuid = defineStatement<{ fundUuid: string }, FundRow>(() =>
  region.selectFrom('funds').selectAll().where('fund_uuid', '=', param('fundUuid')),
);

export function readPinnedFund(connection: Connection, fundUuid: string): PinnedFund | undefined {
  const row = fundByUuid.get(connection, { fundUuid });
  if (!row) return undefined;
  return {
    ...placeOf(row),
    publicKey: row.public_key,
    fingerprint: row.fingerprint,
    lastSequence: row.last_sequence,
    lastManifestSha256: row.last_manifest_sha256,
    rebase:
      row.rebase_approved_at === null
        ? null
        : { approvedAt: row.rebase_approved_at, approvedBy: row.rebase_approved_by ?? '', reason: row.rebase_reason ?? '' },
  };
}

type PlaceColumns = Pick<FundRow, 'fund_uuid' | 'code' | 'name' | 'province_code' | 'province_name' | 'district_code' | 'district_name'>;

/** The place columns' named parameters, the same in every statement that records where a fund is. */
function placeValues() {
  return {
    fund_uuid: param<string>('fundUuid'),
    code: param<string>('code'),
    name: param<string>('name'),
    province_code: param<string>('provinceCode'),
    province_name: param<string>('provinceName'),
    district_code: param<string>('districtCode'),
    district_name: param<string>('districtName'),
  };
}

function placeOf(row: PlaceColumns): FundPlace {
  return {
    fundUuid: row.fund_uuid,
    code: row.code,
    name: row.name,
    provinceCode: row.province_code,
    provinceName: row.province_name,
    districtCode: row.district_code,
    districtName: row.district_name,
  };
}

const insertFund = defineStatement<Record<string, unknown>>(() =>
  region.insertInto('funds').values({
    ...placeValues(),
    public_key: param('publicKey'),
    fingerprint: param('fingerprint'),
    pinned_at: param('pinnedAt'),
    pinned_by: param('pinnedBy'),
  }),
);

export function pinFundKey(
  connection: Connection,
  fund: FundPlace & { publicKey: string; fingerprint: string; pinnedAt: string; pinnedBy: string },
): void {
  insertFund.run(connection, fund);
}

const advanceFund = defineStatement<Record<string, unknown>>(() =>
  region
    .updateTable('funds')
    .set({
      ...placeValues(),
      last_sequence: param('lastSequence'),
      last_manifest_sha256: param('lastManifestSha256'),
      rebase_approved_at: null,
      rebase_approved_by: null,
      rebase_reason: null,
    })
    .where('fund_uuid', '=', param('fundUuid')),
);

/** After a file is applied: the chain's new end, the fund's place as the file names it, any re-base used up. */
export function advanceFundChain(connection: Connection, fund: FundPlace & { lastSequence: number; lastManifestSha256: string }): void {
  advanceFund.run(connection, fund);
}

const approveRebaseStatement = defineStatement<{ fundUuid: string; at: string; by: string; reason: string }>(() =>
  region
    .updateTable('funds')
    .set({ rebase_approved_at: param('at'), rebase_approved_by: param('by'), rebase_reason: param('reason') })
    .where('fund_uuid', '=', param('fundUuid')),
);

export function approveRebase(connection: Connection, approval: { fundUuid: string; at: string; by: string; reason: string }): void {
  approveRebaseStatement.run(connection, approval);
}

const importByKey = defineStatement<
  { fundUuid: string; sequence: number; manifestSha256: string },
  { imported_at: string; imported_by: string }
>(() =>
  region
    .selectFrom('imports')
    .select(['imported_at', 'imported_by'])
    .where('fund_uuid', '=', param('fundUuid'))
    .where('sequence', '=', param('sequence'))
    .where('manifest_sha256', '=', param('manifestSha256')),
);

/** The earlier import of this very file (same fund, sequence and manifest hash), if any. */
export function findImport(
  connection: Connection,
  key: { fundUuid: string; sequence: number; manifestSha256: string },
): { importedAt: string; importedBy: string } | undefined {
  const row = importByKey.get(connection, key);
  return row && { importedAt: row.imported_at, importedBy: row.imported_by };
}

export type ImportRow = {
  fundUuid: string;
  sequence: number;
  manifestSha256: string;
  previousSha256: string | null;
  kind: string;
  fileSha256: string;
  fileName: string;
  importedAt: string;
  importedBy: string;
  rebaseReason: string | null;
  /** The fund's hash chain heads as the file's manifest names them (issue 20 §1). */
  journalChainHead: string | null;
  auditChainHead: string | null;
};

const insertImportStatement = defineStatement<ImportRow>(() =>
  region.insertInto('imports').values({
    fund_uuid: param('fundUuid'),
    sequence: param('sequence'),
    manifest_sha256: param('manifestSha256'),
    previous_sha256: param('previousSha256'),
    kind: param('kind'),
    file_sha256: param('fileSha256'),
    file_name: param('fileName'),
    imported_at: param('importedAt'),
    imported_by: param('importedBy'),
    rebase_reason: param('rebaseReason'),
    journal_chain_head: param('journalChainHead'),
    audit_chain_head: param('auditChainHead'),
  }),
);

export function recordImport(connection: Connection, row: ImportRow): void {
  insertImportStatement.run(connection, row);
}

export type FundSummary = FundFigures & { fundUuid: string; lastExportOn: string };

const upsertSummaryStatement = defineStatement<Record<string, unknown>>(() =>
  region
    .insertInto('fund_summaries')
    .values({
      fund_uuid: param('fundUuid'),
      last_export_on: param('lastExportOn'),
      fiscal_year: param('fiscalYear'),
      members_current: param('membersCurrent'),
      members_cumulative: param('membersCumulative'),
      money_on_hand_satang: param('moneyOnHandSatang'),
      welfare_by_type: param('welfare'),
      criteria: param('criteria'),
    })
    .onConflict((conflict) =>
      conflict.column('fund_uuid').doUpdateSet((row) => ({
        last_export_on: row.ref('excluded.last_export_on'),
        fiscal_year: row.ref('excluded.fiscal_year'),
        members_current: row.ref('excluded.members_current'),
        members_cumulative: row.ref('excluded.members_cumulative'),
        money_on_hand_satang: row.ref('excluded.money_on_hand_satang'),
        welfare_by_type: row.ref('excluded.welfare_by_type'),
        criteria: row.ref('excluded.criteria'),
      })),
    ),
);

export function saveFundSummary(connection: Connection, summary: FundSummary): void {
  upsertSummaryStatement.run(connection, {
    ...summary,
    welfare: JSON.stringify(summary.welfare),
    criteria: JSON.stringify(summary.criteria),
  });
}

const deleteRecords = defineStatement<{ fundUuid: string }>(() =>
  region.deleteFrom('fund_records').where('fund_uuid', '=', param('fundUuid')),
);

const upsertRecord = defineStatement<{ fundUuid: string; part: string; key: string; record: string }>(() =>
  region
    .insertInto('fund_records')
    .values({ fund_uuid: param('fundUuid'), part: param('part'), record_key: param('key'), record: param('record') })
    .onConflict((conflict) =>
      conflict.columns(['fund_uuid', 'part', 'record_key']).doUpdateSet((row) => ({ record: row.ref('excluded.record') })),
    ),
);

export type StoredRecord = { part: string; key: string; record: string };

/**
 * A full file stands for everything the fund has, so it replaces the fund's records (a record deleted at the fund
 * goes here too); an incremental one is upserted by key, so applying it twice changes nothing.
 */
export function storeFundRecords(connection: Connection, fundUuid: string, full: boolean, records: Iterable<StoredRecord>): void {
  if (full) deleteRecords.run(connection, { fundUuid });
  for (const record of records) upsertRecord.run(connection, { fundUuid, ...record });
}

const deleteRecord = defineStatement<{ fundUuid: string; part: string; key: string }>(() =>
  region
    .deleteFrom('fund_records')
    .where('fund_uuid', '=', param('fundUuid'))
    .where('part', '=', param('part'))
    .where('record_key', '=', param('key')),
);

/** An incremental file's removed records: gone from the fund since its previous file, so gone here too. */
export function removeFundRecords(connection: Connection, fundUuid: string, removed: Iterable<{ part: string; key: string }>): void {
  for (const { part, key } of removed) deleteRecord.run(connection, { fundUuid, part, key });
}

const recordsOfPart = defineStatement<{ fundUuid: string; part: string }, { record: string }>(() =>
  region
    .selectFrom('fund_records')
    .select('record')
    .where('fund_uuid', '=', param('fundUuid'))
    .where('part', '=', param('part'))
    .orderBy('record_key'),
);

export function readFundRecords(connection: Connection, fundUuid: string, part: string): unknown[] {
  return recordsOfPart.all(connection, { fundUuid, part }).map((row) => JSON.parse(row.record) as unknown);
}

export type PendingFile = FundPlace & {
  id: number;
  publicKey: string;
  fingerprint: string;
  sequence: number;
  manifestSha256: string;
  fileSha256: string;
  fileName: string;
  quarantinePath: string;
  receivedAt: string;
};

const insertPendingStatement = defineStatement<Record<string, unknown>>(() =>
  region
    .insertInto('pending_files')
    .values({
      ...placeValues(),
      public_key: param('publicKey'),
      fingerprint: param('fingerprint'),
      sequence: param('sequence'),
      manifest_sha256: param('manifestSha256'),
      file_sha256: param('fileSha256'),
      file_name: param('fileName'),
      quarantine_path: param('quarantinePath'),
      received_at: param('receivedAt'),
    })
    .onConflict((conflict) => conflict.column('file_sha256').doNothing()),
);

/** A file kept until the fund's key is confirmed; the same file brought twice waits once. */
export function keepPendingFile(connection: Connection, file: Omit<PendingFile, 'id'>): void {
  insertPendingStatement.run(connection, file);
}

const pendingByFileSha = defineStatement<{ fileSha256: string }, { id: number }>(() =>
  region.selectFrom('pending_files').select('id').where('file_sha256', '=', param('fileSha256')),
);

export function isPending(connection: Connection, fileSha256: string): boolean {
  return pendingByFileSha.get(connection, { fileSha256 }) !== undefined;
}

const allPending = defineStatement<Record<string, never>, RegionDatabase['pending_files'] & { id: number }>(() =>
  region.selectFrom('pending_files').selectAll().orderBy('fund_uuid').orderBy('sequence').orderBy('id'),
);

export function listPendingFiles(connection: Connection): PendingFile[] {
  return allPending.all(connection, {}).map((row) => ({
    ...placeOf(row),
    id: row.id,
    publicKey: row.public_key,
    fingerprint: row.fingerprint,
    sequence: row.sequence,
    manifestSha256: row.manifest_sha256,
    fileSha256: row.file_sha256,
    fileName: row.file_name,
    quarantinePath: row.quarantine_path,
    receivedAt: row.received_at,
  }));
}

const deletePending = defineStatement<{ id: number }>(() => region.deleteFrom('pending_files').where('id', '=', param('id')));

export function forgetPendingFile(connection: Connection, id: number): void {
  deletePending.run(connection, { id });
}

const insertAction = defineStatement<{ at: string; officer: string; action: OfficerActionKind; fundUuid: string; detail: string }>(() =>
  region.insertInto('officer_actions').values({
    at: param<string>('at'),
    officer: param('officer'),
    action: param<OfficerActionKind>('action'),
    fund_uuid: param('fundUuid'),
    detail: param('detail'),
  }),
);

export function logOfficerAction(
  connection: Connection,
  action: { at: string; officer: string; action: OfficerActionKind; fundUuid: string; detail: Record<string, unknown> },
): void {
  insertAction.run(connection, { ...action, detail: JSON.stringify(action.detail) });
}

export type SummaryRow = FundPlace & {
  fingerprint: string;
  lastSequence: number | null;
  summary: FundSummary | null;
};

const fundsWithSummaries = defineStatement<
  Record<string, never>,
  Omit<FundRow, 'public_key'> & {
    last_export_on: string | null;
    fiscal_year: number | null;
    members_current: number | null;
    members_cumulative: number | null;
    money_on_hand_satang: number | null;
    welfare_by_type: string | null;
    criteria: string | null;
  }
>(() =>
  region
    .selectFrom('funds')
    .leftJoin('fund_summaries', 'fund_summaries.fund_uuid', 'funds.fund_uuid')
    .select([
      'funds.fund_uuid',
      'funds.code',
      'funds.name',
      'funds.province_code',
      'funds.province_name',
      'funds.district_code',
      'funds.district_name',
      'funds.fingerprint',
      'funds.pinned_at',
      'funds.pinned_by',
      'funds.last_sequence',
      'funds.last_manifest_sha256',
      'funds.rebase_approved_at',
      'funds.rebase_approved_by',
      'funds.rebase_reason',
      'fund_summaries.last_export_on',
      'fund_summaries.fiscal_year',
      'fund_summaries.members_current',
      'fund_summaries.members_cumulative',
      'fund_summaries.money_on_hand_satang',
      'fund_summaries.welfare_by_type',
      'fund_summaries.criteria',
    ])
    .orderBy('funds.code'),
);

/** Every pinned fund with its latest figures (none before its first file is imported). */
export function listFundSummaries(connection: Connection): SummaryRow[] {
  return fundsWithSummaries.all(connection, {}).map((row) => ({
    ...placeOf(row),
    fingerprint: row.fingerprint,
    lastSequence: row.last_sequence,
    summary:
      row.last_export_on === null
        ? null
        : {
            fundUuid: row.fund_uuid,
            lastExportOn: row.last_export_on,
            fiscalYear: row.fiscal_year,
            membersCurrent: row.members_current,
            membersCumulative: row.members_cumulative,
            moneyOnHandSatang: row.money_on_hand_satang,
            welfare: JSON.parse(row.welfare_by_type ?? '[]') as RegionWelfareLine[],
            criteria: JSON.parse(row.criteria ?? '[]') as RegionCriterion[],
          },
  }));
}
