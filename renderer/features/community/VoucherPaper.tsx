import { useTranslation } from 'react-i18next';
import type { Voucher } from '../../../shared/api/fund-types';
import type { PrintSettings } from '../../../shared/api/printing-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { fundPlace } from '../../components/print/fund-place';
import { NameText, SentenceWithNames } from '../../components/print/NameText';
import { SignatureBlock } from '../../components/print/SignatureBlock';
import { officerSignature } from '../../components/print/use-print-settings';

/**
 * ใบสำคัญจ่าย as printed (handbook §(d)1): fund header with its ตำบล, อำเภอ and จังหวัด, number and B.E. date,
 * the payee's acknowledgement, the line, the total in Thai words, how it was paid and the committee's decision
 * it was paid under, and signature lines for the receiver, the payer (the treasurer), a witness and the approver
 * (the chair), named from the fund's settings. Always in Thai, whatever the screen language (Decision 20).
 */
export function VoucherPaper({ voucher, settings }: { voucher: Voucher; settings?: PrintSettings | undefined }) {
  const { i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  // A death benefit that kept back the member's overdue months: the voucher books the whole benefit, the
  // payee signs for the net, and the receipt for those months is named on the line.
  const deduction = voucher.deduction;
  return (
    <div className="receipt-paper" data-testid="voucher-paper">
      {voucher.reversal && (
        <div className="receipt-void-stamp" data-testid="voucher-void-stamp">
          {th('ui.receipt.void')}
        </div>
      )}
      <h2>{th('ui.voucher.title')}</h2>
      <div style={{ textAlign: 'center' }}>
        <NameText name={voucher.fund.name} />
      </div>
      <div style={{ textAlign: 'center', color: '#555' }} data-testid="voucher-place">
        <NameText name={fundPlace(voucher.fund, th)} />
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 16 }}>
        <span data-testid="voucher-number">{th('ui.receipt.number', { receiptNo: voucher.voucherNo })}</span>
        <span>{th('ui.receipt.date', { date: formatDate(voucher.paidOn, 'th', 'long') })}</span>
      </div>
      <p style={{ marginTop: 12 }}>
        <SentenceWithNames
          names={{ payee: voucher.payeeName, fund: voucher.fund.name }}
          sentence={(slots) =>
            th('ui.voucher.acknowledge', {
              ...slots,
              address: voucher.payeeAddress || '................................',
            })
          }
        />
      </p>
      <table>
        <thead>
          <tr>
            <th style={{ width: 60 }}>{th('ui.receipt.line')}</th>
            <th>{th('ui.receipt.item')}</th>
            <th style={{ width: 160 }}>{th('ui.receipt.amount')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td style={{ textAlign: 'center' }}>1</td>
            <td>{voucher.description}</td>
            <td className="money">{formatBaht(voucher.amountSatang)}</td>
          </tr>
          {deduction && (
            <tr data-testid="voucher-deduction">
              <td style={{ textAlign: 'center' }}>2</td>
              <td>{th('ui.voucher.deduction', { receiptNo: deduction.receiptNo ?? '' })}</td>
              <td className="money">−{formatBaht(deduction.amountSatang)}</td>
            </tr>
          )}
          <tr>
            <td colSpan={2} style={{ textAlign: 'right' }}>
              <strong>{th(deduction ? 'ui.voucher.net' : 'ui.receipt.total')}</strong>{' '}
              <span data-testid="voucher-words">({deduction ? deduction.netInWords : voucher.amountInWords})</span>
            </td>
            <td className="money">
              <strong>{formatBaht(deduction ? deduction.netSatang : voucher.amountSatang)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {voucher.reversal && (
        <div style={{ color: '#c0392b', marginTop: 6 }} data-testid="voucher-void-note">
          {th('ui.voucher.reversalNote', { date: formatDate(voucher.reversal.reversedOn, 'th', 'long'), reason: voucher.reversal.reason })}
        </div>
      )}
      <SignatureBlock
        signatures={[
          { duty: th('ui.voucher.receiver'), name: voucher.payeeName },
          officerSignature(settings, 'treasurer', th('documents.signers.treasurer'), th('ui.voucher.payer')),
          { duty: th('ui.voucher.witness') },
          officerSignature(settings, 'chair', th('documents.signers.chair'), th('ui.voucher.approver')),
        ]}
      >
        <div className="paper-meta-line" data-testid="voucher-method">
          {th('ui.voucher.paidBy', { method: th(`ui.voucher.methods.${voucher.method}`) })}
        </div>
        {voucher.decisionRef && (
          <div className="paper-meta-line" data-testid="voucher-decision">
            {th('ui.voucher.decision', { decisionRef: voucher.decisionRef })}
          </div>
        )}
      </SignatureBlock>
    </div>
  );
}
