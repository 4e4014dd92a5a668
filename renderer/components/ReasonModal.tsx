import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../shared/api/api-result';
import { localized } from './api-errors';
import { footerSayingWhy } from './WhyDisabled';

type Props<T> = {
  title: string;
  /** What confirming will do, in the treasurer's words, shown before she confirms. */
  explanation: string;
  okText: string;
  placeholder: string;
  /** Test ids: `${testId}-reason`, `${testId}-confirm`, `${testId}-close`, `${testId}-problem`. */
  testId: string;
  submit: (reason: string) => Promise<ApiResult<T>>;
  onClose: () => void;
  onDone: (value: T) => void;
};

/**
 * Something made in error (a registration, an imported history line) is voided with a reason, never deleted:
 * one dialog for each such void — what it will do, the reason (required before the button works, and it says so),
 * and the backend's refusal shown in place.
 */
export function ReasonModal<T>({ title, explanation, okText, placeholder, testId, submit, onClose, onDone }: Props<T>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    const result = await submit(reason);
    setBusy(false);
    if (!result.ok) return setProblem(localized(result.error.message));
    onDone(result.value);
  }

  const isReasonMissing = reason.trim() === '';
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void confirm()}
      okText={okText}
      cancelText={t('ui.common.close')}
      okButtonProps={{ danger: true, disabled: isReasonMissing, loading: isBusy, 'data-testid': `${testId}-confirm` }}
      cancelButtonProps={{ 'data-testid': `${testId}-close` }}
      footer={footerSayingWhy(isReasonMissing ? t('ui.whyDisabled.fieldFirst', { field: t('fields.reason') }) : undefined)}
    >
      <Alert type="warning" showIcon title={explanation} style={{ marginBottom: 12 }} />
      <Form layout="vertical">
        <Form.Item label={t('fields.reason')} required>
          <Input.TextArea
            rows={2}
            maxLength={300}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={placeholder}
            data-testid={`${testId}-reason`}
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} data-testid={`${testId}-problem`} />}
    </Modal>
  );
}
