import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../../shared/api/fund-types';
import type { PrintSettings } from '../../../shared/api/printing-types';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { fundPlace } from '../../components/print/fund-place';
import { NameText, SentenceWithNames } from '../../components/print/NameText';
import { SignatureBlock, type PaperSignature } from '../../components/print/SignatureBlock';

/**
 * Who signs as receiver: the collector written on the receipt, else the treasurer who recorded it, each with
 * the name and position the fund's settings know.
 */
function receiverSignature(receipt: Receipt, settings: PrintSettings | undefined, th: (key: string) => string): PaperSignature {
  const duty = th('ui.receipt.receiver');
  const treasurer = settings?.signers.treasurer;
  const treasurerPosition = treasurer?.position || th('documents.signers.treasurer');
  if (receipt.collector)
    return { duty, name: receipt.collector, position: receipt.collector === treasurer?.fullName ? treasurerPosition : undefined };
  return { duty, name: treasurer?.fullName || undefined, position: treasurer?.fullName ? treasurerPosition : undefined };
}

/**
 * The receipt as printed (handbook §(d)1): fund header with its ตำบล, อำเภอ and จังหวัด, number (with its fiscal
 * year, or book/number), B.E. date, payer, lines, total with the amount in Thai words, months covered, and the
 * receiver's signature. Always in Thai, whatever the screen language (Decision 20); a voided receipt keeps its
 * number and prints as ยกเลิก.
 */
export function ReceiptPaper({ receipt, settings }: { receipt: Receipt; settings?: PrintSettings | undefined }) {
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
      <div className="receipt-fund">
        <NameText name={receipt.fund.name} />
      </div>
      <div className="receipt-address" data-testid="receipt-place">
        <NameText name={fundPlace(receipt.fund, th)} />
      </div>
      {receipt.fund.fundCode && <div className="receipt-address">{th('ui.receipt.fundCode', { code: receipt.fund.fundCode })}</div>}
      <div className="receipt-meta">
        <span data-testid="receipt-number">
          {receipt.numbering === 'book'
            ? th('ui.receipt.bookNumber', { bookNo: receipt.bookNo, number: receipt.bookEntryNo })
            : th('ui.receipt.numberInYear', { receiptNo: receipt.receiptNo, year: toBuddhistYear(receipt.fiscalYear) })}
        </span>
        <span data-testid="receipt-date">{th('ui.receipt.date', { date: formatDate(receipt.receivedOn, 'th', 'long') })}</span>
      </div>
      <div style={{ marginTop: 8 }} data-testid="receipt-from">
        <SentenceWithNames
          names={{ name: receipt.memberName }}
          sentence={(slots) => th('ui.receipt.receivedFrom', { ...slots, memberNo: receipt.memberNo })}
        />
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
      <SignatureBlock signatures={[receiverSignature(receipt, settings, th)]} />
    </div>
  );
}
