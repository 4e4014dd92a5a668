/** Sizes in PDF points (1/72 inch). */
const millimetre = 72 / 25.4;

/**
 * How documents look on A4. The left margin leaves room for a two-hole punch and a binder; 15 mm elsewhere is
 * inside what any office printer can reach. Sarabun's stacked marks (a tone mark over an upper vowel, a lower
 * vowel under ฎ) reach about 1.25 em above and 0.5 em below the baseline, so lines are 1.45 em apart with the
 * baseline 1.08 em below a line's top, and each table cell adds padding above and below.
 */
export const pdfStyle = {
  margins: { top: 15 * millimetre, bottom: 12 * millimetre, left: 20 * millimetre, right: 15 * millimetre },
  size: { title: 16, heading: 11, fact: 10, tableName: 11.5, table: 9.5, note: 9.5, footer: 8.5 },
  /** The smallest a name may shrink to so that each of its words fits its column (a figure always fits). */
  minimumSize: 7,
  lineHeight: 1.45,
  baseline: 1.08,
  cell: { paddingX: 4, paddingY: 2.2 },
  /** Space kept at the foot of every page for the printed-on date and the page number. */
  footerHeight: 16,
  gap: { afterTitle: 4, afterHeadings: 10, afterFacts: 12, beforeTableName: 6, afterTable: 14, paragraph: 4 },
  color: { text: '#000000', muted: '#6b6b6b', rule: '#8c8c8c', lightRule: '#c4c4c4', headerFill: '#e4e4e4', totalsFill: '#f1f1f1' },
} as const;

export function lineHeightOf(size: number): number {
  return size * pdfStyle.lineHeight;
}
