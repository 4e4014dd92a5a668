import { useTranslation } from 'react-i18next';
import type { WelfareClaim } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { ReversalModal } from '../../components/ReversalModal';

type Props = { claim: WelfareClaim; onClose: () => void; onReversed: (claim: WelfareClaim) => void };

/** A wrong payout is reversed on a date with a reason: every voucher of the claim, and its arrears receipt. */
export function ReverseClaimModal({ claim, onClose, onReversed }: Props) {
  const { t } = useTranslation();
  const vouchers = claim.payments.map((payment) => payment.voucherNo).join(', ');
  const net = claim.payments.reduce((sum, payment) => sum + payment.netSatang, 0);
  return (
    <ReversalModal
      title={t('ui.welfareReverse.title')}
      explanation={t('ui.welfareReverse.explain', { vouchers, amount: formatBaht(net) })}
      reverse={(input) => api.fund['welfare.reverseClaim']({ claimId: claim.id, ...input })}
      onClose={onClose}
      onReversed={onReversed}
    />
  );
}
