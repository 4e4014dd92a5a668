import { Alert, Descriptions, Form, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../../../shared/api/grant-types';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { newRequestId, todayIso } from '../../components/today';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';

type Values = { accountCode?: string; receivedOn: string; amount: string; note?: string };

/**
 * The grant's money arrives: into the account the treasurer chooses (a grant usually goes to the bank), on a
 * date, for the amount that came (the approved amount is offered). One entry posts; it is then posted money.
 */
export function ReceiveGrantModal({ grant, onClose, onDone }: { grant: Grant; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const confirmAmount = useAmountConfirmation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());
  const offered = grant.amountApprovedSatang ?? grant.amountRequestedSatang;

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      api.fund['grants.receive']({
        requestId: requestId.current,
        grantId: grant.id,
        receivedOn: values.receivedOn,
        amountSatang: parseBaht(values.amount) ?? 0,
        accountCode: values.accountCode ?? '',
        note: values.note ?? '',
        isLargeAmountConfirmed,
      }),
    );
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: { amountSatang: 'amount' } })) setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  return (
    <Modal
      open
      title={t('ui.grants.receiveTitle')}
      okText={t('ui.grants.receive')}
      okButtonProps={{ loading: busy, 'data-testid': 'grant-receive-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('fields.subject')}>{grant.subject}</Descriptions.Item>
        <Descriptions.Item label={t('fields.source')}>{t(`ui.grants.sources.${grant.source}`)}</Descriptions.Item>
      </Descriptions>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="grant-receive-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: todayIso(), amount: offered === null ? '' : formatBaht(offered) }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="accountCode" label={t('ui.grants.intoAccount')} rules={[{ required: true, message: t('ui.form.required') }]}>
          <MoneyAccountSelect data-testid="grant-receive-account" />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label={t('fields.receivedOn')}
          rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
        >
          <BuddhistDateInput data-testid="grant-receive-date" />
        </Form.Item>
        <Form.Item name="amount" label={t('fields.amountSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
          <MoneyInput data-testid="grant-receive-amount" />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')}>
          <Input data-testid="grant-receive-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
