import { Alert, App as AntApp, Button, Card, Divider, Form, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Account, OpeningBalances } from '../../../shared/api/fund-types';
import { useTranslation } from 'react-i18next';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { MoneyInput, optionalMoneyRule } from '../../components/MoneyInput';
import { newRequestId } from '../../components/today';
import { WriteAction } from '../../app/fund-access';
import { moneyAccountLabel } from '../money/MoneyAccountSelect';
import { useMoneyAccounts } from '../money/use-money-accounts';
import { ReclassifyOpeningCard } from './ReclassifyOpeningCard';
import { PaperBalance, paperAccounts, paperLines, paperSides, Section10LineFields } from './Section10LineFields';

const investments = '3300';

type Values = { lines?: Record<string, string | undefined> } & Record<string, unknown>;

/**
 * Money the fund already had when it began its books in the app (Decision 10), entered once: cash in hand, each
 * bank account of the register (add them first, in the card above) and investments; for a fund opening mid-life,
 * with the rest of its last paper §10 line by line, so §10 reads as the paper did from the first day. An opening
 * recorded without those lines can be spread over them later (ReclassifyOpeningCard).
 */
export function OpeningBalancesCard({ accountsVersion = 0, onSaved }: { accountsVersion?: number; onSaved?: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const requestId = useRef(newRequestId());
  const { accounts } = useMoneyAccounts(accountsVersion);
  const [opening, setOpening] = useState<OpeningBalances>();
  const [chart, setChart] = useState<Account[]>([]);
  useEffect(() => {
    void api.fund['ledger.accounts']({}).then((result) => result.ok && setChart(paperAccounts(result.value)));
  }, []);
  const watched = Form.useWatch([], form) as Values | undefined;
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

  const moneyOf = (values: Values | undefined) =>
    fields.map(({ code }) => ({ accountCode: code, amountSatang: parseBaht(typeof values?.[code] === 'string' ? values[code] : '') ?? 0 }));
  const typedLines = paperLines(chart, watched?.lines);
  const sides = paperSides(chart, typedLines);
  const moneySatang = moneyOf(watched).reduce((sum, amount) => sum + amount.amountSatang, 0);

  async function submit(values: Values) {
    const amounts = moneyOf(values);
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
          section10Lines: paperLines(chart, values.lines),
        });
    if (!result.ok) return setProblem(localized(result.error.message));
    setProblem(undefined);
    requestId.current = newRequestId();
    reloadOpening();
    onSaved?.();
    // A paper §10 carried in is as large as either of its sides; money on hand alone is its own total.
    const sent = opening?.recorded ? [] : paperLines(chart, values.lines);
    const total = sent.length > 0 ? paperSides(chart, sent).receipts : amounts.reduce((sum, amount) => sum + amount.amountSatang, 0);
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
        {!opening?.recorded && chart.length > 0 && (
          <>
            <Divider titlePlacement="start">{t('ui.opening.paperTitle')}</Divider>
            <Typography.Paragraph type="secondary">{t('ui.opening.paperHint')}</Typography.Paragraph>
            <Section10LineFields accounts={chart} testIdPrefix="opening-line" />
            {typedLines.length > 0 && <PaperBalance left={sides.receipts} right={moneySatang + sides.payments} kind="opening" />}
          </>
        )}
        <WriteAction>
          <Button htmlType="submit" data-testid="opening-submit">
            {opening?.recorded ? t('ui.opening.correct') : t('ui.opening.record')}
          </Button>
        </WriteAction>
      </Form>
      {opening && opening.lines.length > 0 && <RecordedLines opening={opening} chart={chart} />}
      {opening?.recorded && opening.reclassifiableSatang > 0 && chart.length > 0 && (
        <ReclassifyOpeningCard
          opening={opening}
          accounts={chart}
          onSaved={() => {
            reloadOpening();
            onSaved?.();
          }}
        />
      )}
    </Card>
  );
}

/** The §10 lines the opening (or its reclassification) carried in, as the paper showed them. */
function RecordedLines({ opening, chart }: { opening: OpeningBalances; chart: readonly Account[] }) {
  const { t, i18n } = useTranslation();
  const name = (code: string) => {
    const account = chart.find((candidate) => candidate.code === code);
    return account ? (i18n.language === 'en' ? account.nameEn : account.nameTh) : code;
  };
  return (
    <div data-testid="opening-recorded-lines">
      <Divider titlePlacement="start">{t('ui.opening.recordedLines')}</Divider>
      {opening.lines.map((line) => (
        <div key={line.accountCode} className="page-toolbar">
          <Typography.Text>{`${line.accountCode} ${name(line.accountCode)}`}</Typography.Text>
          <Typography.Text strong>{formatBaht(line.amountSatang)}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
