import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../../../shared/api/grant-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput } from '../../components/MoneyInput';
import { optionalMoneyRule, satangOrNull } from './grant-form-rules';

type Values = { subject: string; reference?: string; amountRequested?: string };

/**
 * A grant's own words corrected while it is a draft or in process: its subject, reference and the amount asked
 * for. Its source, round and dates stay as they were; once received it is posted money (reversal only).
 */
export function EditGrantModal({ grant, onClose, onDone }: { grant: Grant; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['grants.edit']({
      grantId: grant.id,
      expectedVersion: grant.version,
      subject: values.subject ?? '',
      reference: values.reference ?? '',
      amountRequestedSatang: satangOrNull(values.amountRequested),
    });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: { amountRequestedSatang: 'amountRequested' } }))
        setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  return (
    <Modal
      open
      title={t('ui.grants.editTitle')}
      okText={t('ui.grants.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'grant-edit-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="grant-edit-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          subject: grant.subject,
          reference: grant.reference,
          amountRequested: grant.amountRequestedSatang === null ? '' : formatBaht(grant.amountRequestedSatang),
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="subject"
          label={t('fields.subject')}
          rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
        >
          <Input data-testid="grant-edit-subject" maxLength={200} />
        </Form.Item>
        <Form.Item name="reference" label={t('fields.reference')}>
          <Input data-testid="grant-edit-reference" maxLength={120} />
        </Form.Item>
        <Form.Item name="amountRequested" label={t('fields.amountRequestedSatang')} rules={[optionalMoneyRule(t('ui.form.badMoney'))]}>
          <MoneyInput data-testid="grant-edit-amount" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
