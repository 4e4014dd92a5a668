import type { z } from 'zod';
import { registerMemberInput } from '../../../shared/api/fund-contract';
import type { MemberProfile } from '../../../shared/api/fund-types';
import type { importPreviewInput } from '../../../shared/api/member-import-schemas';
import { columnLetter } from '../../../shared/domain/import/import-cells';
import {
  headerWords,
  importFields,
  requiredFields,
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
  type ImportedProfile,
  type ImportFundFacts,
} from '../../../shared/domain/members/import/import-rows';
import { success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { readFund } from '../db/repositories/fund-repository';
import { readApprovalsCiteResolution } from '../db/repositories/meeting-repository';
import { heldCitizenIds } from '../db/repositories/member-import-repository';
import { listVillages } from '../db/repositories/village-repository';
import type { JobUseCaseContext } from '../use-cases/use-case-context';
import { checkProfile } from './member-admission';
import { readMappedSheet, type CheckedSheet, type SheetKind } from './sheet-import';

export type PreviewInput = z.output<typeof importPreviewInput>;

/**
 * A checked sheet: its rows as evaluated, and each accepted row's profile as the registration's own checks left
 * it. The commit registers these: the job holds every write call from its start (A4), so the fund they were
 * checked against is the fund they are written to.
 */
export type CheckedImport = CheckedSheet<ImportField, ImportedProfile> & { inputs: Map<number, MemberProfile> };

const chunk = 1000;

/** The member import's fields, header words and documents, for the shared sheet machinery. */
export const memberSheet: SheetKind<ImportField> = {
  kind: 'members',
  fields: importFields,
  requiredFields,
  headerWords,
  fieldNames: 'importFields',
  documents: 'documents.memberImport',
};

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
  const read = await readMappedSheet(context, input.fileId, input.mapping, memberSheet);
  if (!read.ok) return read;
  const { sheet } = read.value;
  // The shared check held the columns to the sheet; this adds the member import's own: an ID or its reason.
  const mapping = checkMapping(read.value.mapping, Number.MAX_SAFE_INTEGER);
  if (!mapping.ok) return mapping;
  const facts = fundFacts(connection, context.clock.today(), input.defaultApprovalRef);
  const total = sheet.rows.length;
  const rows: EvaluatedRow[] = [];
  for (const [index, row] of sheet.rows.entries()) {
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
  return success({ sheet, mapping: mapping.value, rows, inputs, accepted: new Set(inputs.keys()) });
}
