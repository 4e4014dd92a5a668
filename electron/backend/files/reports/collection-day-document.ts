import type { FundProfile, Receipt } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import { buddhistYearOfDocumentNo, documentRangeText } from '../../../../shared/domain/contributions/receipt-numbers';
import { cellText } from '../../../../shared/domain/documents/cell-text';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { formatPeriodRanges } from '../../../../shared/domain/documents/period-ranges';
import { bahtText } from '../../../../shared/domain/money/baht-text';
import { sumSatang } from '../../../../shared/domain/money/satang';
import { documentText } from '../../messages';
import { fundPlaceLine } from './fund-headings';
import { signatureOf } from './signatures';

export type CollectionDayInput = {
  readonly fund: FundProfile;
  readonly collectedOn: CalendarDate;
  readonly collector: string;
  /** The day's receipts in number order (a posted day has one per line). */
  readonly receipts: readonly Receipt[];
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.collectionDay.${key}`, params);

/** What a receipt took as entry fee, and what it took for months. */
function feeOf(receipt: Receipt): number {
  return sumSatang(receipt.lines.filter((line) => line.kind === 'entry-fee').map((line) => line.amountSatang));
}

/**
 * The sheet a collector hands the committee with the cash of a collection day: who collected, the receipts
 * issued in number order with each member and the months paid, the total in figures and in words, and lines
 * for the collector, the treasurer and the checker to sign. A receipt voided since is greyed and named under
 * the table; the day's total stays what was collected that day, since a void is posted on its own date.
 */
export function collectionDayDocument(input: CollectionDayInput): DocumentModel {
  const { receipts } = input;
  const total = sumSatang(receipts.map((receipt) => receipt.totalSatang));
  const months = receipts.reduce((sum, receipt) => sum + receipt.periods.length, 0);
  const fees = sumSatang(receipts.map(feeOf));
  const first = receipts[0]?.receiptNo;
  const last = receipts[receipts.length - 1]?.receiptNo;
  const year = first === undefined ? undefined : buddhistYearOfDocumentNo(first);
  const range =
    first === undefined || last === undefined
      ? '—'
      : `${documentRangeText(first, last)}${year === undefined ? '' : ` (${documentText('documents.common.fiscalYear', { year })})`}`;
  const voided = receipts.filter((receipt) => receipt.void !== null);
  return {
    title: text('title'),
    headings: [input.fund.name, fundPlaceLine(input.fund), text('day', { date: formatDate(input.collectedOn, 'th', 'long') })],
    facts: [
      { label: text('collector'), value: input.collector || '—', kind: 'text' },
      { label: text('receipts'), value: range, kind: 'text' },
      { label: text('lines'), value: receipts.length, kind: 'count' },
      { label: text('months'), value: months, kind: 'count' },
      { label: text('total'), value: total, kind: 'money' },
      { label: text('inWords'), value: bahtText(total), kind: 'text' },
    ],
    tables: [
      {
        name: text('table'),
        columns: [
          { header: text('line'), kind: 'count', width: 0.55, align: 'center' },
          { header: text('receiptNo'), kind: 'text', width: 1.45, align: 'center' },
          { header: text('memberNo'), kind: 'text', width: 0.9, align: 'center' },
          { header: text('name'), kind: 'text', width: 2.6, wrap: 'spaces' },
          { header: text('periods'), kind: 'text', width: 1.9 },
          { header: text('monthCount'), kind: 'count', width: 0.65 },
          { header: text('entryFee'), kind: 'money', width: 0.9 },
          { header: text('amount'), kind: 'money', width: 1.05 },
        ],
        rows: receipts.map((receipt, index) => ({
          cells: [
            index + 1,
            receipt.receiptNo,
            receipt.memberNo,
            receipt.memberName,
            receipt.periods.length > 0 ? formatPeriodRanges(receipt.periods) : null,
            receipt.periods.length,
            feeOf(receipt) || null,
            receipt.totalSatang,
          ],
          ...(receipt.void ? { emphasis: 'muted' as const } : {}),
        })),
        totals:
          receipts.length > 0
            ? [null, null, null, text('totalLines', { count: cellText('count', receipts.length) }), null, months, fees || null, total]
            : undefined,
        emptyText: text('none'),
      },
    ],
    notes: voided.map((receipt) =>
      text('voided', {
        receiptNo: receipt.receiptNo,
        date: formatDate(receipt.void?.voidedOn ?? '', 'th', 'long'),
        reason: receipt.void?.reason ?? '',
      }),
    ),
    signatures: [
      { role: text('collectorSigns'), ...(input.collector ? { name: input.collector } : {}) },
      signatureOf(input.signers, 'treasurer'),
      signatureOf(input.signers, 'checker'),
    ],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name, date: formatDate(input.collectedOn, 'th') }) },
    orientation: 'portrait',
  };
}
