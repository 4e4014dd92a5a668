import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LapseProposal } from '../../../shared/api/lapse-types';
import { lapseReasons, type LapseReason } from '../../../shared/domain/members/lapses';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { ResolutionPicker } from '../meetings/ResolutionPicker';

type Values = { resolutionId?: number | null; effectiveOn?: string; reason: LapseReason; note?: string; meetingRef?: string };

/**
 * The committee's decision for the ticked members (Decision 8): the resolution it passed, the day the lapse takes
 * effect (the meeting's day when left blank), the reason and a note. All or none: a member the decision cannot
 * lapse (not behind as of the meeting, already gone) is named and nothing is recorded.
 */
export function RecordLapsesModal({
  members,
  onClose,
  onDone,
}: {
  members: readonly LapseProposal[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['lapses.record']({
      memberIds: members.map((member) => member.memberId),
      resolutionId: values.resolutionId ?? null,
      reason: values.reason,
      note: values.note ?? '',
      meetingRef: values.meetingRef ?? '',
      ...(values.effectiveOn ? { effectiveOn: values.effectiveOn } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      // A refusal about one of the ticked members names her in the message; the form has no field for her.
      showErrorOnForm(form, result.error);
      setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  return (
    <Modal
      open
      width={640}
      title={t('ui.lapses.recordTitle', { count: members.length })}
      okText={t('ui.lapses.recordSave')}
      okButtonProps={{ loading: busy, danger: true, 'data-testid': 'lapses-record-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="lapses-record-problem" />}
      <Typography.Paragraph>{members.map((member) => `${member.memberNo} ${member.fullName}`).join(', ')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ reason: 'arrears' }} onFinish={(values) => void submit(values)}>
        <Form.Item name="resolutionId" label={t('fields.resolutionId')} extra={t('ui.lapses.resolutionHint')}>
          <ResolutionPicker targetKind="lapse-decision" data-testid="lapses-resolution" />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.lapseReason')}>
          <Select data-testid="lapses-reason" options={lapseReasons.map((value) => ({ value, label: t(`ui.lapses.reasons.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label={t('fields.effectiveOn')}
          extra={t('ui.lapses.effectiveHint')}
          rules={[isoDateRule(t('ui.form.badDate'))]}
        >
          <BuddhistDateInput data-testid="lapses-effective" />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')}>
          <Input data-testid="lapses-note" />
        </Form.Item>
        <Form.Item name="meetingRef" label={t('ui.lapses.meetingInWords')} extra={t('ui.lapses.meetingInWordsHint')}>
          <Input data-testid="lapses-meeting-ref" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
