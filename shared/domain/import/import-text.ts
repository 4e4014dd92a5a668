import { cellText, type ImportCell } from './import-cells';

/** Text of a cell, trimmed and NFC, with Thai digits kept as written (names and addresses). */
export function importText(cell: ImportCell | null | undefined): string {
  return cellText(cell).normalize('NFC').trim();
}
