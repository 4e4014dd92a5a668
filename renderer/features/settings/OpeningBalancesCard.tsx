import { Alert, App as AntApp, Button, Card, Form, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpeningBalances } from '../../../shared/api/fund-types';
import { useTranslation } from 'react-i18next';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { MoneyInput, optionalMoneyRule } from '../../components/MoneyInput';
import { newRequestId } from '../../components/today';
import { WriteAction } from '../../app/fund-access';
import { moneyAccountLabel } from '../money/MoneyAccountSelect';
import { useMoneyAccounts } from '../money/use-money-accounts';

const investments = '3300';

/**
 * Money the fund already had when it began its books in the app (Decision 10), entered once: cash in hand, each
 * bank account of the register (add them first, in the card above) and investments.
 */
export function OpeningBalancesCard({ accountsVersion = 0, onSaved }: { accountsVersion?: number; onSaved?: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const [problem, setProblem] = useState<string>();
  const requestId = useRef(newRequestId());
  const { accounts } = useMoneyAccounts(accountsVersion);
  const [opening, setOpening] = useState<OpeningBalances>();
  const reloadOpening = useCallback(() => {
    void api.fund['ledger.openingBalances']({}).then((result) => {
      if (!result.ok) return;
      setOpening(result.value);
      // Recorded balances fill their fields, so a correction starts from what the books hold.
      form.setFieldsValue(
        Object.fromEntries(result.value.balances.map((balance) => [balance.accountCode, formatBaht(balance.amountSatang)])),
      );
    });
  }, [form]);
  useEffect(reloadOpening, [reloadOpening, accountsVersion]);
  const fields = [
    ...(accounts?.accounts ?? []).map((account) => ({
      code: account.accountCode,
      label: moneyAccountLabel(account, language),
      testId: account.kind === 'cash' ? 'opening-cash' : `opening-${account.accountCode}`,
    })),
    { code: investments, label: t('ui.opening.investments'), testId: 'opening-investments' },
  ];

  async function submit(values: Record<string, string | undefined>) {
    const amounts = fields.map(({ code }) => ({ accountCode: code, amountSatang: parseBaht(values[code] ?? '') ?? 0 }));
    const result = opening?.recorded
      ? // A correction names every account it had or now has, so one cleared to 0 is taken out.
        await api.fund['ledger.correctOpeningBalances']({
          requestId: requestId.current,
          balances: amounts.filter(
            (amount) => amount.amountSatang > 0 || opening.balances.some((balance) => balance.accountCode === amount.accountCode),
          ),
        })
      : await api.fund['ledger.recordOpeningBalances']({
          requestId: requestId.current,
          balances: amounts.filter((amount) => amount.amountSatang > 0),
        });
    if (!result.ok) return setProblem(localized(result.error.message));
    setProblem(undefined);
    requestId.current = newRequestId();
    reloadOpening();
    onSaved?.();
    const total = amounts.reduce((sum, amount) => sum + amount.amountSatang, 0);
    void message.success(t('ui.opening.saved', { amount: formatBaht(total) }));
  }

  return (
    <Card title={t('ui.opening.title')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('ui.opening.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="opening-problem" />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        {fields.map(({ code, label, testId }) => (
          <Form.Item key={code} name={code} label={label} rules={[optionalMoneyRule(t('ui.form.badMoney'))]}>
            <MoneyInput data-testid={testId} />
          </Form.Item>
        ))}
        <WriteAction>
          <Button htmlType="submit" data-testid="opening-submit">
            {opening?.recorded ? t('ui.opening.correct') : t('ui.opening.record')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
