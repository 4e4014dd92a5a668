import { formatDate } from '../../../../shared/domain/buddhist-date';
import { cellText } from '../../../../shared/domain/documents/cell-text';
import {
  footerLine,
  type DocumentFact,
  type DocumentModel,
  type DocumentSignature,
} from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';
import { contentWidth, drawLine, drawLines, drawParagraph, ensureRoom, wrapIn, type PageFlow, type TextStyle } from './pdf-flow';
import { useFont } from './pdf-fonts';
import { lineHeightOf, pdfStyle } from './pdf-style';

/** The title, centred and bold, then the heading lines (fund, address, "as of"), centred. */
export function drawTitle(flow: PageFlow, document: DocumentModel): void {
  const title: TextStyle = { weight: 'bold', size: pdfStyle.size.title };
  drawParagraph(flow, document.title, title, 'center');
  flow.y += pdfStyle.gap.afterTitle;
  for (const heading of document.headings) drawParagraph(flow, heading, { weight: 'regular', size: pdfStyle.size.heading }, 'center');
  flow.y += pdfStyle.gap.afterHeadings;
}

type FactLine = { readonly facts: readonly DocumentFact[]; readonly isWide: boolean };

const factLabel: TextStyle = { weight: 'bold', size: pdfStyle.size.fact };
const factValue: TextStyle = { weight: 'regular', size: pdfStyle.size.fact };
const factGap = 6;

/**
 * Facts two to a line (label, then value), like the top of a passbook page; a fact whose value needs more
 * than one line at half width (an address) takes the whole line. Labels take the same width everywhere, so
 * the values line up in columns.
 */
export function drawFacts(flow: PageFlow, facts: readonly DocumentFact[]): void {
  if (facts.length === 0) return;
  const half = contentWidth(flow) / 2;
  const lines: FactLine[] = [];
  let pending: DocumentFact | undefined;
  for (const fact of facts) {
    if (valueLines(flow, fact, half).length > 1) {
      if (pending) lines.push({ facts: [pending], isWide: false });
      pending = undefined;
      lines.push({ facts: [fact], isWide: true });
    } else if (pending) {
      lines.push({ facts: [pending, fact], isWide: false });
      pending = undefined;
    } else {
      pending = fact;
    }
  }
  if (pending) lines.push({ facts: [pending], isWide: false });
  for (const line of lines) drawFactLine(flow, line);
  flow.y += pdfStyle.gap.afterFacts;
}

function labelWidth(flow: PageFlow): number {
  return (contentWidth(flow) / 2) * 0.42;
}

function valueLines(flow: PageFlow, fact: DocumentFact, width: number): string[] {
  return wrapIn(flow.doc, cellText(fact.kind, fact.value), width - labelWidth(flow) - factGap, factValue);
}

function drawFactLine(flow: PageFlow, line: FactLine): void {
  const width = line.isWide ? contentWidth(flow) : contentWidth(flow) / 2;
  const label = labelWidth(flow);
  const cells = line.facts.map((fact) => ({
    label: wrapIn(flow.doc, fact.label, label - factGap, factLabel),
    value: valueLines(flow, fact, width),
  }));
  const lineHeight = lineHeightOf(pdfStyle.size.fact);
  const height = Math.max(...cells.map((cell) => Math.max(cell.label.length, cell.value.length))) * lineHeight;
  ensureRoom(flow, height);
  cells.forEach((cell, index) => {
    const x = flow.left + index * width;
    drawLines(flow.doc, cell.label, x, flow.y, label - factGap, 'left', factLabel);
    drawLines(flow.doc, cell.value, x + label, flow.y, width - label - factGap, 'left', factValue);
  });
  flow.y += height + 1;
}

export function drawNotes(flow: PageFlow, notes: readonly string[]): void {
  for (const note of notes) {
    drawParagraph(flow, note, { weight: 'regular', size: pdfStyle.size.note });
    flow.y += pdfStyle.gap.paragraph;
  }
}

/**
 * Signature blocks side by side at the foot of the content, kept together on one page: a dotted line after
 * "ลงชื่อ", the name in brackets (or a blank bracket to write it in), and the office.
 */
export function drawSignatures(flow: PageFlow, signatures: readonly DocumentSignature[]): void {
  if (signatures.length === 0) return;
  const style: TextStyle = { weight: 'regular', size: pdfStyle.size.fact };
  const perLine = signaturesPerLine(flow, signatures);
  const width = contentWidth(flow) / perLine;
  const rows = Math.ceil(signatures.length / perLine);
  const blockHeight = lineHeightOf(style.size) * 4;
  ensureRoom(flow, signaturesHeight(flow, signatures));
  flow.y += 20;
  signatures.forEach((signature, index) => {
    const column = index % perLine;
    // A lone signature sits on the right, where a signatory expects it.
    const x = perLine === 1 ? flow.left + contentWidth(flow) / 2 : flow.left + column * width;
    const top = flow.y + Math.floor(index / perLine) * blockHeight;
    const blockWidth = perLine === 1 ? contentWidth(flow) / 2 : width;
    const lines = [
      documentText('documents.common.signedBy'),
      signature.name ? `(${signature.name})` : documentText('documents.common.nameBlank'),
      signature.role,
    ];
    drawLines(flow.doc, lines, x, top, blockWidth, 'center', style);
  });
  flow.y += rows * blockHeight;
}

function signaturesPerLine(flow: PageFlow, signatures: readonly DocumentSignature[]): number {
  return Math.min(signatures.length, flow.orientation === 'landscape' ? 3 : 2);
}

/** The height the signature blocks take, with the space above them. */
export function signaturesHeight(flow: PageFlow, signatures: readonly DocumentSignature[]): number {
  if (signatures.length === 0) return 0;
  return 20 + Math.ceil(signatures.length / signaturesPerLine(flow, signatures)) * lineHeightOf(pdfStyle.size.fact) * 4;
}

/** The height the notes take, as drawNotes lays them out. */
export function notesHeight(flow: PageFlow, notes: readonly string[]): number {
  const style: TextStyle = { weight: 'regular', size: pdfStyle.size.note };
  return notes.reduce(
    (sum, note) => sum + wrapIn(flow.doc, note, contentWidth(flow), style).length * lineHeightOf(style.size) + pdfStyle.gap.paragraph,
    0,
  );
}

/** Printed-on date and page numbers on every page, drawn once all pages exist so "of y" is known. */
export function drawFooters(doc: PDFKit.PDFDocument, document: DocumentModel): number {
  const range = doc.bufferedPageRange();
  const style: TextStyle = { weight: 'regular', size: pdfStyle.size.footer, color: pdfStyle.color.muted };
  const printed = documentText('documents.common.printedOn', { date: formatDate(document.footer.printedOn, 'th') });
  const left = footerLine(document.footer, printed, '  ·  ');
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const { width, height } = doc.page;
    const top = height - pdfStyle.margins.bottom - lineHeightOf(style.size) + 2;
    const right = width - pdfStyle.margins.right;
    const pageText = documentText('documents.common.page', { page: index + 1, pages: range.count });
    doc.lineWidth(0.4).strokeColor(pdfStyle.color.lightRule);
    doc
      .moveTo(pdfStyle.margins.left, top - 3)
      .lineTo(right, top - 3)
      .stroke();
    const leftWidth = right - pdfStyle.margins.left - 70;
    drawLine(doc, left, pdfStyle.margins.left, top, leftWidth, 'left', { ...style, size: fittingSize(doc, left, leftWidth, style) });
    drawLine(doc, pageText, right - 70, top, 70, 'right', style);
  }
  return range.count;
}

/** A long fund name in the footer is set smaller rather than run into the page number. */
function fittingSize(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): number {
  useFont(doc, style.weight, style.size);
  const natural = doc.widthOfString(text);
  return natural <= width ? style.size : (style.size * width) / natural;
}
