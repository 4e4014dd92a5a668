import { failure, success, type Result } from '../../result';
import { columnLetter } from './import-cells';
import { requiredFields, type ImportMapping } from './import-fields';

/**
 * A mapping the preview can use: every column within the sheet and chosen once, every field from one column
 * only (a field chosen for two columns is refused naming both), the fields a member needs all chosen, and the
 * citizen ID or the reason there is none.
 */
export function checkMapping(mapping: ImportMapping, columnCount: number): Result<ImportMapping> {
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
  if (!mapping.some((entry) => entry.field === 'citizenId' || entry.field === 'noIdReason'))
    return failure('import-field-not-mapped', 'mapping', { importField: 'citizenId' });
  return success(mapping);
}
