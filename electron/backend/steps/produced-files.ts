import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import { success } from '../../../shared/domain/result';
import { newRecordId } from '../db/record-ids';
import { isDemoFund } from '../db/repositories/demo-repository';
import { insertProducedDocument } from '../db/repositories/year-end-repository';
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
  record?: ProducedRecord,
): Promise<ProducedFile> {
  context.job.progress(1, 2, 'rendering');
  await context.job.checkpoint();
  const fileName = `${baseName}.${format}`;
  const reserved = context.files.reserve();
  // Read here, at the one place every fund's paper is made, so no report can forget a demo's mark (issue 19 §3).
  const marking = { isDemo: isDemoFund(context.connection) };
  const rendered =
    format === 'pdf' ? await renderPdf(document, reserved.path, marking) : await renderExcel(document, reserved.path, marking);
  const stored = await context.files.keep(reserved, fileName);
  if (record) recordProduced(context, record, stored.name, format);
  context.job.progress(2, 2, 'done');
  return { fileId: stored.id, fileName: stored.name, format, bytes: stored.bytes, pages: 'pages' in rendered ? rendered.pages : null };
}

/** File names in Thai, as the treasurer will find them in her folder: what it is, whose, and the B.E. day (sortable). */
export function fileDate(iso: string): string {
  return `${toBuddhistYear(Number(iso.slice(0, 4)))}-${iso.slice(5, 10)}`;
}

/** The documents whose printing the year-end checklist asks for, as produced_documents names them. */
export const producedKinds = { section10: 'section10', statusForm: 'statusForm' } as const;

/** What a produced document covers: its kind and the day its figures stand at (a year end for the status form). */
export type ProducedRecord = { kind: string; coversOn: string };

/**
 * Notes that a document went out (printed or exported), as evidence for the year-end checklist: a short write
 * through the job's own unit of work. A fund opened read-only cannot keep the note; its file still goes out.
 */
function recordProduced(context: JobUseCaseContext, record: ProducedRecord, fileName: string, format: ExportFormat): void {
  try {
    context.commit(() => {
      const note = { uuid: newRecordId(), ...record, format, fileName, createdAt: context.call.at, actor: context.actor.userId };
      const id = insertProducedDocument(context.connection, note);
      context.audit({ entity: 'produced_document', entityId: id, after: note });
      return success(id);
    });
  } catch {
    // Read-only: nothing to record into.
  }
}
