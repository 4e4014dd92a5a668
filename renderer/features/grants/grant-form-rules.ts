import { parseBaht } from '../../../shared/domain/money/money-format';

/** An amount that may be left empty; when typed it must read as baht and satang. */
export const optionalMoneyRule = (message: string) => ({
  validator: (_rule: unknown, value: unknown) => {
    if (value === undefined || value === '' || (typeof value === 'string' && parseBaht(value) !== undefined)) return Promise.resolve();
    return Promise.reject(new Error(message));
  },
});

/** An optional typed amount in satang, or null when left empty. */
export function satangOrNull(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  return parseBaht(value) ?? null;
}
