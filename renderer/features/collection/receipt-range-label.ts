import type { TFunction } from 'i18next';
import { buddhistYearOfDocumentNo, documentRangeText } from '../../../shared/domain/contributions/receipt-numbers';

/**
 * A day's receipt numbers as shown: one number for one receipt, else first – last; numbers kept per fiscal year
 * say which year once ("RC2570-000001 – RC2570-000003 (ปีงบประมาณ 2570)").
 */
export function receiptRangeLabel(range: { first: string; last: string }, t: TFunction): string {
  const year = buddhistYearOfDocumentNo(range.first);
  const text = documentRangeText(range.first, range.last);
  return year === undefined ? text : `${text} (${t('documents.common.fiscalYear', { year })})`;
}
