import { Alert, Form, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../shared/api/api-result';
import { BuddhistDateInput } from './BuddhistDateInput';
import { localized } from './api-errors';
import { newRequestId, todayIso } from './today';
import { footerSayingWhy } from './WhyDisabled';

type Props<T> = {
  title: string;
  /** What the reversal will do, in the treasurer's words, shown before she confirms. */
  explanation: string;
  reverse: (input: { requestId: string; reversedOn: string; reason: string }) => Promise<ApiResult<T>>;
  onClose: () => void;
  onReversed: (value: T) => void;
};

/**
 * Posted money is corrected by a dated reversal with a reason, never by editing (Decision 13). One dialog for
 * every kind of payment: the date (B.E.), the reason, and the backend's refusal shown in place.
 */
export function ReversalModal<T>({ title, explanation, reverse, onClose, onReversed }: Props<T>) {
  const { t } = useTranslation();
  const [reversedOn, setReversedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const requestId = useRef(newRequestId());

  async function confirm() {
    const result = await reverse({ requestId: requestId.current, reversedOn, reason });
    if (!result.ok) return setProblem(localized(result.error.message));
    onReversed(result.value);
  }

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void confirm()}
      okText={t('ui.welfareReverse.confirm')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '', 'data-testid': 'reverse-confirm' }}
      footer={footerSayingWhy(reason.trim() === '' ? t('ui.whyDisabled.fieldFirst', { field: t('fields.reason') }) : undefined)}
    >
      <Alert type="warning" showIcon title={explanation} style={{ marginBottom: 12 }} />
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
