import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import type { DocumentModel } from '../../../shared/domain/documents/document-model';
import { renderExcel } from '../files/excel/render-excel';
import { renderPdf } from '../files/pdf/render-pdf';
import type { JobUseCaseContext } from '../use-cases/use-case-context';

/**
 * Renders a document to the format asked for, into the host's file store, for the transport to hand over once.
 * Every PDF goes through the one renderer and every workbook through exceljs's streaming writer (issue 13 §4).
 */
export async function produce(
  context: JobUseCaseContext,
  document: DocumentModel,
  baseName: string,
  format: ExportFormat,
): Promise<ProducedFile> {
  context.job.progress(1, 2, 'rendering');
  await context.job.checkpoint();
  const fileName = `${baseName}.${format}`;
  const reserved = context.files.reserve();
  const rendered = format === 'pdf' ? await renderPdf(document, reserved.path) : await renderExcel(document, reserved.path);
  const stored = await context.files.keep(reserved, fileName);
  context.job.progress(2, 2, 'done');
  return { fileId: stored.id, fileName: stored.name, format, bytes: stored.bytes, pages: 'pages' in rendered ? rendered.pages : null };
}

/** File names in Thai, as the treasurer will find them in her folder: what it is, whose, and the B.E. day (sortable). */
export function fileDate(iso: string): string {
  return `${toBuddhistYear(Number(iso.slice(0, 4)))}-${iso.slice(5, 10)}`;
}
