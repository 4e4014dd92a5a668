import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { success, type Result } from '../../../shared/domain/result';
import { statusFormDocument } from '../files/reports/status-form-document';
import { documentText } from '../messages';
import { checkFiscalYear } from '../steps/fiscal-years';
import { produce, producedKinds } from '../steps/produced-files';
import { statusFormFiguresOf } from '../steps/status-form-figures';
import type { JobUseCaseContext } from './use-case-context';

/**
 * The fund status form (แบบแสดงสถานะกองทุนสวัสดิการชุมชน) for a fiscal year as A4 PDF or Excel (issue 16 §5):
 * sections 1–15 from the fund's data and the answers typed for the year, through the one document path.
 */
export async function exportStatusForm(
  context: JobUseCaseContext,
  input: { fiscalYear: number; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const checked = checkFiscalYear(context, input.fiscalYear, 'fiscalYear');
  if (!checked.ok) return checked;
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const figures = statusFormFiguresOf(context.connection, input.fiscalYear, context.clock.today());
  const document = statusFormDocument({ figures, printedOn: context.clock.today() });
  const name = documentText('documents.files.statusForm', { year: toBuddhistYear(input.fiscalYear) });
  // Kept as the year-end checklist's evidence that the form went out, for the day its figures stand at.
  return success(await produce(context, document, name, input.format, { kind: producedKinds.statusForm, coversOn: figures.asOf }));
}
