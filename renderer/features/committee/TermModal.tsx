import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { ResolutionPicker } from '../meetings/ResolutionPicker';

type Values = { termNo?: number; startsOn?: string; endsOn?: string; appointedBy?: string; appointedByResolutionId?: number | null };

/** Starts a new term (ชุดที่): its days and the meeting that appointed it. The backend refuses a term that overlaps another. */
export function TermModal({ nextTermNo, onClose, onDone }: { nextTermNo: number; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, message: t('ui.form.required') };
  const picked = Form.useWatch<number | null | undefined>('appointedByResolutionId', form);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['committee.addTerm']({
      termNo: values.termNo ?? 0,
      startsOn: values.startsOn ?? '',
      endsOn: values.endsOn ?? '',
      appointedBy: values.appointedBy ?? '',
      appointedByResolutionId: values.appointedByResolutionId ?? null,
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
      title={t('ui.committee.newTerm')}
      okText={t('ui.common.save')}
      cancelText={t('ui.common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'term-save' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="term-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ termNo: nextTermNo }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Values) =>
          form.setFields((Object.keys(changed) as (keyof Values)[]).map((name) => ({ name, errors: [] })))
        }
      >
        <Form.Item name="termNo" label={t('fields.termNo')} rules={[required]}>
          <InputNumber min={1} max={999} style={{ width: '100%' }} data-testid="term-no" autoFocus />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="startsOn" label={t('fields.startsOn')} rules={[required, isoDateRule(t('ui.form.badDate'))]} style={{ flex: 1 }}>
            <BuddhistDateInput data-testid="term-starts-on" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('fields.endsOn')} rules={[required, isoDateRule(t('ui.form.badDate'))]} style={{ flex: 1 }}>
            <BuddhistDateInput data-testid="term-ends-on" />
          </Form.Item>
        </div>
        <Form.Item name="appointedByResolutionId" label={t('fields.appointedByResolutionId')} extra={t('ui.committee.appointedHelp')}>
          <ResolutionPicker targetKind="committee-appointment" data-testid="term-resolution" />
        </Form.Item>
        {!picked && (
          <Form.Item name="appointedBy" label={t('fields.appointedBy')}>
            <Input maxLength={200} placeholder={t('ui.committee.appointedPlaceholder')} data-testid="term-appointed-by" />
          </Form.Item>
        )}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
