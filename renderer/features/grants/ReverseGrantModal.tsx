import { Alert, Descriptions, Form, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../../../shared/api/grant-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { newRequestId, todayIso } from '../../components/today';
import { moneyAccountLabel } from '../money/MoneyAccountSelect';
import { useMoneyAccounts } from '../money/use-money-accounts';

type Values = { reversedOn: string; reason: string };

/**
 * A received grant taken back (Decision 13): posted money is never edited, so the treasurer reverses its entry on
 * a date with a reason; the money leaves the account it came into, and its matching round stops counting.
 */
export function ReverseGrantModal({ grant, onClose, onDone }: { grant: Grant; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());
  const { accounts } = useMoneyAccounts();
  const into = accounts?.accounts.find((account) => account.accountCode === grant.accountCode);
  const accountName = into ? moneyAccountLabel(into, language) : (grant.accountCode ?? '');

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['grants.reverse']({
      requestId: requestId.current,
      grantId: grant.id,
      reversedOn: values.reversedOn,
      reason: values.reason,
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
      title={t('ui.grants.reverseTitle', { subject: grant.subject })}
      okText={t('ui.grants.reverse')}
      okButtonProps={{ loading: busy, danger: true, 'data-testid': 'grant-reverse-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('fields.receivedOn')}>{grant.receivedOn && formatDate(grant.receivedOn, language)}</Descriptions.Item>
        <Descriptions.Item label={t('ui.grants.received')}>{formatBaht(grant.receivedSatang ?? 0)}</Descriptions.Item>
        <Descriptions.Item label={t('ui.grants.intoAccount')}>{accountName}</Descriptions.Item>
      </Descriptions>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('ui.grants.reverseIntro', { amount: formatBaht(grant.receivedSatang ?? 0), account: accountName })}
        description={grant.round ? t('ui.grants.reverseRound', { roundNo: grant.round.roundNo }) : undefined}
      />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="grant-reverse-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ reversedOn: todayIso(), reason: '' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="reversedOn"
          label={t('fields.reversedOn')}
          rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
        >
          <BuddhistDateInput data-testid="grant-reverse-date" />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.reason')} rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}>
          <Input.TextArea rows={2} maxLength={300} data-testid="grant-reverse-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
