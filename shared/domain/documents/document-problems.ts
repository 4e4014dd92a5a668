import { isValidIsoDate, isValidPeriod } from '../calendar-date';
import type { CellValue, ColumnKind, DocumentModel } from './document-model';

/**
 * Why a document cannot be rendered: a row with the wrong number of cells, or a value that does not fit its
 * column (money that is not whole satang, a date that is not ISO). These are a builder's mistakes, not the
 * user's, so the renderers refuse such a model outright rather than print a wrong figure.
 */
export function documentProblems(document: DocumentModel): string[] {
  const problems: string[] = [];
  for (const fact of document.facts) {
    if (!fitsKind(fact.kind, fact.value)) problems.push(`fact "${fact.label}": ${String(fact.value)} is not ${fact.kind}`);
  }
  for (const table of document.tables) {
    if (table.columns.length === 0) problems.push(`table "${table.name}" has no columns`);
    if (table.carry) {
      const { labelColumn, sumColumns, balanceColumn } = table.carry;
      const kindOf = (column: number) => table.columns[column]?.kind;
      if (kindOf(labelColumn) !== 'text') problems.push(`table "${table.name}" carries its label into a column that is not text`);
      for (const column of [...sumColumns, ...(balanceColumn === undefined ? [] : [balanceColumn])])
        if (kindOf(column) !== 'money' && kindOf(column) !== 'count')
          problems.push(`table "${table.name}" carries column ${column + 1}, which holds no figures`);
    }
    const lines = table.totals ? [...table.rows.map((row) => row.cells), table.totals] : table.rows.map((row) => row.cells);
    lines.forEach((cells, index) => {
      const where = index === table.rows.length ? 'totals' : `row ${index + 1}`;
      if (cells.length !== table.columns.length) {
        problems.push(`table "${table.name}" ${where}: ${cells.length} cells for ${table.columns.length} columns`);
        return;
      }
      cells.forEach((value, column) => {
        const kind = table.columns[column]?.kind ?? 'text';
        if (!fitsKind(kind, value)) problems.push(`table "${table.name}" ${where} column ${column + 1}: ${String(value)} is not ${kind}`);
      });
    });
  }
  return problems;
}

function fitsKind(kind: ColumnKind, value: CellValue): boolean {
  if (value === null) return true;
  switch (kind) {
    case 'money':
    case 'count':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'date':
      return typeof value === 'string' && isValidIsoDate(value);
    case 'period':
      return typeof value === 'string' && isValidPeriod(value);
    case 'text':
      return typeof value === 'string';
  }
}
