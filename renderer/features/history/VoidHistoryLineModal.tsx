import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberHistoryLines } from '../../../shared/api/history-import-types';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { footerSayingWhy } from '../../components/WhyDisabled';

export type HistoryLineToVoid = { kind: 'contribution' | 'welfare'; id: number; summary: string };

/**
 * A history line imported by mistake is voided with a reason (never edited or deleted): it then counts nowhere,
 * and the right line can be imported again. The backend's refusal shows in place.
 */
export function VoidHistoryLineModal({
  line,
  onClose,
  onVoided,
}: {
  line: HistoryLineToVoid;
  onClose: () => void;
  onVoided: (lines: MemberHistoryLines) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    const method = line.kind === 'contribution' ? 'contributionHistory.void' : 'welfareHistory.void';
    const result = await api.fund[method]({ historyId: line.id, reason });
    setBusy(false);
    if (!result.ok) return setProblem(localized(result.error.message));
    onVoided(result.value);
  }

  const isReasonMissing = reason.trim() === '';
  return (
    <Modal
      open
      title={t('ui.historyLines.voidTitle', { line: line.summary })}
      onCancel={onClose}
      onOk={() => void confirm()}
      okText={t('ui.historyLines.voidConfirm')}
      cancelText={t('ui.common.close')}
      okButtonProps={{ danger: true, disabled: isReasonMissing, loading: isBusy, 'data-testid': 'history-void-confirm' }}
      footer={footerSayingWhy(isReasonMissing ? t('ui.whyDisabled.fieldFirst', { field: t('fields.reason') }) : undefined)}
    >
      <Alert
        type="warning"
        showIcon
        title={t(line.kind === 'contribution' ? 'ui.historyLines.voidExplainContribution' : 'ui.historyLines.voidExplainWelfare')}
        style={{ marginBottom: 12 }}
      />
      <Form layout="vertical">
        <Form.Item label={t('fields.reason')} required>
          <Input.TextArea
            rows={2}
            maxLength={300}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('ui.historyLines.reasonPlaceholder')}
            data-testid="history-void-reason"
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} data-testid="history-void-problem" />}
    </Modal>
  );
}
