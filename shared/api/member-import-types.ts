import type { LocalizedText } from './api-result';
import type { ProducedFile } from './fund-types';
import type { ImportedProfile } from '../domain/members/import/import-rows';
import type { ImportEra, ImportField } from '../domain/members/import/import-fields';

/** A column of the sheet brought: its letter, header, a few values, and the field it maps to (remembered or guessed). */
export type ImportColumn = {
  index: number;
  letter: string;
  header: string;
  samples: string[];
  field: ImportField | null;
  era: ImportEra;
};

export type ImportSheetInfo = {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** How a CSV was written (utf-8, utf-16, windows-874); null for a workbook. */
  encoding: string | null;
  sha256: string;
  rowCount: number;
  columns: ImportColumn[];
  /** Merged ranges whose top-left value was given to every cell (A5:A9). */
  mergedRanges: string[];
};

/** A problem of one cell, its message rendered in both languages (it names the cell, e.g. C5). */
export type ImportProblem = {
  column: number | null;
  field: ImportField | null;
  code: string;
  severity: 'error' | 'warning';
  message: LocalizedText;
};

/** A row as it will be registered (ISO dates, the village's id), and every problem it has. */
export type ImportPreviewRow = {
  rowNumber: number;
  profile: Partial<ImportedProfile>;
  /** What each mapped cell says as written, shown where a value could not be read. */
  written: Partial<Record<ImportField, string>>;
  problems: ImportProblem[];
  accepted: boolean;
};

export type ImportPreview = {
  sheet: ImportSheetInfo;
  rows: ImportPreviewRow[];
  acceptedCount: number;
  rejectedCount: number;
  warningCount: number;
};

export type ImportCommitResult = {
  imported: number;
  rejected: number;
  firstMemberNo: string | null;
  lastMemberNo: string | null;
};

export type ImportRejectedFile = ProducedFile & { rows: number };
