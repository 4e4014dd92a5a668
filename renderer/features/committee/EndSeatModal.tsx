import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeSeat } from '../../../shared/api/committee-types';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';

type Values = { endsOn?: string; reason?: string };

/** Ends a seat on a day (included) with why; the seat stays on record, and its office is free from the next day. */
export function EndSeatModal({ seat, onClose, onDone }: { seat: CommitteeSeat; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, message: t('ui.form.required') };

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['committee.endSeat']({
      seatId: seat.id,
      expectedVersion: seat.version,
      endsOn: values.endsOn ?? '',
      reason: values.reason ?? '',
    });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  return (
    <Modal
      open
      title={t('ui.committee.endTitle', { name: seat.fullName, position: t(`committee.positions.${seat.position}`) })}
      okText={t('ui.common.save')}
      cancelText={t('ui.common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'end-seat-save' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="end-seat-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ endsOn: todayIso() }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Values) =>
          form.setFields((Object.keys(changed) as (keyof Values)[]).map((name) => ({ name, errors: [] })))
        }
      >
        <Form.Item name="endsOn" label={t('fields.endsOn')} rules={[required, isoDateRule(t('ui.form.badDate'))]}>
          <BuddhistDateInput data-testid="end-seat-on" />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.reason')} rules={[required]}>
          <Input maxLength={200} placeholder={t('ui.committee.reasonPlaceholder')} data-testid="end-seat-reason" autoFocus />
        </Form.Item>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
