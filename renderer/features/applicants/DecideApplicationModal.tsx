import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/api/application-types';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { ResolutionPicker } from '../meetings/ResolutionPicker';

type Values = { resolutionId?: number | null; approvedOn?: string; reason?: string };

/**
 * The committee's decision on an application, citing the resolution it made: admitted (membership starting on
 * the approval date, the meeting's day unless another is given) or refused with the committee's reason.
 */
export function DecideApplicationModal({
  application,
  action,
  onClose,
  onDecided,
}: {
  application: Application;
  action: 'approve' | 'refuse';
  onClose: () => void;
  onDecided: (decided: Application) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  async function decide() {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setBusy(true);
    const resolutionId = values.resolutionId ?? 0;
    const result =
      action === 'approve'
        ? await api.fund['applications.approve']({
            applicationId: application.id,
            resolutionId,
            approvedOn: values.approvedOn ? values.approvedOn : null,
          })
        : await api.fund['applications.refuse']({ applicationId: application.id, resolutionId, reason: values.reason ?? '' });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    onDecided(result.value);
  }

  return (
    <Modal
      open
      centered
      title={`${t(`ui.applicants.${action}`)} — ${application.fullName}`}
      onCancel={onClose}
      onOk={() => void decide()}
      okText={t(`ui.applicants.${action}`)}
      okButtonProps={{ loading: isBusy, danger: action === 'refuse', 'data-testid': 'application-decide-confirm' }}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="application-decide-problem" />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="resolutionId"
          label={t('fields.resolutionId')}
          extra={t('ui.applicants.resolutionHelp')}
          rules={[{ required: true, message: t('ui.form.required') }]}
        >
          <ResolutionPicker targetKind="member-approval" data-testid="application-resolution" />
        </Form.Item>
        {action === 'approve' ? (
          <Form.Item
            name="approvedOn"
            label={t('fields.approvedOn')}
            extra={t('ui.applicants.approvedOnHelp')}
            rules={[isoDateRule(t('ui.form.badDate'))]}
          >
            <BuddhistDateInput data-testid="application-approved-on" />
          </Form.Item>
        ) : (
          <Form.Item
            name="reason"
            label={t('ui.applicants.reason')}
            rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
          >
            <Input.TextArea rows={2} maxLength={300} data-testid="application-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
