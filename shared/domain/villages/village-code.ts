import { failure, success, type Result } from '../result';

/** DOPA's village code: the ตำบล's 6 digits (province 2, district 2, ตำบล 2) and the หมู่ที่ in 2 (domain §(b), [S23]). */
const villageCodePattern = /^(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** The code DOPA gives หมู่ `moo` of the ตำบล `subdistrictCode` (6 digits), e.g. 860214 and 3 → 86021403. */
export function villageCodeOf(subdistrictCode: string, moo: number): string {
  return `${subdistrictCode}${String(moo).padStart(2, '0')}`;
}

/**
 * Checks a village code against the หมู่ it is given with: eight digits whose province, district and ตำบล parts
 * are not 00, and whose last two digits are the หมู่ (a community without a หมู่ has no DOPA village code).
 * `field` names the input field the failure points at.
 */
export function checkVillageCode(code: string, moo: number | null, field: string): Result<string> {
  const parts = villageCodePattern.exec(code);
  if (!parts || parts.slice(1, 4).some((part) => part === '00')) return failure('bad-village-code', field);
  if (moo === null || Number(parts[4]) !== moo)
    return failure('village-code-moo', field, { moo: moo ?? 0, code, ending: String(moo ?? 0).padStart(2, '0') });
  return success(code);
}
