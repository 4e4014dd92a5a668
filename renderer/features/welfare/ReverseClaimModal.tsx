import { Alert, Form, Input, Modal, type ButtonProps } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareClaim } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';
import { localized } from '../../components/api-errors';
import { newRequestId, todayIso } from '../../components/today';

type Props = { claim: WelfareClaim; onClose: () => void; onReversed: (claim: WelfareClaim) => void };

/** A wrong payout is corrected by a dated reversal with a reason; the vouchers keep their numbers (Decision 13). */
export function ReverseClaimModal({ claim, onClose, onReversed }: Props) {
  const { t } = useTranslation();
  const [reversedOn, setReversedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const requestId = useRef(newRequestId());
  const vouchers = claim.payments.map((payment) => payment.voucherNo).join(', ');
  const net = claim.payments.reduce((sum, payment) => sum + payment.netSatang, 0);

  async function reverse() {
    const result = await api.fund['welfare.reverseClaim']({ claimId: claim.id, requestId: requestId.current, reversedOn, reason });
    if (!result.ok) return setProblem(localized(result.error.message));
    onReversed(result.value);
  }

  return (
    <Modal
      open
      title={t('ui.welfareReverse.title')}
      onCancel={onClose}
      onOk={() => void reverse()}
      okText={t('ui.welfareReverse.confirm')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '', 'data-testid': 'reverse-confirm' } as ButtonProps}
    >
      <Alert type="warning" showIcon title={t('ui.welfareReverse.explain', { vouchers, amount: formatBaht(net) })} style={{ marginBottom: 12 }} />
      <Form layout="vertical">
        <Form.Item label={t('fields.reversedOn')}>
          <BuddhistDateInput value={reversedOn} onChange={setReversedOn} data-testid="reverse-date" />
        </Form.Item>
        <Form.Item label={t('fields.reason')} required>
          <Input.TextArea value={reason} onChange={(event) => setReason(event.target.value)} data-testid="reverse-reason" rows={2} />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} data-testid="reverse-problem" />}
    </Modal>
  );
}
