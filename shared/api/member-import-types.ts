import type { ImportedProfile } from '../domain/members/import/import-rows';
import type { ImportField } from '../domain/members/import/import-fields';
import type { SheetColumn, SheetInfo, SheetPreview, SheetPreviewRow, SheetProblem } from './sheet-import-types';

export type { ImportRejectedFile } from './sheet-import-types';

export type ImportColumn = SheetColumn<ImportField>;
export type ImportSheetInfo = SheetInfo<ImportField>;
export type ImportProblem = SheetProblem<ImportField>;
/** A row as it will be registered (ISO dates, the village's id), and every problem it has. */
export type ImportPreviewRow = SheetPreviewRow<ImportField, ImportedProfile>;
export type ImportPreview = SheetPreview<ImportField, ImportedProfile>;

export type ImportCommitResult = {
  imported: number;
  rejected: number;
  firstMemberNo: string | null;
  lastMemberNo: string | null;
};
