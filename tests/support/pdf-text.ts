import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text pieces of each page in drawing order, as a reader's copy or a search would see them (pdf.js, no OCR). */
export async function pdfPages(path: string): Promise<string[][]> {
  const data = new Uint8Array(await readFile(path));
  const pdf = await getDocument({ data, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item.str] : [])));
  }
  await pdf.destroy();
  return pages;
}

/** Each page's width and height in points (A4 portrait is 595 × 842). */
export async function pdfPageSizes(path: string): Promise<[number, number][]> {
  const data = new Uint8Array(await readFile(path));
  const pdf = await getDocument({ data, verbosity: 0 }).promise;
  const sizes: [number, number][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const [, , width = 0, height = 0] = (await pdf.getPage(number)).view;
    sizes.push([Math.round(width), Math.round(height)]);
  }
  await pdf.destroy();
  return sizes;
}

/** The text pieces of one page with where they start and how wide they are, in points from the left edge. */
export async function pdfPlacedTexts(path: string, page = 1): Promise<{ text: string; left: number; right: number }[]> {
  const data = new Uint8Array(await readFile(path));
  const pdf = await getDocument({ data, verbosity: 0 }).promise;
  const content = await (await pdf.getPage(page)).getTextContent();
  const placed = content.items.flatMap((item) =>
    'str' in item && item.str.trim() !== ''
      ? [{ text: item.str, left: item.transform[4] as number, right: (item.transform[4] as number) + item.width }]
      : [],
  );
  await pdf.destroy();
  return placed;
}
