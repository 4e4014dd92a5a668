import type { z } from 'zod';
import type { ProducedFile } from '../../../shared/api/fund-types';
import type { ImportCommitResult, ImportPreview, ImportRejectedFile, ImportSheetInfo } from '../../../shared/api/member-import-types';
import type { importCommitInput } from '../../../shared/api/member-import-schemas';
import { dateFields, type ImportField } from '../../../shared/domain/members/import/import-fields';
import { hasErrors } from '../../../shared/domain/members/import/import-rows';
import { thaiTitles } from '../../../shared/domain/members/titles';
import { success, type Result } from '../../../shared/domain/result';
import { documentText } from '../messages';
import { admitMemberRecords } from '../steps/member-batch-admission';
import { checkImport, memberSheet, type PreviewInput } from '../steps/member-import';
import { openSheet, previewOf, rejectedRowsFile, rememberColumns, sameAsPreview, templateFile } from '../steps/sheet-import';
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
  return templateFile(context, memberSheet, (field) => ({
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
}

/** The sheet's columns, each with the field it maps to (remembered from the last import, else guessed by its header). */
export async function openImport(context: JobUseCaseContext, input: { fileId: string }): Promise<Result<ImportSheetInfo>> {
  return openSheet(context, input.fileId, memberSheet);
}

/** Every row as it will be imported, with every problem per cell: a read, nothing written. */
export async function previewImport(context: JobUseCaseContext, input: PreviewInput): Promise<Result<ImportPreview>> {
  const checked = await checkImport(context, input);
  return checked.ok ? success(previewOf(context.connection, checked.value, memberSheet)) : checked;
}

/** The rows the import would not take, as an Excel file with a reason column (Thai), to fix and import again. */
export async function rejectedImportRows(context: JobUseCaseContext, input: PreviewInput): Promise<Result<ImportRejectedFile>> {
  const checked = await checkImport(context, input);
  return checked.ok ? success(await rejectedRowsFile(context, checked.value, memberSheet)) : checked;
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
    rememberColumns(connection, memberSheet, sheet, input.mapping, context.call.at);
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
