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
