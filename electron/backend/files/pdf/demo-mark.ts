import { documentText } from '../../messages';
import { drawLine } from './pdf-flow';
import { useFont } from './pdf-fonts';
import { pdfStyle } from './pdf-style';

/** What a file says of the fund it comes from: a demo's every page says "ตัวอย่าง" (issue 19 §3). */
export type FileMarking = { readonly isDemo: boolean };

/**
 * "ตัวอย่าง" on every page of a demo fund's PDF: a line across the top margin, and a large pale word across the
 * page, both drawn last so no table covers them, and both real text (found by a search or a text extraction).
 */
export function drawDemoMarks(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  const line = documentText('documents.common.demoLine');
  const word = documentText('documents.common.demoWatermark');
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const { width, height } = doc.page;
    drawLine(doc, line, pdfStyle.margins.left, 10, width - pdfStyle.margins.left - pdfStyle.margins.right, 'center', {
      weight: 'bold',
      size: 10,
      color: '#d46b08',
    });
    doc.save();
    doc.rotate(-35, { origin: [width / 2, height / 2] });
    doc.fillOpacity(0.12);
    useFont(doc, 'bold', 120);
    const wordWidth = doc.widthOfString(word);
    doc.fillColor('#d46b08').text(word, width / 2 - wordWidth / 2, height / 2 - 60, { lineBreak: false });
    doc.restore();
  }
}
