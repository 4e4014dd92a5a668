import { Alert, App as AntApp, Button, Card, Descriptions, Empty, Form, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankReconciliation, ReconciliationLine, ReconciliationStart } from '../../../shared/api/books-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { reconcile } from '../../../shared/domain/ledger/reconciliation';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { BuddhistDateInput, isIso } from '../../components/BuddhistDateInput';
import { MoneyInput } from '../../components/MoneyInput';
import { localized } from '../../components/api-errors';
import { newRequestId, todayIso } from '../../components/today';
import { moneyAccountLabel } from '../money/MoneyAccountSelect';
import { useMoneyAccounts } from '../money/use-money-accounts';
import { BookDescription } from './BookDescription';

const keyOf = (line: { entryId: number; lineNo: number }) => `${line.entryId}:${line.lineNo}`;

/**
 * Bank reconciliation (handbook §(d)2, monthly): the treasurer types the statement's date and closing balance and
 * ticks the book lines the statement shows; what stays unticked (deposits in transit, cheques not presented)
 * explains the difference between the books and the statement, worked out as she ticks.
 */
export function ReconcileBank() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { accounts } = useMoneyAccounts();
  const banks = (accounts?.accounts ?? []).filter((account) => account.kind === 'bank');
  const [accountCode, setAccountCode] = useState<string>();
  const [statementDate, setStatementDate] = useState(todayIso());
  const [balanceText, setBalanceText] = useState('');
  const [start, setStart] = useState<ReconciliationStart>();
  const [ticked, setTicked] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ field?: string | undefined; text: string }>();
  const [history, setHistory] = useState<BankReconciliation[]>([]);
  const [version, setVersion] = useState(0);
  const account = accountCode ?? banks[0]?.accountCode;

  useEffect(() => {
    if (!account || !isIso(statementDate)) return;
    void api.fund['bankReconciliations.start']({ accountCode: account, statementDate }).then((result) => {
      setTicked([]);
      setProblem(result.ok ? undefined : { field: result.error.field, text: localized(result.error.message) });
      setStart(result.ok ? result.value : undefined);
    });
    void api.fund['bankReconciliations.list']({ accountCode: account }).then((result) => result.ok && setHistory(result.value));
  }, [account, statementDate, version]);

  if (accounts && banks.length === 0) return <Empty description={t('ui.books.reconcile.noBank')} />;
  const statementSatang = parseBaht(balanceText);
  const unticked = (start?.lines ?? []).filter((line) => !ticked.includes(keyOf(line)));
  const figures = start && statementSatang !== undefined ? reconcile(start.bookBalanceSatang, statementSatang, unticked) : undefined;

  async function save() {
    if (!account || !start) return;
    const result = await api.fund['bankReconciliations.record']({
      requestId: newRequestId(),
      accountCode: account,
      statementDate,
      statementBalanceSatang: statementSatang ?? Number.NaN,
      ticked: (start.lines ?? [])
        .filter((line) => ticked.includes(keyOf(line)))
        .map((line) => ({ entryId: line.entryId, lineNo: line.lineNo })),
    });
    if (!result.ok) return setProblem({ field: result.error.field, text: localized(result.error.message) });
    void message.success(t('ui.books.reconcile.saved'));
    setVersion((value) => value + 1);
  }

  const describe = (line: ReconciliationLine) => <BookDescription description={line.description} />;
  return (
    <Card title={t('ui.books.tabs.reconcile')} data-testid="reconcile">
      <Form layout="vertical">
        <Space wrap align="start">
          <Form.Item label={t('ui.books.reconcile.bank')}>
            <Select
              style={{ minWidth: 320 }}
              value={account}
              data-testid="reconcile-account"
              onChange={(value: string) => setAccountCode(value)}
              options={banks.map((bank) => ({ value: bank.accountCode, label: moneyAccountLabel(bank, language) }))}
            />
          </Form.Item>
          <Form.Item
            label={t('ui.books.reconcile.statementDate')}
            validateStatus={problem?.field === 'statementDate' ? 'error' : undefined}
            help={problem?.field === 'statementDate' ? problem.text : undefined}
          >
            <BuddhistDateInput
              value={statementDate}
              onChange={(value?: string) => value !== undefined && setStatementDate(value)}
              data-testid="reconcile-date"
            />
          </Form.Item>
          <Form.Item
            label={t('ui.books.reconcile.statementBalance')}
            validateStatus={problem?.field === 'statementBalanceSatang' ? 'error' : undefined}
            help={problem?.field === 'statementBalanceSatang' ? problem.text : undefined}
          >
            <MoneyInput value={balanceText} onChange={setBalanceText} data-testid="reconcile-balance" />
          </Form.Item>
        </Space>
      </Form>
      {problem && problem.field !== 'statementDate' && problem.field !== 'statementBalanceSatang' && (
        <Alert type="error" showIcon title={problem.text} />
      )}
      {start && (
        <>
          <Typography.Paragraph type="secondary">
            {start.lastStatementDate
              ? t('ui.books.reconcile.lastDate', { date: formatDate(start.lastStatementDate, language) })
              : t('ui.books.reconcile.never')}{' '}
            {t('ui.books.reconcile.tickHelp')}
          </Typography.Paragraph>
          <Table<ReconciliationLine>
            size="small"
            rowKey={keyOf}
            pagination={false}
            data-testid="reconcile-lines"
            dataSource={start.lines}
            rowSelection={{
              selectedRowKeys: ticked,
              onChange: (keys) => setTicked(keys.map(String)),
              columnTitle: t('ui.books.reconcile.onStatement'),
              columnWidth: 110,
            }}
            columns={[
              { title: t('documents.books.date'), dataIndex: 'date', width: 120, render: (value: string) => formatDate(value, language) },
              { title: t('documents.books.documentNo'), dataIndex: 'documentNo', width: 150 },
              { title: t('documents.books.description'), key: 'description', render: (_value, line) => describe(line) },
              {
                title: t('documents.books.in'),
                dataIndex: 'inSatang',
                align: 'right',
                width: 130,
                render: (value: number) => (value ? formatBaht(value) : ''),
              },
              {
                title: t('documents.books.out'),
                dataIndex: 'outSatang',
                align: 'right',
                width: 130,
                render: (value: number) => (value ? formatBaht(value) : ''),
              },
            ]}
          />
          <Descriptions bordered size="small" column={1} style={{ marginTop: 16, maxWidth: 640 }} data-testid="reconcile-figures">
            <Descriptions.Item label={t('ui.books.reconcile.book')}>{formatBaht(start.bookBalanceSatang)}</Descriptions.Item>
            <Descriptions.Item label={t('ui.books.reconcile.inTransit')}>{formatBaht(figures?.untickedInSatang ?? 0)}</Descriptions.Item>
            <Descriptions.Item label={t('ui.books.reconcile.notPresented')}>
              {formatBaht(figures?.untickedOutSatang ?? 0)}
            </Descriptions.Item>
            <Descriptions.Item label={t('ui.books.reconcile.expected')}>
              {figures ? formatBaht(figures.expectedStatementSatang) : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('ui.books.reconcile.statement')}>
              {statementSatang === undefined ? '' : formatBaht(statementSatang)}
            </Descriptions.Item>
            <Descriptions.Item label={t('ui.books.reconcile.difference')}>
              {figures ? formatBaht(figures.differenceSatang) : ''}
            </Descriptions.Item>
          </Descriptions>
          {figures && (
            <Alert
              style={{ marginTop: 12 }}
              showIcon
              data-testid="reconcile-state"
              type={figures.differenceSatang === 0 ? 'success' : 'warning'}
              title={
                figures.differenceSatang === 0
                  ? t('ui.books.reconcile.explained')
                  : t('ui.books.reconcile.notExplained', { amount: formatBaht(figures.differenceSatang) })
              }
            />
          )}
          <WriteAction>
            <Button type="primary" style={{ marginTop: 12 }} onClick={() => void save()} data-testid="reconcile-save">
              {t('ui.books.reconcile.save')}
            </Button>
          </WriteAction>
        </>
      )}
      {history.length > 0 && (
        <Table<BankReconciliation>
          style={{ marginTop: 24 }}
          title={() => <strong>{t('ui.books.reconcile.history')}</strong>}
          size="small"
          rowKey="id"
          pagination={false}
          data-testid="reconcile-history"
          dataSource={history}
          columns={[
            {
              title: t('ui.books.reconcile.statementDate'),
              dataIndex: 'statementDate',
              render: (value: string) => formatDate(value, language),
            },
            {
              title: t('ui.books.reconcile.statement'),
              dataIndex: 'statementBalanceSatang',
              align: 'right',
              render: (value: number) => formatBaht(value),
            },
            {
              title: t('ui.books.reconcile.book'),
              dataIndex: 'bookBalanceSatang',
              align: 'right',
              render: (value: number) => formatBaht(value),
            },
            {
              title: t('ui.books.reconcile.inTransit'),
              dataIndex: 'untickedInSatang',
              align: 'right',
              render: (value: number) => formatBaht(value),
            },
            {
              title: t('ui.books.reconcile.notPresented'),
              dataIndex: 'untickedOutSatang',
              align: 'right',
              render: (value: number) => formatBaht(value),
            },
            {
              title: t('ui.books.reconcile.difference'),
              dataIndex: 'differenceSatang',
              align: 'right',
              render: (value: number) => formatBaht(value),
            },
          ]}
        />
      )}
    </Card>
  );
}
