import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingKinds, type MeetingKind } from '../../../shared/domain/meetings/meetings';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { linesOf } from './meeting-lines';

type Values = { kind: MeetingKind; meetingOn: string; startsAt?: string; place?: string; meetingNo?: number | null; agenda?: string };

/** A meeting planned ahead (or entered for a day past): kind, date, time, place, and its agenda one item a line. */
export function PlanMeetingModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['meetings.add']({
      kind: values.kind,
      meetingOn: values.meetingOn,
      startsAt: values.startsAt?.trim() ?? '',
      place: values.place ?? '',
      meetingNo: values.meetingNo ?? null,
      agenda: linesOf(values.agenda),
    });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: { 'agenda.0': 'agenda' } })) setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  return (
    <Modal
      open
      title={t('ui.meetings.plan')}
      okText={t('ui.meetings.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'meeting-plan-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="meeting-plan-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'committee', meetingOn: todayIso() }}
        onFinish={(values) => void submit(values)}
      >
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="kind" label={t('fields.kind')} style={{ flex: 2 }}>
            <Select data-testid="meeting-kind" options={meetingKinds.map((value) => ({ value, label: t(`ui.meetings.kinds.${value}`) }))} />
          </Form.Item>
          <Form.Item name="meetingNo" label={t('fields.meetingNo')} tooltip={t('ui.meetings.meetingNoHelp')} style={{ flex: 1 }}>
            <InputNumber min={1} max={999} style={{ width: '100%' }} data-testid="meeting-no" placeholder={t('ui.meetings.next')} />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            name="meetingOn"
            label={t('fields.meetingOn')}
            rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
            style={{ flex: 2 }}
          >
            <BuddhistDateInput data-testid="meeting-date" />
          </Form.Item>
          <Form.Item name="startsAt" label={t('fields.startsAt')} style={{ flex: 1 }}>
            <Input data-testid="meeting-time" placeholder="09:00" />
          </Form.Item>
        </div>
        <Form.Item name="place" label={t('fields.place')}>
          <Input data-testid="meeting-place" />
        </Form.Item>
        <Form.Item name="agenda" label={t('fields.agenda')} extra={t('ui.meetings.oneItemALine')}>
          <Input.TextArea rows={4} data-testid="meeting-agenda" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
