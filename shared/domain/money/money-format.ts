/**
 * Amounts on screen and paper: "1,234.50" (comma thousands, always two decimals). Parsing takes what a
 * treasurer types, Thai digits included, and answers integer satang — never a float.
 */
export function formatBaht(satang: number): string {
  const negative = satang < 0;
  const absolute = Math.abs(satang);
  const baht = Math.floor(absolute / 100);
  const rest = absolute % 100;
  const grouped = String(baht).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${String(rest).padStart(2, '0')}`;
}

const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';

/** Thai digits ๐–๙ (used in bylaws and by some keyboards) as ASCII digits; everything else unchanged. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(thaiDigits.indexOf(digit)));
}

/** Whole baht, either plain digits or with commas every three digits ("1,234,567"), then up to two decimals. */
const amountPattern = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * What a treasurer types ("1,234.5", "1234", " 30 ", "๓๐") → satang; undefined for anything that is not a
 * plain non-negative amount with at most two decimals, or that is beyond the safe integer range. Commas in
 * odd places ("1,2,3") are refused: they are more likely a typo than a thousands separator.
 */
export function parseBaht(text: string): number | undefined {
  const match = amountPattern.exec(toAsciiDigits(text).trim());
  if (!match) return undefined;
  const baht = Number((match[1] ?? '').replace(/,/g, ''));
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const satang = baht * 100 + Number(fraction);
  return Number.isSafeInteger(satang) ? satang : undefined;
}

/** Whole baht and the satang as two digits, the paper form's บาท | สต. columns (a negative keeps its sign on the baht). */
export function bahtAndSatang(satang: number): [number, string] {
  return [Math.trunc(satang / 100), String(Math.abs(satang % 100)).padStart(2, '0')];
}
