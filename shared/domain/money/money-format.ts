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

export function toAsciiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(thaiDigits.indexOf(digit)));
}

export function parseBaht(text: string): number | undefined {
  const cleaned = toAsciiDigits(text).trim().replace(/,/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  const baht = Number(match[1]);
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const satang = baht * 100 + Number(fraction);
  return Number.isSafeInteger(satang) ? satang : undefined;
}
