import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { footerSayingWhy } from '../../components/WhyDisabled';

/**
 * A registration made in error (a member keyed twice, the wrong person) is voided with a reason, never deleted
 * (issue 14 §17). The backend refuses it once anything was posted for the member, and says what; the dialog
 * shows that refusal in place.
 */
export function VoidMemberModal({ member, onClose, onVoided }: { member: MemberDetail; onClose: () => void; onVoided: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    const result = await api.fund['members.void']({ memberId: member.id, expectedVersion: member.version, reason });
    setBusy(false);
    if (!result.ok) return setProblem(localized(result.error.message));
    onVoided();
  }

  const isReasonMissing = reason.trim() === '';
  return (
    <Modal
      open
      title={t('ui.memberVoid.title', { memberNo: member.memberNo, name: `${member.title}${member.firstName} ${member.lastName}` })}
      onCancel={onClose}
      onOk={() => void confirm()}
      okText={t('ui.memberVoid.confirm')}
      cancelText={t('ui.common.close')}
      okButtonProps={{ danger: true, disabled: isReasonMissing, loading: isBusy, 'data-testid': 'member-void-confirm' }}
      cancelButtonProps={{ 'data-testid': 'member-void-close' }}
      footer={footerSayingWhy(isReasonMissing ? t('ui.whyDisabled.fieldFirst', { field: t('fields.reason') }) : undefined)}
    >
      <Alert type="warning" showIcon title={t('ui.memberVoid.explain')} style={{ marginBottom: 12 }} />
      <Form layout="vertical">
        <Form.Item label={t('fields.reason')} required>
          <Input.TextArea
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('ui.memberVoid.reasonPlaceholder')}
            data-testid="member-void-reason"
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} data-testid="member-void-problem" />}
    </Modal>
  );
}
