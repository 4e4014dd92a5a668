import type { Generated } from 'kysely';

/**
 * Kysely's view of the tables in migrations/region/*.sql, the regional workspace's own schema. Row types stay
 * inside electron/backend/db (rule 8): region-repository.ts maps them to camelCase types.
 */
/** Where a fund is, as its latest file names it: the same columns in funds and pending_files. */
type PlaceColumns = {
  fund_uuid: string;
  code: string;
  name: string;
  province_code: string;
  province_name: string;
  district_code: string;
  district_name: string;
};

export type RegionFundsTable = PlaceColumns & {
  public_key: string;
  fingerprint: string;
  pinned_at: string;
  pinned_by: string;
  last_sequence: number | null;
  last_manifest_sha256: string | null;
  rebase_approved_at: string | null;
  rebase_approved_by: string | null;
  rebase_reason: string | null;
};

export type RegionImportsTable = {
  id: Generated<number>;
  fund_uuid: string;
  sequence: number;
  manifest_sha256: string;
  previous_sha256: string | null;
  kind: string;
  file_sha256: string;
  file_name: string;
  imported_at: string;
  imported_by: string;
  rebase_reason: string | null;
  journal_chain_head: string | null;
  audit_chain_head: string | null;
};

export type RegionSummariesTable = {
  fund_uuid: string;
  last_export_on: string;
  fiscal_year: number | null;
  members_current: number | null;
  members_cumulative: number | null;
  money_on_hand_satang: number | null;
  welfare_by_type: string;
  criteria: string;
};

export type RegionRecordsTable = { fund_uuid: string; part: string; record_key: string; record: string };

export type RegionPendingTable = PlaceColumns & {
  id: Generated<number>;
  public_key: string;
  fingerprint: string;
  sequence: number;
  manifest_sha256: string;
  file_sha256: string;
  file_name: string;
  quarantine_path: string;
  received_at: string;
};

/** What an officer did to a fund: pinned its first key, approved a re-base, re-pinned a new key (region 0002). */
export type OfficerActionKind = 'pin' | 'rebase' | 'repin';

export type RegionOfficerActionsTable = {
  id: Generated<number>;
  at: string;
  officer: string;
  action: OfficerActionKind;
  fund_uuid: string;
  detail: string;
};

export type RegionDatabase = {
  funds: RegionFundsTable;
  imports: RegionImportsTable;
  fund_summaries: RegionSummariesTable;
  fund_records: RegionRecordsTable;
  pending_files: RegionPendingTable;
  officer_actions: RegionOfficerActionsTable;
};

/** migrations/region/0003: the workspace's X25519 key pair (one row) and the members' decrypted personal data. */
export type RegionWorkspaceKeyTable = { id: number; public_key: string; private_key: string; fingerprint: string; created_at: string };

export type RegionMemberPersonalTable = { fund_uuid: string; member_uuid: string; sequence: number; record: string };

export type RegionPersonalDatabase = {
  workspace_key: RegionWorkspaceKeyTable;
  member_personal: RegionMemberPersonalTable;
};
