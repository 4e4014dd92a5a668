import { toBuddhistYear } from '../calendar-date';

/**
 * Gapless document numbers per fiscal year (Decisions 9 and 13): RC2567-000001, JV…, PV…, the fiscal year
 * printed in B.E. The sequence itself is kept by the database in the same transaction as the document.
 */
export function formatDocumentNo(prefix: string, fiscalYear: number, sequence: number): string {
  return `${prefix}${toBuddhistYear(fiscalYear)}-${String(sequence).padStart(6, '0')}`;
}

/** A pre-printed receipt book's number as one unique text: book no. / number. */
export function formatBookReceiptNo(bookNo: string, number: string): string {
  return `${bookNo}/${number}`;
}

/**
 * The B.E. fiscal year an app-made number carries (RC2570-000001 → 2570), the inverse of formatDocumentNo; a
 * number from a pre-printed book carries none.
 */
export function buddhistYearOfDocumentNo(documentNo: string): number | undefined {
  const match = /^[A-Z]{1,4}(\d{4})-\d{6}$/.exec(documentNo);
  return match ? Number(match[1]) : undefined;
}

/** A run of receipt numbers as printed: "RC2570-000001 – RC2570-000003", or the one number when it is one receipt. */
export function documentRangeText(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}
