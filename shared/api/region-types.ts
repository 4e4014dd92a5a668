/**
 * The regional workspace's answers (issue 18 §4): what an import did with each file, and the region's table.
 * Plain data, so the CLI, the tests and (later) the renderer read the same shapes.
 */

/** Why a file was not imported: the verifier's reasons and the workspace's own (reliability §(c) checks 4 and 6). */
export type RegionRejection =
  | 'not-a-file'
  | 'demo-file'
  | 'key-mismatch'
  | 'conflicting-sequence'
  | 'sequence-gap'
  | 'prev-hash-mismatch'
  | 'needs-full-file'
  | (string & {});

/** One file's outcome. `already-imported` and `new-fund` are not errors: nothing was wrong with the file. */
export type ImportOutcome =
  | { file: string; outcome: 'imported'; fundUuid: string; code: string; sequence: number; rebased: boolean }
  | { file: string; outcome: 'already-imported'; fundUuid: string; code: string; sequence: number; importedAt: string }
  | { file: string; outcome: 'new-fund'; fundUuid: string; code: string; sequence: number; fingerprint: string }
  | {
      file: string;
      outcome: 'rejected';
      reason: RegionRejection;
      detail: string;
      params: Record<string, string | number>;
      part?: string;
      line?: number;
    };

/** A criterion of certification as the fund's file carries it (pass, fail, incomplete). */
export type RegionCriterion = { key: string; status: string };

/** Welfare paid by one type: this fiscal year and since the fund began. */
export type RegionWelfareLine = {
  code: string;
  category: string;
  nameTh: string;
  nameEn: string;
  yearSatang: number;
  yearPersons: number;
  cumulativeSatang: number;
  cumulativePersons: number;
};

/** Where a fund is: its code, name and place, as its latest file names them. */
export type FundPlace = {
  fundUuid: string;
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  districtCode: string;
  districtName: string;
};

/** A fund's figures from its latest file's status form; null where the file does not carry one. */
export type FundFigures = {
  fiscalYear: number | null;
  membersCurrent: number | null;
  membersCumulative: number | null;
  moneyOnHandSatang: number | null;
  welfare: RegionWelfareLine[];
  criteria: RegionCriterion[];
};

/** A row of the region's table: the fund and the figures of its latest imported file (empty before its first). */
export type RegionFundRow = FundPlace &
  FundFigures & {
    fingerprint: string;
    lastSequence: number | null;
    lastExportOn: string | null;
  };

export type RegionSortKey = 'code' | 'name' | 'province' | 'district' | 'lastExportOn' | 'membersCurrent' | 'moneyOnHandSatang';

export type RegionTableQuery = {
  provinceCode?: string;
  districtCode?: string;
  sort?: RegionSortKey;
  descending?: boolean;
};

/** A fund on the roster of funds to chase: never exported, or its last file older than 12 months. */
export type OverdueFund = {
  fundUuid: string;
  code: string;
  name: string;
  provinceName: string;
  districtName: string;
  lastExportOn: string | null;
  /** `waiting-for-pin`: its files are here, but nobody has confirmed its key yet. */
  state: 'never-exported' | 'waiting-for-pin' | 'overdue';
};

/** An outcome as the app shows it: the reason's sentence in Thai and English beside the codes (A5). */
export type DescribedOutcome = ImportOutcome & { message: { th: string; en: string } };

/** A fund whose files wait for an officer to confirm its key's fingerprint (reliability §(c) check 4). */
export type PendingFund = FundPlace & { fingerprint: string; files: number; firstSequence: number; receivedAt: string };

/**
 * What the workspace's home raises for an officer (issue 18 §4), kept beside the workspace in its quarantine
 * folder (a refusal must leave the .swregion byte for byte as it was): a file numbered at or below the fund's last
 * with other content (`conflicting-sequence`, until acknowledged or re-based), or a known fund's file under a new
 * key (`key-mismatch`, until its key is re-pinned or the alert acknowledged). `id` is the file's SHA-256.
 */
export type RegionAlert = {
  id: string;
  kind: 'conflicting-sequence' | 'key-mismatch';
  fundUuid: string;
  code: string;
  name: string;
  fileName: string;
  sequence: number;
  lastSequence: number | null;
  /** The file's key fingerprint, and for `key-mismatch` the one the workspace holds. */
  fingerprint: string;
  pinnedFingerprint: string;
  raisedAt: string;
  message: { th: string; en: string };
};

/** One line of the officers' log (officer_actions). */
export type OfficerAction = {
  id: number;
  at: string;
  officer: string;
  action: 'pin' | 'rebase' | 'repin';
  fundUuid: string;
  code: string;
  name: string;
  reason: string | null;
  fingerprint: string | null;
};

/** The workspace's home: what waits for an officer, and the funds to chase. */
export type RegionOverview = {
  funds: number;
  waiting: PendingFund[];
  alerts: RegionAlert[];
  roster: OverdueFund[];
  actions: OfficerAction[];
};

/** A province or district that a fund in the workspace names, for the table's filters. */
export type RegionPlace = { code: string; name: string; provinceCode: string };

export type RegionTablePage = { rows: RegionFundRow[]; provinces: RegionPlace[]; districts: RegionPlace[] };

/** An open workspace as the host holds it: `handle` names it in every region request (A2). */
export type OpenedRegion = { handle: string; location: string; name: string };

export type RegionFileEntry = { location: string; name: string; modifiedAt: string; sizeBytes: number };
