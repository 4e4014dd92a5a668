import { toAsciiDigits } from '../money/money-format';
import { failure, success, type Result } from '../result';
import { columnLetter } from './import-cells';

/**
 * What every sheet import shares (issue 19): columns mapped to fields one to one, a date column's calendar,
 * headers compared loosely, the person's earlier choice remembered per header. Each import (members,
 * contribution history, welfare history) names its own fields and header words.
 */

/** How a date column writes its years: B.E. (พ.ศ.), C.E. (ค.ศ.), or either, told apart by size (Decision 3). */
export const importEras = ['auto', 'be', 'ce'] as const;
export type ImportEra = (typeof importEras)[number];

/** Which column fills which field. */
export type ColumnMapping<F extends string> = { readonly column: number; readonly field: F; readonly era: ImportEra }[];

/** A header's words as compared: Thai digits as Arabic, lower case, without spaces, dots, colons, dashes and underscores. */
export function headerKey(header: string): string {
  return toAsciiDigits(header)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.:_-]/g, '');
}

/** The field a header names, when it names one: the person's earlier choice for that header first, then the usual words. */
export function guessFieldOf<F extends string>(
  header: string,
  remembered: ReadonlyMap<string, F>,
  fields: readonly F[],
  headerWords: Readonly<Record<F, readonly string[]>>,
): F | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  const earlier = remembered.get(key);
  if (earlier) return earlier;
  for (const field of fields) if (headerWords[field].some((word) => headerKey(word) === key)) return field;
  return undefined;
}

/**
 * A mapping the preview can use: every column within the sheet and chosen once, every field from one column
 * only (a field chosen for two columns is refused naming both), and the fields the import needs all chosen.
 */
export function checkColumns<F extends string>(
  mapping: ColumnMapping<F>,
  columnCount: number,
  requiredFields: readonly F[],
): Result<ColumnMapping<F>> {
  const seenColumns = new Set<number>();
  for (const [index, entry] of mapping.entries()) {
    if (entry.column >= columnCount)
      return failure('import-column-missing', `mapping.${index}.column`, { column: columnLetter(entry.column) });
    if (seenColumns.has(entry.column))
      return failure('import-column-mapped-twice', `mapping.${index}.column`, { column: columnLetter(entry.column) });
    seenColumns.add(entry.column);
    const earlier = mapping.findIndex((other) => other.field === entry.field);
    if (earlier !== index) {
      const columns = `${columnLetter(mapping[earlier]?.column ?? 0)}, ${columnLetter(entry.column)}`;
      return failure('import-field-mapped-twice', `mapping.${index}.field`, { importField: entry.field, columns });
    }
  }
  for (const field of requiredFields)
    if (!mapping.some((entry) => entry.field === field)) return failure('import-field-not-mapped', 'mapping', { importField: field });
  return success(mapping);
}
