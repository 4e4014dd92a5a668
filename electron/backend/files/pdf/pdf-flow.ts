import { useFont, type FontWeight } from './pdf-fonts';
import { lineHeightOf, pdfStyle } from './pdf-style';
import { wrapText, type WrapMode } from './line-breaks';

export type Align = 'left' | 'center' | 'right';

/** The printable area of a page and where the next block starts. */
export type PageFlow = {
  readonly doc: PDFKit.PDFDocument;
  readonly orientation: 'portrait' | 'landscape';
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  y: number;
};

export function createFlow(doc: PDFKit.PDFDocument, orientation: 'portrait' | 'landscape'): PageFlow {
  const flow: PageFlow = { doc, orientation, left: 0, right: 0, top: 0, bottom: 0, y: 0 };
  return startPage(flow);
}

/** Every page is laid out by hand (no pdfkit margins or automatic pages), so nothing is ever placed by accident. */
export function startPage(flow: PageFlow): PageFlow {
  flow.doc.addPage({ size: 'A4', layout: flow.orientation, margin: 0 });
  const { width, height } = flow.doc.page;
  Object.assign(flow, {
    left: pdfStyle.margins.left,
    right: width - pdfStyle.margins.right,
    top: pdfStyle.margins.top,
    bottom: height - pdfStyle.margins.bottom - pdfStyle.footerHeight,
    y: pdfStyle.margins.top,
  });
  return flow;
}

export function contentWidth(flow: PageFlow): number {
  return flow.right - flow.left;
}

/** Starts a new page when `height` does not fit below the cursor; answers whether it did. */
export function ensureRoom(flow: PageFlow, height: number): boolean {
  if (flow.y + height <= flow.bottom || flow.y === flow.top) return false;
  startPage(flow);
  return true;
}

export type TextStyle = { readonly weight: FontWeight; readonly size: number; readonly color?: string };

/** Lines of text wrapped to a width at Thai word boundaries (or spaces only), in the given style. */
export function wrapIn(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle, mode: WrapMode = 'words'): string[] {
  useFont(doc, style.weight, style.size);
  return [...wrapText(text, width, (line) => doc.widthOfString(line), mode).lines];
}

/** One line whose top edge is at `top`; the x position follows the alignment inside [x, x + width]. */
export function drawLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  top: number,
  width: number,
  align: Align,
  style: TextStyle,
): void {
  if (text === '') return;
  useFont(doc, style.weight, style.size);
  const textWidth = align === 'left' ? 0 : doc.widthOfString(text);
  const offset = align === 'right' ? width - textWidth : align === 'center' ? (width - textWidth) / 2 : 0;
  doc.fillColor(style.color ?? pdfStyle.color.text);
  doc.text(text, x + offset, top + style.size * pdfStyle.baseline, { lineBreak: false, baseline: 'alphabetic' });
}

/** Wrapped lines drawn from `top`; answers the height they took. */
export function drawLines(
  doc: PDFKit.PDFDocument,
  lines: readonly string[],
  x: number,
  top: number,
  width: number,
  align: Align,
  style: TextStyle,
): number {
  const height = lineHeightOf(style.size);
  lines.forEach((line, index) => drawLine(doc, line, x, top + index * height, width, align, style));
  return lines.length * height;
}

/** A paragraph across the page that may continue on the next page line by line. */
export function drawParagraph(flow: PageFlow, text: string, style: TextStyle, align: Align = 'left'): void {
  const lineHeight = lineHeightOf(style.size);
  for (const line of wrapIn(flow.doc, text, contentWidth(flow), style)) {
    ensureRoom(flow, lineHeight);
    drawLine(flow.doc, line, flow.left, flow.y, contentWidth(flow), align, style);
    flow.y += lineHeight;
  }
}
