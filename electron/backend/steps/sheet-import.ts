import type { SheetInfo, SheetPreview, SheetPreviewRow, SheetProblem, ImportRejectedFile } from '../../../shared/api/sheet-import-types';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { cellText, columnLetter } from '../../../shared/domain/import/import-cells';
import { checkColumns, guessFieldOf, headerKey, type ColumnMapping, type ImportEra } from '../../../shared/domain/import/import-columns';
import type { CellProblem, EvaluatedRowOf } from '../../../shared/domain/import/import-row-reader';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { readRememberedMappings, rememberMapping, type ImportKind } from '../db/repositories/import-mapping-repository';
import { writeRejectedRows, writeTemplate, type TemplateColumn } from '../files/import/import-workbooks';
import { readImportFile, type ReadSheet } from '../files/import/read-import-file';
import { bothTexts, documentText, translateError } from '../messages';
import type { JobUseCaseContext } from '../use-cases/use-case-context';
import { fileDate } from './produced-files';

/**
 * The machinery every sheet import shares (issue 19): the sheet read and its columns described (the header's
 * remembered field, else a guess), the mapping checked, problems said in both languages naming their cell, the
 * preview, the commit's "same as the preview" check, the mapping remembered, the rejected rows' workbook and the
 * template. Each import (members, contribution history, welfare history) brings only its fields and its rows.
 */
export type SheetKind<F extends string> = {
  kind: ImportKind;
  fields: readonly F[];
  requiredFields: readonly F[];
  headerWords: Readonly<Record<F, readonly string[]>>;
  /** Translation key of a field's name: `${fieldNames}.${field}` (the template's header). */
  fieldNames: string;
  /** Translation keys of the documents' words: `${documents}.sheetName`, `.templateFile`, `.rejectedFile`… */
  documents: string;
};

/** A sheet checked: its rows as evaluated, and which rows the commit would write. */
export type CheckedSheet<F extends string, P> = {
  sheet: ReadSheet;
  mapping: ColumnMapping<F>;
  rows: EvaluatedRowOf<F, P>[];
  accepted: ReadonlySet<number>;
};

/** The sheet's columns with a few values each and the field each maps to: the header's remembered field, else a guess. */
export function describeSheet<F extends string>(connection: Connection, sheet: ReadSheet, kind: SheetKind<F>): SheetInfo<F> {
  const known = new Set<string>(kind.fields);
  const remembered = readRememberedMappings(connection, kind.kind).filter((entry) => known.has(entry.field));
  const fieldOf = new Map(remembered.map((entry) => [entry.headerKey, entry.field as F]));
  const eraOf = new Map<string, ImportEra>(remembered.map((entry) => [entry.headerKey, entry.era]));
  // The template's own headers (and their English names) count as the usual words.
  for (const field of kind.fields) {
    const words = bothTexts(`${kind.fieldNames}.${field}`);
    for (const word of [words.th, words.en]) if (!fieldOf.has(headerKey(word))) fieldOf.set(headerKey(word), field);
  }
  const taken = new Set<F>();
  const columns = sheet.headers.map((header, index) => {
    const guessed = guessFieldOf(header, fieldOf, kind.fields, kind.headerWords);
    // A field already given to a column to the left is not guessed again: the person chooses.
    const field = guessed && !taken.has(guessed) ? guessed : null;
    if (field) taken.add(field);
    return {
      index,
      letter: columnLetter(index),
      header,
      samples: sheet.rows.slice(0, 3).map((row) => cellText(row.cells[index])),
      field,
      era: eraOf.get(headerKey(header)) ?? 'auto',
    };
  });
  return {
    fileName: sheet.fileName,
    format: sheet.format,
    encoding: sheet.encoding,
    sha256: sheet.sha256,
    rowCount: sheet.rows.length,
    columns,
    mergedRanges: [...sheet.mergedRanges],
  };
}

/** The brought file's columns, each with the field it maps to (remembered from the last import of its kind, else guessed). */
export async function openSheet<F extends string>(
  context: JobUseCaseContext,
  fileId: string,
  kind: SheetKind<F>,
): Promise<Result<SheetInfo<F>>> {
  context.job.progress(0, 1, 'reading');
  await context.job.checkpoint();
  const sheet = await readImportFile(context.files, fileId);
  return sheet.ok ? success(describeSheet(context.connection, sheet.value, kind)) : sheet;
}

/** The brought file read, and the mapping checked against it (each column once, each field once, the needed fields). */
export async function readMappedSheet<F extends string>(
  context: JobUseCaseContext,
  fileId: string,
  mapping: ColumnMapping<F>,
  kind: SheetKind<F>,
): Promise<Result<{ sheet: ReadSheet; mapping: ColumnMapping<F> }>> {
  context.job.progress(0, 1, 'reading');
  await context.job.checkpoint();
  const sheet = await readImportFile(context.files, fileId);
  if (!sheet.ok) return sheet;
  const width = Math.max(sheet.value.headers.length, ...sheet.value.rows.map((row) => row.cells.length));
  const checked = checkColumns(mapping, width, kind.requiredFields);
  return checked.ok ? success({ sheet: sheet.value, mapping: checked.value }) : checked;
}

/** A problem as the screen and the rejected rows' file say it, in both languages, naming its cell. */
export function problemView<F extends string>(problem: CellProblem<F>): SheetProblem<F> {
  const message = translateError({ code: problem.code, field: problem.field ?? 'mapping', params: problem.params });
  return { column: problem.column, field: problem.field, code: problem.code, severity: problem.severity, message: message.message };
}

/** The preview as the screen shows it: every row, its problems in words, and the counts. */
export function previewOf<F extends string, P>(
  connection: Connection,
  checked: CheckedSheet<F, P>,
  kind: SheetKind<F>,
): SheetPreview<F, P> {
  const source = new Map(checked.sheet.rows.map((row) => [row.rowNumber, row]));
  const rows: SheetPreviewRow<F, P>[] = checked.rows.map((row) => ({
    rowNumber: row.rowNumber,
    profile: row.profile,
    written: Object.fromEntries(
      checked.mapping.map((entry) => [entry.field, cellText(source.get(row.rowNumber)?.cells[entry.column])]),
    ) as Partial<Record<F, string>>,
    problems: row.problems.map(problemView),
    accepted: checked.accepted.has(row.rowNumber),
  }));
  const acceptedCount = checked.accepted.size;
  return {
    sheet: describeSheet(connection, checked.sheet, kind),
    rows,
    acceptedCount,
    rejectedCount: rows.length - acceptedCount,
    warningCount: rows.filter((row) => row.problems.some((problem) => problem.severity === 'warning')).length,
  };
}

/** The commit refuses when the file or the fund changed since the preview the treasurer accepted. */
export function sameAsPreview(
  checked: { sheet: ReadSheet; accepted: ReadonlySet<number> },
  sha256: string,
  acceptedCount: number,
): Result<void> {
  if (checked.sheet.sha256 !== sha256) return failure('import-file-changed', 'fileId');
  if (checked.accepted.size !== acceptedCount)
    return failure('import-preview-changed', 'acceptedCount', { expectedCount: acceptedCount, foundCount: checked.accepted.size });
  if (acceptedCount === 0) return failure('import-nothing-accepted', 'fileId');
  return success(undefined);
}

/** Remembers each mapped header's field and calendar for the next sheet of this kind (inside the commit). */
export function rememberColumns<F extends string>(
  connection: Connection,
  kind: SheetKind<F>,
  sheet: ReadSheet,
  mapping: ColumnMapping<F>,
  at: string,
): void {
  for (const entry of mapping) {
    const key = headerKey(sheet.headers[entry.column] ?? '');
    if (key !== '') rememberMapping(connection, kind.kind, { headerKey: key, field: entry.field, era: entry.era }, at);
  }
}

/** The rows the import would not take, as an Excel file with a reason column (Thai), to fix and import again. */
export async function rejectedRowsFile<F extends string, P>(
  context: JobUseCaseContext,
  checked: CheckedSheet<F, P>,
  kind: SheetKind<F>,
): Promise<ImportRejectedFile> {
  const sourceRows = new Map(checked.sheet.rows.map((row) => [row.rowNumber, row]));
  const rejected = checked.rows
    .filter((row) => !checked.accepted.has(row.rowNumber))
    .map((row) => {
      const errors = row.problems.filter((problem) => problem.severity === 'error');
      return {
        row: sourceRows.get(row.rowNumber) ?? { rowNumber: row.rowNumber, cells: [] },
        reasons: errors.map((problem) => problemView(problem).message.th).join('; '),
        problemColumns: new Set(errors.flatMap((problem) => (problem.column === null ? [] : [problem.column]))),
      };
    });
  const reserved = context.files.reserve();
  await writeRejectedRows(reserved.path, checked.sheet.headers, documentText(`${kind.documents}.reasonHeader`), rejected);
  const name = documentText(`${kind.documents}.rejectedFile`, { date: fileDate(context.clock.today()) });
  const stored = await context.files.keep(reserved, `${name}.xlsx`);
  return { fileId: stored.id, fileName: stored.name, format: 'xlsx', bytes: stored.bytes, pages: null, rows: rejected.length };
}

/** The template to fill (a job: exceljs writes it), with Thai headers, Excel's own checks and an example row. */
export async function templateFile<F extends string>(
  context: JobUseCaseContext,
  kind: SheetKind<F>,
  column: (field: F) => Omit<TemplateColumn, 'header'>,
): Promise<Result<ProducedFile>> {
  context.job.progress(0, 1, 'rendering');
  await context.job.checkpoint();
  const columns: TemplateColumn[] = kind.fields.map((field) => ({ header: documentText(`${kind.fieldNames}.${field}`), ...column(field) }));
  const reserved = context.files.reserve();
  const words = (key: string) => documentText(`documents.memberImport.${key}`);
  await writeTemplate(reserved.path, columns, {
    sheetName: documentText(`${kind.documents}.sheetName`),
    exampleSheetName: words('exampleSheetName'),
    dateTitle: words('dateTitle'),
    datePrompt: words('datePrompt'),
    monthPrompt: documentText(`${kind.documents}.monthPrompt`),
    listTitle: words('listTitle'),
    listPrompt: words('listPrompt'),
  });
  const stored = await context.files.keep(reserved, `${documentText(`${kind.documents}.templateFile`)}.xlsx`);
  return success({ fileId: stored.id, fileName: stored.name, format: 'xlsx', bytes: stored.bytes, pages: null });
}
