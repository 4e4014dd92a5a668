import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantSources, type GrantSource } from '../../../shared/domain/grants/grants';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { latestMatchingYear } from '../../../shared/domain/matching/eligibility';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput } from '../../components/MoneyInput';
import { todayIso } from '../../components/today';
import { optionalMoneyRule, satangOrNull } from './grant-form-rules';

type Values = {
  source: GrantSource;
  subject: string;
  reference?: string;
  approvingBody?: string;
  requestedOn?: string;
  amountRequested?: string;
  roundNo?: number;
  cutoffYear?: number;
  note?: string;
};

/** A new grant of the register, as a draft; a government matching grant names its round and the year it counts. */
export function AddGrantModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const source = Form.useWatch('source', form);
  const latest = latestMatchingYear(todayIso());
  const years = Array.from({ length: 15 }, (_, index) => latest - index);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['grants.add']({
      source: values.source,
      subject: values.subject ?? '',
      reference: values.reference ?? '',
      approvingBody: values.approvingBody ?? '',
      requestedOn: values.requestedOn || null,
      amountRequestedSatang: satangOrNull(values.amountRequested),
      round: values.source === 'government-matching' ? { roundNo: values.roundNo ?? 0, cutoffYear: values.cutoffYear ?? latest } : null,
      note: values.note ?? '',
    });
    setBusy(false);
    if (!result.ok) {
      const aliases = {
        amountRequestedSatang: 'amountRequested',
        'round.roundNo': 'roundNo',
        'round.cutoffYear': 'cutoffYear',
        round: 'roundNo',
      };
      if (!showErrorOnForm(form, result.error, { aliases })) setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  return (
    <Modal
      open
      title={t('ui.grants.add')}
      okText={t('ui.grants.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'grant-add-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="grant-add-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ source: 'government-matching', requestedOn: todayIso(), cutoffYear: latest }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="source" label={t('fields.source')} rules={[{ required: true, message: t('ui.form.required') }]}>
          <Select data-testid="grant-source" options={grantSources.map((value) => ({ value, label: t(`ui.grants.sources.${value}`) }))} />
        </Form.Item>
        {source === 'government-matching' && (
          <div style={{ display: 'flex', gap: 12 }}>
            <Form.Item
              name="roundNo"
              label={t('fields.roundNo')}
              rules={[{ required: true, message: t('ui.form.required') }]}
              style={{ flex: 1 }}
            >
              <InputNumber min={1} max={99} style={{ width: '100%' }} data-testid="grant-round-no" />
            </Form.Item>
            <Form.Item name="cutoffYear" label={t('fields.cutoffYear')} style={{ flex: 2 }}>
              <Select<number>
                data-testid="grant-cutoff-year"
                options={years.map((year) => ({ value: year, label: t('ui.grants.cutoffOption', { year: toBuddhistYear(year) }) }))}
              />
            </Form.Item>
          </div>
        )}
        <Form.Item
          name="subject"
          label={t('fields.subject')}
          rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
        >
          <Input data-testid="grant-subject" placeholder={t('ui.grants.subjectPlaceholder')} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="reference" label={t('fields.reference')} style={{ flex: 1 }}>
            <Input data-testid="grant-reference" />
          </Form.Item>
          <Form.Item name="requestedOn" label={t('fields.requestedOn')} rules={[isoDateRule(t('ui.form.badDate'))]} style={{ flex: 1 }}>
            <BuddhistDateInput data-testid="grant-requested-on" />
          </Form.Item>
        </div>
        <Form.Item name="approvingBody" label={t('fields.approvingBody')}>
          <Input data-testid="grant-approving-body" />
        </Form.Item>
        <Form.Item name="amountRequested" label={t('fields.amountRequestedSatang')} rules={[optionalMoneyRule(t('ui.form.badMoney'))]}>
          <MoneyInput data-testid="grant-amount-requested" />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')}>
          <Input data-testid="grant-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
