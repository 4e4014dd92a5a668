import { useTranslation } from 'react-i18next';
import type { IncomeReceipt } from '../../../shared/api/other-money-types';
import type { PrintSettings } from '../../../shared/api/printing-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { fundPlace } from '../../components/print/fund-place';
import { NameText, SentenceWithNames } from '../../components/print/NameText';
import { SignatureBlock } from '../../components/print/SignatureBlock';
import { officerSignature } from '../../components/print/use-print-settings';

/**
 * A receipt for other income as printed, on the same paper as a member's receipt (handbook §(d)1): fund header,
 * number with its fiscal year, B.E. date, the payer, the line, the total in Thai words, the account it went
 * into, and the treasurer's signature. Always in Thai (Decision 20); a voided one keeps its number, stamped ยกเลิก.
 */
export function IncomeReceiptPaper({ receipt, settings }: { receipt: IncomeReceipt; settings?: PrintSettings | undefined }) {
  const { i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  return (
    <div className="receipt-paper" data-testid="income-receipt-paper">
      {receipt.void && (
        <div className="receipt-void-stamp" data-testid="income-void-stamp">
          {th('ui.receipt.void')}
        </div>
      )}
      <h2>{th('ui.receipt.title')}</h2>
      <div className="receipt-fund">
        <NameText name={receipt.fund.name} />
      </div>
      <div className="receipt-address">
        <NameText name={fundPlace(receipt.fund, th)} />
      </div>
      {receipt.fund.fundCode && <div className="receipt-address">{th('ui.receipt.fundCode', { code: receipt.fund.fundCode })}</div>}
      <div className="receipt-meta">
        <span data-testid="income-receipt-number">
          {th('ui.receipt.numberInYear', { receiptNo: receipt.receiptNo, year: toBuddhistYear(receipt.fiscalYear) })}
        </span>
        <span>{th('ui.receipt.date', { date: formatDate(receipt.receivedOn, 'th', 'long') })}</span>
      </div>
      <div style={{ marginTop: 8 }} data-testid="income-receipt-from">
        <SentenceWithNames names={{ name: receipt.payerName }} sentence={(slots) => th('ui.incomeReceipt.receivedFrom', slots)} />
        {receipt.payerAddress && <span> {th('ui.incomeReceipt.address', { address: receipt.payerAddress })}</span>}
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
          <tr>
            <td style={{ textAlign: 'center' }}>1</td>
            <td>
              {th(`ui.otherMoney.kinds.${receipt.kind}`)}: {receipt.description}
            </td>
            <td className="money">{formatBaht(receipt.amountSatang)}</td>
          </tr>
          <tr>
            <td colSpan={2}>
              <strong>{th('ui.receipt.total')}</strong> <span data-testid="income-receipt-words">({receipt.amountInWords})</span>
            </td>
            <td className="money">
              <strong>{formatBaht(receipt.amountSatang)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <div data-testid="income-receipt-into">{th('ui.incomeReceipt.into', { account: receipt.accountNameTh })}</div>
      {receipt.void && (
        <div style={{ color: '#c0392b', marginTop: 6 }}>
          {th('ui.receipt.voidNote', { date: formatDate(receipt.void.voidedOn, 'th', 'long'), reason: receipt.void.reason })}
        </div>
      )}
      <SignatureBlock
        signatures={[officerSignature(settings, 'treasurer', th('documents.signers.treasurer'), th('ui.receipt.receiver'))]}
      />
    </div>
  );
}
