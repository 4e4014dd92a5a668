/**
 * One cell of a sheet brought for import, as the file readers hand it over: what was typed (text), a number, a
 * date cell (its calendar day as the sheet stores it, year as written), or a cell that holds nothing usable (a
 * formula never calculated, an Excel error such as #N/A). Empty cells are null.
 */
export type ImportCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: 'unusable'; readonly reason: 'formula-without-value' | 'cell-error'; readonly text: string };

/** A sheet after reading: the header row's words and every data row below it, numbered as the sheet numbers them. */
export type ImportSheet = {
  readonly headers: readonly string[];
  readonly rows: readonly ImportRow[];
  /** Merged ranges (A5:A9) whose top-left value was given to every cell of the range. */
  readonly mergedRanges: readonly string[];
};

export type ImportRow = { readonly rowNumber: number; readonly cells: readonly (ImportCell | null)[] };

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** What a cell shows, as one line of text (numbers as written, dates as d/m/yyyy with the sheet's own year). */
export function cellText(cell: ImportCell | null | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return Number.isInteger(cell.value) ? cell.value.toFixed(0) : String(cell.value);
    case 'date':
      return `${cell.day}/${cell.month}/${cell.year}`;
    case 'unusable':
      return cell.text;
  }
}
