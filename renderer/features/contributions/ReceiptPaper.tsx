import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../../shared/api/fund-types';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';

/**
 * The receipt as printed (handbook §(d)1): fund header, number (or book/number), B.E. date, payer, lines,
 * total with the amount in Thai words, months covered, and the receiver's signature line. Always in Thai,
 * whatever the screen language (Decision 20); a voided receipt keeps its number and prints as ยกเลิก.
 */
export function ReceiptPaper({ receipt }: { receipt: Receipt }) {
  const { i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  const first = receipt.periods[0];
  const last = receipt.periods[receipt.periods.length - 1];
  return (
    <div className="receipt-paper" data-testid="receipt-paper">
      {receipt.void && (
        <div className="receipt-void-stamp" data-testid="receipt-void-stamp">
          {th('ui.receipt.void')}
        </div>
      )}
      <h2>{th('ui.receipt.title')}</h2>
      <div className="receipt-fund">{receipt.fund.name}</div>
      {receipt.fund.address && <div className="receipt-address">{receipt.fund.address}</div>}
      {receipt.fund.fundCode && <div className="receipt-address">{th('ui.receipt.fundCode', { code: receipt.fund.fundCode })}</div>}
      <div className="receipt-meta">
        <span data-testid="receipt-number">
          {receipt.numbering === 'book'
            ? th('ui.receipt.bookNumber', { bookNo: receipt.bookNo, number: receipt.bookEntryNo })
            : th('ui.receipt.number', { receiptNo: receipt.receiptNo })}
        </span>
        <span data-testid="receipt-date">{th('ui.receipt.date', { date: formatDate(receipt.receivedOn, 'th', 'long') })}</span>
      </div>
      <div style={{ marginTop: 8 }} data-testid="receipt-from">
        {th('ui.receipt.receivedFrom', { name: receipt.memberName, memberNo: receipt.memberNo })}
      </div>
      <table>
        <thead>
          <tr>
            <th style={{ width: 56 }}>{th('ui.receipt.line')}</th>
            <th>{th('ui.receipt.item')}</th>
            <th style={{ width: 150 }}>{th('ui.receipt.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.lines.map((line, index) => (
            <tr key={index}>
              <td style={{ textAlign: 'center' }}>{index + 1}</td>
              <td>{line.description}</td>
              <td className="money">{formatBaht(line.amountSatang)}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={2}>
              <strong>{th('ui.receipt.total')}</strong> <span data-testid="receipt-words">({receipt.amountInWords})</span>
            </td>
            <td className="money" data-testid="receipt-total">
              <strong>{formatBaht(receipt.totalSatang)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {first && last && (
        <div data-testid="receipt-months">
          {th('ui.receipt.months', { from: formatPeriod(first, 'th'), to: formatPeriod(last, 'th'), count: receipt.periods.length })}
        </div>
      )}
      {receipt.void && (
        <div style={{ color: '#c0392b', marginTop: 6 }} data-testid="receipt-void-note">
          {th('ui.receipt.voidNote', { date: formatDate(receipt.void.voidedOn, 'th', 'long'), reason: receipt.void.reason })}
        </div>
      )}
      <div className="signature-line">
        <div>
          <div>{th('ui.receipt.signature')}</div>
          <div>({receipt.collector || '................................................'})</div>
          <div>{th('ui.receipt.receiver')}</div>
        </div>
      </div>
    </div>
  );
}
