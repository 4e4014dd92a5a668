/**
 * The 13-digit Thai citizen ID (Decision 5, handbook §(f)1). Imports nothing: outside tools load it directly.
 */
export function normalizeThaiId(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** Weights 13…2 over the first twelve digits; check = (11 − sum mod 11) mod 10. */
export function thaiIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += Number(first12[index]) * (13 - index);
  return (11 - (sum % 11)) % 10;
}

/** 13 digits (spaces and dashes ignored), first digit 0–8, and the check digit holds. */
export function isValidThaiId(value: string): boolean {
  const digits = normalizeThaiId(value);
  if (!/^[0-8]\d{12}$/.test(digits)) return false;
  return thaiIdCheckDigit(digits.slice(0, 12)) === Number(digits[12]);
}

/** Printed as N-NNNN-NNNNN-NN-N; anything that is not 13 digits comes back as it was. */
export function formatThaiId(value: string): string {
  const digits = normalizeThaiId(value);
  if (!/^\d{13}$/.test(digits)) return value;
  return `${digits.slice(0, 1)}-${digits.slice(1, 5)}-${digits.slice(5, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}`;
}
