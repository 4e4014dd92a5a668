import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../../../shared/api/grant-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput } from '../../components/MoneyInput';
import { todayIso } from '../../components/today';
import { optionalMoneyRule, satangOrNull } from './grant-form-rules';

type Values = { status: 'in-process' | 'cancelled'; changedOn: string; approvedOn?: string; amountApproved?: string; note?: string };

/** The grant's next step by hand: sent or approved (in process), or cancelled; each joins its history. */
export function GrantStepModal({ grant, onClose, onDone }: { grant: Grant; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const status = Form.useWatch('status', form);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['grants.advance']({
      grantId: grant.id,
      expectedVersion: grant.version,
      status: values.status,
      changedOn: values.changedOn,
      approvedOn: values.status === 'in-process' ? values.approvedOn || null : null,
      amountApprovedSatang: values.status === 'in-process' ? satangOrNull(values.amountApproved) : null,
      note: values.note ?? '',
    });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: { amountApprovedSatang: 'amountApproved' } }))
        setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  return (
    <Modal
      open
      title={t('ui.grants.stepTitle', { subject: grant.subject })}
      okText={t('ui.grants.save')}
      okButtonProps={{ loading: busy, danger: status === 'cancelled', 'data-testid': 'grant-step-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="grant-step-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          status: 'in-process',
          changedOn: todayIso(),
          approvedOn: grant.approvedOn ?? undefined,
          amountApproved: grant.amountApprovedSatang === null ? '' : formatBaht(grant.amountApprovedSatang),
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="status" label={t('fields.status')}>
          <Radio.Group data-testid="grant-step-status">
            <Radio value="in-process">{t('ui.grants.statuses.in-process')}</Radio>
            <Radio value="cancelled">{t('ui.grants.statuses.cancelled')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="changedOn"
          label={t('fields.changedOn')}
          rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
        >
          <BuddhistDateInput data-testid="grant-step-date" />
        </Form.Item>
        {status === 'in-process' && (
          <>
            <Form.Item name="approvedOn" label={t('fields.approvedOn')} rules={[isoDateRule(t('ui.form.badDate'))]}>
              <BuddhistDateInput data-testid="grant-approved-on" />
            </Form.Item>
            <Form.Item name="amountApproved" label={t('fields.amountApprovedSatang')} rules={[optionalMoneyRule(t('ui.form.badMoney'))]}>
              <MoneyInput data-testid="grant-amount-approved" />
            </Form.Item>
          </>
        )}
        {status === 'cancelled' && grant.round && (
          <Alert type="warning" showIcon title={t('ui.grants.cancelRound')} style={{ marginBottom: 12 }} />
        )}
        <Form.Item name="note" label={t('fields.note')}>
          <Input data-testid="grant-step-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
