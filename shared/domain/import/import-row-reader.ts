import { columnLetter, type ImportCell, type ImportRow } from './import-cells';
import type { DateReading } from './import-dates';
import type { ColumnMapping, ImportEra } from './import-columns';
import { importText } from './import-text';

/** One problem of one cell (or of the row, when no column holds the field): an error keeps the row out, a warning does not. */
export type CellProblem<F extends string = string> = {
  readonly column: number | null;
  readonly field: F | null;
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly severity: 'error' | 'warning';
};

/** A row checked: every problem it has, and what it will become (partial while it has errors). */
export type EvaluatedRowOf<F extends string, P> = {
  readonly rowNumber: number;
  readonly problems: CellProblem<F>[];
  readonly profile: Partial<P>;
};

export type RowReader<F extends string> = {
  cell: (field: F) => ImportCell | null;
  column: (field: F) => number | null;
  era: (field: F) => ImportEra;
  problem: (field: F, code: string, params?: Record<string, string | number>, severity?: 'error' | 'warning') => void;
};

/** Reads one row through a mapping, each problem named by its cell (C5) and kept on the row's list. */
export function rowReader<F extends string>(row: ImportRow, mapping: ColumnMapping<F>, problems: CellProblem<F>[]): RowReader<F> {
  const entryOf = (field: F) => mapping.find((entry) => entry.field === field);
  const column = (field: F) => entryOf(field)?.column ?? null;
  return {
    column,
    cell: (field) => {
      const index = column(field);
      return index === null ? null : (row.cells[index] ?? null);
    },
    era: (field) => entryOf(field)?.era ?? 'auto',
    problem: (field, code, params = {}, severity = 'error') => {
      const index = column(field);
      const cell = index === null ? '' : `${columnLetter(index)}${row.rowNumber}`;
      problems.push({ column: index, field, code, params: { ...params, cell, importField: field }, severity });
    },
  };
}

/** The cell's text, or a problem when the field is needed and the cell is blank or holds nothing usable. */
export function textOf<F extends string>(reader: RowReader<F>, field: F, required: boolean): string {
  const cell = reader.cell(field);
  if (cell?.kind === 'unusable') {
    reader.problem(field, `import-${cell.reason}`, { text: cell.text });
    return '';
  }
  const text = importText(cell);
  if (required && text === '') reader.problem(field, 'import-required');
  return text;
}

/** A date or month of a cell, read by `read`; blank, unusable and unreadable cells are problems on the cell. */
export function dateOf<F extends string, T>(
  reader: RowReader<F>,
  field: F,
  read: (cell: ImportCell) => DateReading<T>,
  required: boolean,
): T | undefined {
  const cell = reader.cell(field);
  if (cell === null || importText(cell) === '') {
    if (required) reader.problem(field, 'import-required');
    return undefined;
  }
  if (cell.kind === 'unusable') {
    reader.problem(field, `import-${cell.reason}`, { text: cell.text });
    return undefined;
  }
  const reading = read(cell);
  if (!reading.ok) {
    const { code, ...params } = reading.problem;
    reader.problem(field, code, { ...params, text: importText(cell) });
    return undefined;
  }
  if (reading.twoDigitYear) reader.problem(field, 'import-two-digit-year', { text: importText(cell) }, 'warning');
  return reading.value;
}

export function hasErrors(row: { readonly problems: readonly { severity: 'error' | 'warning' }[] }): boolean {
  return row.problems.some((problem) => problem.severity === 'error');
}

/** A problem found across rows (a duplicate), put on a row's cell. */
export function problemAt<F extends string>(
  rowNumber: number,
  mapping: ColumnMapping<F>,
  field: F,
  code: string,
  params: Record<string, string | number>,
): CellProblem<F> {
  const column = mapping.find((entry) => entry.field === field)?.column ?? null;
  const cell = column === null ? '' : `${columnLetter(column)}${rowNumber}`;
  return { column, field, code, params: { ...params, cell, importField: field }, severity: 'error' };
}
