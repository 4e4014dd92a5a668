import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoneyTransfer } from '../../../shared/api/fund-types';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { newRequestId, todayIso } from '../../components/today';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';
import { MoneyAccountSelect } from './MoneyAccountSelect';

type Values = { fromAccountCode?: string; toAccountCode?: string; transferredOn: string; amount: string; note?: string };

/** What the transfer form opens with: a day an account went below zero suggests its date, account and amount. */
export type TransferStart = { toAccountCode?: string; transferredOn?: string; amountSatang?: number };

type Props = { start: TransferStart; onClose: () => void; onDone: (transfer: MoneyTransfer) => void };

/** Money moved between the fund's own accounts — a deposit, a withdrawal or bank to bank — on a date. */
export function TransferModal({ start, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const confirmAmount = useAmountConfirmation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());
  const fromAccountCode = Form.useWatch('fromAccountCode', form);
  const toAccountCode = Form.useWatch('toAccountCode', form);

  useEffect(() => {
    form.setFieldsValue({
      toAccountCode: start.toAccountCode,
      transferredOn: start.transferredOn ?? todayIso(),
      amount: start.amountSatang ? formatBaht(start.amountSatang) : '',
    });
  }, [form, start]);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      api.fund['money.transfer']({
        requestId: requestId.current,
        fromAccountCode: values.fromAccountCode ?? '',
        toAccountCode: values.toAccountCode ?? '',
        transferredOn: values.transferredOn,
        amountSatang: parseBaht(values.amount) ?? 0,
        note: values.note ?? '',
        isLargeAmountConfirmed,
      }),
    );
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: { amountSatang: 'amount' } })) setProblem(localized(result.error.message));
      return;
    }
    onDone(result.value);
  }

  return (
    <Modal
      open
      title={t('ui.transfer.title')}
      okText={t('ui.transfer.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'transfer-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="transfer-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        // Every account may be the one money leaves; choosing the one it was going to swaps the two, so a fund
        // with cash and one bank account can withdraw as well as deposit.
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.fromAccountCode !== undefined && changed.fromAccountCode === toAccountCode)
            form.setFieldValue('toAccountCode', fromAccountCode);
        }}
      >
        <Form.Item name="fromAccountCode" label={t('fields.fromAccountCode')} rules={[{ required: true, message: t('ui.form.required') }]}>
          <MoneyAccountSelect avoid={toAccountCode} data-testid="transfer-from" />
        </Form.Item>
        <Form.Item name="toAccountCode" label={t('fields.toAccountCode')} rules={[{ required: true, message: t('ui.form.required') }]}>
          <MoneyAccountSelect exclude={fromAccountCode} preferred={start.toAccountCode} data-testid="transfer-to" />
        </Form.Item>
        <Form.Item
          name="transferredOn"
          label={t('fields.transferredOn')}
          rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
        >
          <BuddhistDateInput data-testid="transfer-date" />
        </Form.Item>
        <Form.Item name="amount" label={t('fields.amountSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
          <MoneyInput data-testid="transfer-amount" />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')}>
          <Input data-testid="transfer-note" placeholder={t('ui.transfer.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
