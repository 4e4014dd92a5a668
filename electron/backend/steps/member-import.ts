import type { z } from 'zod';
import { registerMemberInput } from '../../../shared/api/fund-contract';
import type { MemberProfile } from '../../../shared/api/fund-types';
import type { ImportPreview, ImportPreviewRow, ImportProblem, ImportSheetInfo } from '../../../shared/api/member-import-types';
import type { importPreviewInput } from '../../../shared/api/member-import-schemas';
import { cellText, columnLetter } from '../../../shared/domain/members/import/import-cells';
import {
  guessField,
  headerKey,
  importFields,
  type ImportField,
  type ImportMapping,
} from '../../../shared/domain/members/import/import-fields';
import { checkMapping } from '../../../shared/domain/members/import/import-mapping';
import {
  evaluateRow,
  hasErrors,
  markDuplicates,
  type CellProblem,
  type EvaluatedRow,
  type ImportFundFacts,
} from '../../../shared/domain/members/import/import-rows';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { readFund } from '../db/repositories/fund-repository';
import { readApprovalsCiteResolution } from '../db/repositories/meeting-repository';
import { heldCitizenIds, readRememberedMappings } from '../db/repositories/member-import-repository';
import { listVillages } from '../db/repositories/village-repository';
import { readImportFile, type ReadSheet } from '../files/import/read-import-file';
import { bothTexts, translateError } from '../messages';
import type { JobUseCaseContext } from '../use-cases/use-case-context';
import { checkProfile } from './member-admission';

export type PreviewInput = z.output<typeof importPreviewInput>;

/**
 * A checked sheet: its rows as evaluated, and each accepted row's profile as the registration's own checks left
 * it. The commit registers these: the job holds every write call from its start (A4), so the fund they were
 * checked against is the fund they are written to.
 */
export type CheckedImport = { sheet: ReadSheet; mapping: ImportMapping; rows: EvaluatedRow[]; inputs: Map<number, MemberProfile> };

const chunk = 1000;

/** The sheet's columns with a few values each and the field each maps to: the header's remembered field, else a guess. */
export function describeSheet(connection: Connection, sheet: ReadSheet): ImportSheetInfo {
  const remembered = readRememberedMappings(connection);
  const fieldOf = new Map(remembered.map((entry) => [entry.headerKey, entry.field]));
  const eraOf = new Map(remembered.map((entry) => [entry.headerKey, entry.era]));
  // The template's own headers (and their English names) count as the usual words.
  for (const field of importFields) {
    const words = bothTexts(`importFields.${field}`);
    for (const word of [words.th, words.en]) if (!fieldOf.has(headerKey(word))) fieldOf.set(headerKey(word), field);
  }
  const taken = new Set<ImportField>();
  const columns = sheet.headers.map((header, index) => {
    const guessed = guessField(header, fieldOf);
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

function fundFacts(connection: Connection, today: string, defaultApprovalRef: string): ImportFundFacts {
  const fund = readFund(connection);
  return {
    today,
    foundedOn: fund.foundedOn,
    openedOn: fund.openedOn,
    approvalsCiteResolution: readApprovalsCiteResolution(connection),
    villages: listVillages(connection).map((village) => ({ id: village.id, moo: village.moo, name: village.name })),
    heldIds: heldCitizenIds(connection),
    defaultApprovalRef,
  };
}

/** The input field a registration's refusal names, as the import's field (and so its column). */
const profileFieldOf: Readonly<Record<string, ImportField>> = {
  villageId: 'village',
  paidThroughPeriod: 'paidThrough',
  noArrearsAtOpening: 'paidThrough',
  approvalResolutionId: 'approvedOn',
};

function problemOn(
  row: EvaluatedRow,
  mapping: ImportMapping,
  fieldName: string,
  code: string,
  params: Record<string, string | number>,
): CellProblem {
  const field = (importFields as readonly string[]).includes(fieldName) ? (fieldName as ImportField) : (profileFieldOf[fieldName] ?? null);
  const column = mapping.find((entry) => entry.field === field)?.column ?? null;
  const cell = column === null ? '' : `${columnLetter(column)}${row.rowNumber}`;
  return { column, field, code, params: { ...params, cell, importField: field ?? '' }, severity: 'error' };
}

/**
 * A row that reads well is held to what a registration is held to: the registration's own input schema (text
 * that may be stored, lengths) and the registration's own checks (`checkProfile`), so the preview refuses
 * exactly what the commit would.
 */
function registrationInput(connection: Connection, row: EvaluatedRow, mapping: ImportMapping, today: string): MemberProfile | undefined {
  const parsed = registerMemberInput.safeParse({ ...row.profile, approvalResolutionId: null });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      row.problems.push(problemOn(row, mapping, String(issue.path[0] ?? ''), 'import-bad-value', { reason: issue.message }));
    return undefined;
  }
  const { approvalResolutionId: _none, ...profile } = parsed.data;
  const checked = checkProfile(connection, profile, today, '');
  if (!checked.ok) {
    row.problems.push(problemOn(row, mapping, checked.error.field ?? '', checked.error.code, checked.error.params ?? {}));
    return undefined;
  }
  return { ...checked.value, approvalRef: parsed.data.approvalRef };
}

/**
 * Reads the brought file and checks every row (A4: in chunks, yielding between them; nothing written): the
 * mapping first, then each row's cells, then IDs across rows and against the fund, then what a registration checks.
 */
export async function checkImport(context: JobUseCaseContext, input: PreviewInput): Promise<Result<CheckedImport>> {
  const { connection, job } = context;
  job.progress(0, 1, 'reading');
  await job.checkpoint();
  const sheet = await readImportFile(context.files, input.fileId);
  if (!sheet.ok) return sheet;
  const mapping = checkMapping(input.mapping, Math.max(sheet.value.headers.length, ...sheet.value.rows.map((row) => row.cells.length)));
  if (!mapping.ok) return mapping;
  const facts = fundFacts(connection, context.clock.today(), input.defaultApprovalRef);
  const total = sheet.value.rows.length;
  const rows: EvaluatedRow[] = [];
  for (const [index, row] of sheet.value.rows.entries()) {
    if (index % chunk === 0) {
      job.progress(index, total * 2, 'checking');
      await job.checkpoint();
    }
    rows.push(evaluateRow(row, mapping.value, facts));
  }
  markDuplicates(rows, mapping.value, facts);
  const inputs = new Map<number, MemberProfile>();
  for (const [index, row] of rows.entries()) {
    if (index % chunk === 0) {
      job.progress(total + index, total * 2, 'checking');
      await job.checkpoint();
    }
    if (hasErrors(row)) continue;
    const registration = registrationInput(connection, row, mapping.value, facts.today);
    if (registration) inputs.set(row.rowNumber, registration);
  }
  return success({ sheet: sheet.value, mapping: mapping.value, rows, inputs });
}

/** A problem as the screen and the rejected rows' file say it, in both languages, naming its cell. */
export function problemView(problem: CellProblem): ImportProblem {
  const message = translateError({ code: problem.code, field: problem.field ?? 'mapping', params: problem.params });
  return { column: problem.column, field: problem.field, code: problem.code, severity: problem.severity, message: message.message };
}

/** The preview as the screen shows it: every row, its problems in words, and the counts. */
export function previewOf(connection: Connection, checked: CheckedImport): ImportPreview {
  const source = new Map(checked.sheet.rows.map((row) => [row.rowNumber, row]));
  const rows: ImportPreviewRow[] = checked.rows.map((row) => ({
    rowNumber: row.rowNumber,
    profile: row.profile,
    written: Object.fromEntries(checked.mapping.map((entry) => [entry.field, cellText(source.get(row.rowNumber)?.cells[entry.column])])),
    problems: row.problems.map(problemView),
    accepted: checked.inputs.has(row.rowNumber),
  }));
  const acceptedCount = checked.inputs.size;
  return {
    sheet: describeSheet(connection, checked.sheet),
    rows,
    acceptedCount,
    rejectedCount: rows.length - acceptedCount,
    warningCount: rows.filter((row) => row.problems.some((problem) => problem.severity === 'warning')).length,
  };
}

/** The commit refuses when the file or the fund changed since the preview the treasurer accepted. */
export function sameAsPreview(checked: CheckedImport, sha256: string, acceptedCount: number): Result<void> {
  if (checked.sheet.sha256 !== sha256) return failure('import-file-changed', 'fileId');
  if (checked.inputs.size !== acceptedCount)
    return failure('import-preview-changed', 'acceptedCount', { expectedCount: acceptedCount, foundCount: checked.inputs.size });
  if (acceptedCount === 0) return failure('import-nothing-accepted', 'fileId');
  return success(undefined);
}
