import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NameText } from './NameText';

/**
 * One signature on paper: the signing line with what the signer does on this paper (ผู้รับเงิน, ผู้จ่ายเงิน), the
 * name in brackets, and the position held. What is not known prints as a blank to fill in by hand.
 */
export type PaperSignature = { duty?: string | undefined; name?: string | undefined; position?: string | undefined };

/** Up to three side by side; four go two by two, so each keeps room for its dotted line. */
function columnsFor(count: number): number {
  return count === 3 ? 3 : 2;
}

/**
 * The signatures under a paper's content, side by side, printed as one block that never breaks across pages
 * and keeps the lines before it (issue 14 §15). Under a table that may run over pages, use SignatureRow.
 */
export function SignatureBlock({ signatures, children }: { signatures: readonly PaperSignature[]; children?: ReactNode }) {
  const { i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  return (
    <div className="signature-block" data-testid="signature-block">
      {children}
      <div
        className={signatures.length === 1 ? 'signature-row signature-row-single' : 'signature-row'}
        style={{ gridTemplateColumns: signatures.length === 1 ? '2fr 3fr' : `repeat(${columnsFor(signatures.length)}, 1fr)` }}
      >
        {signatures.map((signature, index) => (
          <div key={index} className="signature">
            <div>
              {th('ui.receipt.signature')}
              {signature.duty ? ` ${signature.duty}` : ''}
            </div>
            <div>{signature.name ? <NameText name={`(${signature.name})`} /> : th('documents.common.nameBlank')}</div>
            {signature.position && <div>{signature.position}</div>}
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * The signatures as the last row of a paper's table, for a table that may run over pages: the browser then
 * carries the table's last rows (and its total, marked `keep-with-previous`) over to the next page with the
 * signatures rather than leave them alone there, and the repeated header comes along.
 */
export function SignatureRow({ columns, ...block }: { columns: number; signatures: readonly PaperSignature[]; children?: ReactNode }) {
  return (
    <tr className="signature-tr">
      <td colSpan={columns}>
        <SignatureBlock {...block} />
      </td>
    </tr>
  );
}
