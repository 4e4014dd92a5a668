import { Alert, App as AntApp, Button, Card, Form, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { MoneyInput, optionalMoneyRule } from '../../components/MoneyInput';
import { newRequestId } from '../../components/today';
import { WriteAction } from '../../app/fund-access';

type Values = { cash?: string; bank?: string; investments?: string };
const accounts = [
  ['cash', '3100'],
  ['bank', '3200'],
  ['investments', '3300'],
] as const;

/** Money the fund already had when it began its books in the app (Decision 10), entered once. */
export function OpeningBalancesCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const requestId = useRef(newRequestId());

  async function submit(values: Values) {
    const balances = accounts.flatMap(([name, accountCode]) => {
      const amountSatang = parseBaht(values[name] ?? '') ?? 0;
      return amountSatang > 0 ? [{ accountCode, amountSatang }] : [];
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
        {accounts.map(([name]) => (
          <Form.Item key={name} name={name} label={t(`ui.opening.${name}`)} rules={[optionalMoneyRule(t('ui.form.badMoney'))]}>
            <MoneyInput data-testid={`opening-${name}`} />
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
