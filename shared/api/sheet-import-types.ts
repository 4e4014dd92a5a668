import type { LocalizedText } from './api-result';
import type { ProducedFile } from './fund-types';
import type { ImportEra } from '../domain/import/import-columns';

/**
 * What every sheet import shows (issue 19: members, contribution history, welfare history): the sheet's
 * columns with the field each maps to, every row as it will be written with its problems per cell, counts.
 */

/** A column of the sheet brought: its letter, header, a few values, and the field it maps to (remembered or guessed). */
export type SheetColumn<F extends string> = {
  index: number;
  letter: string;
  header: string;
  samples: string[];
  field: F | null;
  era: ImportEra;
};

export type SheetInfo<F extends string> = {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** How a CSV was written (utf-8, utf-16, windows-874); null for a workbook. */
  encoding: string | null;
  sha256: string;
  rowCount: number;
  columns: SheetColumn<F>[];
  /** Merged ranges whose top-left value was given to every cell (A5:A9). */
  mergedRanges: string[];
};

/** A problem of one cell, its message rendered in both languages (it names the cell, e.g. C5). */
export type SheetProblem<F extends string> = {
  column: number | null;
  field: F | null;
  code: string;
  severity: 'error' | 'warning';
  message: LocalizedText;
};

/** A row as it will be written, and every problem it has. */
export type SheetPreviewRow<F extends string, P> = {
  rowNumber: number;
  profile: Partial<P>;
  /** What each mapped cell says as written, shown where a value could not be read. */
  written: Partial<Record<F, string>>;
  problems: SheetProblem<F>[];
  accepted: boolean;
};

export type SheetPreview<F extends string, P> = {
  sheet: SheetInfo<F>;
  rows: SheetPreviewRow<F, P>[];
  acceptedCount: number;
  rejectedCount: number;
  warningCount: number;
};

export type ImportRejectedFile = ProducedFile & { rows: number };
