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
