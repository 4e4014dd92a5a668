import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { documentProblems } from '../../../../shared/domain/documents/document-problems';
import { writeThroughTemporary } from '../write-through-temporary';
import { drawFacts, drawFooters, drawNotes, drawSignatures, drawTitle, notesHeight, signaturesHeight } from './draw-blocks';
import { drawDemoMarks, type FileMarking } from './demo-mark';
import { drawTable } from './draw-table';
import { createFlow } from './pdf-flow';
import { registerFonts } from './pdf-fonts';
import { pdfStyle } from './pdf-style';

export type RenderedPdf = { readonly bytes: number; readonly pages: number };

/**
 * The one way the backend makes a PDF (every report goes through here): an A4 document in Sarabun, Thai shaped
 * by the font's own rules and extractable as text; a demo fund's says "ตัวอย่าง" on every page. Written to `<path>.tmp` and renamed to `path` when complete.
 */
export async function renderPdf(document: DocumentModel, path: string, marking: FileMarking): Promise<RenderedPdf> {
  const problems = documentProblems(document);
  if (problems.length > 0) throw new Error(`document cannot be rendered: ${problems.slice(0, 5).join('; ')}`);
  let pages = 0;
  const bytes = await writeThroughTemporary(path, async (temporaryPath) => {
    const doc = new PDFDocument({
      autoFirstPage: false,
      bufferPages: true,
      margin: 0,
      lang: 'th-TH',
      displayTitle: true,
      info: { Title: document.title, Creator: 'SWF Ledger', Producer: 'SWF Ledger' },
    });
    const output = createWriteStream(temporaryPath);
    doc.pipe(output);
    registerFonts(doc);
    const flow = createFlow(doc, document.orientation);
    drawTitle(flow, document);
    drawFacts(flow, document.facts);
    // What follows the last table (its notes and signatures) is kept with the table's end, never left alone.
    const tail = pdfStyle.gap.afterTable + notesHeight(flow, document.notes) + signaturesHeight(flow, document.signatures);
    document.tables.forEach((table, index) => {
      drawTable(flow, table, index === document.tables.length - 1 ? tail : 0);
      flow.y += pdfStyle.gap.afterTable;
    });
    drawNotes(flow, document.notes);
    drawSignatures(flow, document.signatures);
    pages = drawFooters(doc, document);
    if (marking.isDemo) drawDemoMarks(doc);
    for (const attachment of document.attachments ?? []) {
      doc.file(Buffer.from(attachment.content, 'utf8'), {
        name: attachment.name,
        type: 'application/json',
        description: attachment.description,
      });
    }
    doc.end();
    await finished(output);
  });
  return { bytes, pages };
}
