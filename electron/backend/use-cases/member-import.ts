import type { z } from 'zod';
import type { ProducedFile } from '../../../shared/api/fund-types';
import type { ImportCommitResult, ImportPreview, ImportRejectedFile, ImportSheetInfo } from '../../../shared/api/member-import-types';
import type { importCommitInput } from '../../../shared/api/member-import-schemas';
import { headerKey, importFields, dateFields, type ImportField } from '../../../shared/domain/members/import/import-fields';
import { hasErrors } from '../../../shared/domain/members/import/import-rows';
import { thaiTitles } from '../../../shared/domain/members/titles';
import { success, type Result } from '../../../shared/domain/result';
import { rememberMapping } from '../db/repositories/member-import-repository';
import { writeRejectedRows, writeTemplate, type TemplateColumn } from '../files/import/import-workbooks';
import { readImportFile } from '../files/import/read-import-file';
import { documentText } from '../messages';
import { admitMemberRecords } from '../steps/member-batch-admission';
import {
  checkImport,
  describeSheet,
  previewOf,
  problemView,
  sameAsPreview,
  type CheckedImport,
  type PreviewInput,
} from '../steps/member-import';
import { fileDate } from '../steps/produced-files';
import type { JobUseCaseContext } from './use-case-context';

type CommitInput = z.output<typeof importCommitInput>;

const exampleValues: Partial<Record<ImportField, string>> = {
  citizenId: '3-0123-04567-08-2',
  title: 'นาง',
  firstName: 'สมศรี',
  lastName: 'ใจดี',
  gender: 'หญิง',
  birthDate: '12/05/2505',
  houseNo: '45/1',
  village: '3',
  subdistrict: 'ท่าข้าม',
  district: 'ท่าแซะ',
  province: 'ชุมพร',
  postcode: '86140',
  phone: '081-234-5678',
  appliedOn: '01/06/2560',
  approvedOn: '15/06/2560',
  approvalRef: 'ประชุมคณะกรรมการ 3/2560',
  paidThrough: '09/2568',
};

const columnWidths: Partial<Record<ImportField, number>> = { citizenId: 22, noIdReason: 24, approvalRef: 28, paidThrough: 18 };

/** The template to fill (a job: exceljs writes it), with Thai headers, Excel's own checks and an example member. */
export async function importTemplate(context: JobUseCaseContext): Promise<Result<ProducedFile>> {
  context.job.progress(0, 1, 'rendering');
  await context.job.checkpoint();
  const columns: TemplateColumn[] = importFields.map((field) => ({
    header: documentText(`importFields.${field}`),
    example: exampleValues[field] ?? '',
    width: columnWidths[field] ?? 16,
    check:
      field === 'gender'
        ? {
            kind: 'list',
            choices: [documentText('documents.memberRegister.genders.male'), documentText('documents.memberRegister.genders.female')],
          }
        : field === 'title'
          ? { kind: 'list', choices: thaiTitles.map((title) => title.title) }
          : field === 'paidThrough'
            ? { kind: 'month' }
            : dateFields.includes(field)
              ? { kind: 'date' }
              : { kind: 'text' },
  }));
  const reserved = context.files.reserve();
  await writeTemplate(reserved.path, columns, {
    sheetName: documentText('documents.memberImport.sheetName'),
    exampleSheetName: documentText('documents.memberImport.exampleSheetName'),
    dateTitle: documentText('documents.memberImport.dateTitle'),
    datePrompt: documentText('documents.memberImport.datePrompt'),
    monthPrompt: documentText('documents.memberImport.monthPrompt'),
    listTitle: documentText('documents.memberImport.listTitle'),
    listPrompt: documentText('documents.memberImport.listPrompt'),
  });
  const stored = await context.files.keep(reserved, `${documentText('documents.memberImport.templateFile')}.xlsx`);
  return success({ fileId: stored.id, fileName: stored.name, format: 'xlsx', bytes: stored.bytes, pages: null });
}

/** The sheet's columns, each with the field it maps to (remembered from the last import, else guessed by its header). */
export async function openImport(context: JobUseCaseContext, input: { fileId: string }): Promise<Result<ImportSheetInfo>> {
  context.job.progress(0, 1, 'reading');
  await context.job.checkpoint();
  const sheet = await readImportFile(context.files, input.fileId);
  return sheet.ok ? success(describeSheet(context.connection, sheet.value)) : sheet;
}

/** Every row as it will be imported, with every problem per cell: a read, nothing written. */
export async function previewImport(context: JobUseCaseContext, input: PreviewInput): Promise<Result<ImportPreview>> {
  const checked = await checkImport(context, input);
  return checked.ok ? success(previewOf(context.connection, checked.value)) : checked;
}

async function rejectedFile(context: JobUseCaseContext, checked: CheckedImport): Promise<ImportRejectedFile> {
  const sourceRows = new Map(checked.sheet.rows.map((row) => [row.rowNumber, row]));
  const rejected = checked.rows
    .filter((row) => !checked.inputs.has(row.rowNumber))
    .map((row) => {
      const errors = row.problems.filter((problem) => problem.severity === 'error');
      const source = sourceRows.get(row.rowNumber);
      return {
        row: source ?? { rowNumber: row.rowNumber, cells: [] },
        reasons: errors.map((problem) => problemView(problem).message.th).join('; '),
        problemColumns: new Set(errors.flatMap((problem) => (problem.column === null ? [] : [problem.column]))),
      };
    });
  const reserved = context.files.reserve();
  await writeRejectedRows(reserved.path, checked.sheet.headers, documentText('documents.memberImport.reasonHeader'), rejected);
  const name = documentText('documents.memberImport.rejectedFile', { date: fileDate(context.clock.today()) });
  const stored = await context.files.keep(reserved, `${name}.xlsx`);
  return { fileId: stored.id, fileName: stored.name, format: 'xlsx', bytes: stored.bytes, pages: null, rows: rejected.length };
}

/** The rows the import would not take, as an Excel file with a reason column (Thai), to fix and import again. */
export async function rejectedImportRows(context: JobUseCaseContext, input: PreviewInput): Promise<Result<ImportRejectedFile>> {
  const checked = await checkImport(context, input);
  return checked.ok ? success(await rejectedFile(context, checked.value)) : checked;
}

/**
 * Registers every accepted row in one transaction through the registration's own steps (checked by checkProfile
 * while the job checked the sheet, then the batched admission that numbers, versions, derives dues and audits each
 * member as a registration does), remembers the mapping, and audits the import itself; any refusal writes nothing. Refused when the file or the preview's count changed meanwhile.
 */
export async function commitImport(context: JobUseCaseContext, input: CommitInput): Promise<Result<ImportCommitResult>> {
  const checked = await checkImport(context, input);
  if (!checked.ok) return checked;
  const same = sameAsPreview(checked.value, input.sha256, input.acceptedCount);
  if (!same.ok) return same;
  const { sheet, rows, inputs } = checked.value;
  context.job.progress(1, 1, 'writing');
  await context.job.checkpoint();
  const { connection } = context;
  const admissions = rows.flatMap((row) => {
    const profile = inputs.get(row.rowNumber);
    return profile && !hasErrors(row) ? [{ profile, approvalResolutionId: null }] : [];
  });
  return context.commit(() => {
    const numbers = admitMemberRecords(context, admissions).map((admitted) => admitted.memberNo);
    for (const entry of input.mapping) {
      const header = sheet.headers[entry.column] ?? '';
      if (headerKey(header) !== '')
        rememberMapping(connection, { headerKey: headerKey(header), field: entry.field, era: entry.era }, context.call.at);
    }
    const summary = { fileName: sheet.fileName, sha256: sheet.sha256, imported: numbers.length, rejected: rows.length - numbers.length };
    context.audit({ entity: 'member_import', entityId: sheet.sha256, after: { ...summary, mapping: input.mapping } });
    return success({
      imported: numbers.length,
      rejected: summary.rejected,
      firstMemberNo: numbers[0] ?? null,
      lastMemberNo: numbers[numbers.length - 1] ?? null,
    });
  });
}
