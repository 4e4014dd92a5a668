import { checkColumns } from '../../import/import-columns';
import { requiredFields, type ImportMapping } from './import-fields';
import { failure, type Result } from '../../result';

/**
 * A member mapping the preview can use: the shared column checks (each column once, each field from one column,
 * the fields a member needs all chosen), and the citizen ID or the reason there is none.
 */
export function checkMapping(mapping: ImportMapping, columnCount: number): Result<ImportMapping> {
  const checked = checkColumns(mapping, columnCount, requiredFields);
  if (!checked.ok) return checked;
  if (!mapping.some((entry) => entry.field === 'citizenId' || entry.field === 'noIdReason'))
    return failure('import-field-not-mapped', 'mapping', { importField: 'citizenId' });
  return checked;
}
