import { Alert, App as AntApp, Button, Card, Form, Typography } from 'antd';
import { useRef, useState } from 'react';
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
export function OpeningBalancesCard({ accountsVersion = 0 }: { accountsVersion?: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const [problem, setProblem] = useState<string>();
  const requestId = useRef(newRequestId());
  const { accounts } = useMoneyAccounts(accountsVersion);
  const fields = [
    ...(accounts?.accounts ?? []).map((account) => ({
      code: account.accountCode,
      label: moneyAccountLabel(account, language),
      testId: account.kind === 'cash' ? 'opening-cash' : `opening-${account.accountCode}`,
    })),
    { code: investments, label: t('ui.opening.investments'), testId: 'opening-investments' },
  ];

  async function submit(values: Record<string, string | undefined>) {
    const balances = fields.flatMap(({ code }) => {
      const amountSatang = parseBaht(values[code] ?? '') ?? 0;
      return amountSatang > 0 ? [{ accountCode: code, amountSatang }] : [];
    });
    const result = await api.fund['ledger.recordOpeningBalances']({ requestId: requestId.current, balances });
    if (!result.ok) return setProblem(localized(result.error.message));
    setProblem(undefined);
    const total = result.value.lines.reduce((sum, line) => sum + line.debitSatang, 0);
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
            {t('ui.opening.record')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
