import { createRequire } from 'node:module';
import { makeTextExtractable } from './extractable-text';

export type FontWeight = 'regular' | 'bold';

/**
 * Sarabun ships with the app (an npm package, so no download and no system font): resolved from this module
 * rather than a fixed path so the same code finds it in the source tree, in tests and in the bundled app.
 */
const require = createRequire(import.meta.url);
const fontFiles: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf',
  bold: '@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf',
};

const fontName = (weight: FontWeight) => `sarabun-${weight}`;

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const weight of ['regular', 'bold'] as const) doc.registerFont(fontName(weight), require.resolve(fontFiles[weight]));
}

/** Switches font and size; the first use of each weight also fixes how its Thai text extracts. */
export function useFont(doc: PDFKit.PDFDocument, weight: FontWeight, size: number): void {
  doc.font(fontName(weight)).fontSize(size);
  makeTextExtractable((doc as unknown as { _font: unknown })._font);
}
