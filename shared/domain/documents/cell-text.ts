import { formatDate, formatPeriod } from '../buddhist-date';
import { formatBaht } from '../money/money-format';
import type { CellValue, ColumnKind, DocumentColumn } from './document-model';

/**
 * A cell as printed on paper, in Thai: money as "1,234.50", counts with thousands separators, dates in the
 * Buddhist era ("25 พ.ย. 2569") and periods as "พ.ย. 2569". Null prints empty.
 */
export function cellText(kind: ColumnKind, value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (kind === 'money') return formatBaht(value);
    return groupThousands(value);
  }
  if (kind === 'date') return formatDate(value, 'th');
  if (kind === 'period') return formatPeriod(value, 'th');
  return value;
}

function groupThousands(value: number): string {
  const sign = value < 0 ? '-' : '';
  return `${sign}${String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** Figures line up on the right, dates and months in the middle, words on the left, unless a column says otherwise. */
export function columnAlign(column: DocumentColumn): 'left' | 'center' | 'right' {
  if (column.align) return column.align;
  if (column.kind === 'money' || column.kind === 'count') return 'right';
  if (column.kind === 'date' || column.kind === 'period') return 'center';
  return 'left';
}
