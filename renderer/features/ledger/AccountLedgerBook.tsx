import { Alert, Card, Select, Table } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountLedgerPage } from '../../../shared/api/books-types';
import type { Account } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { ExportButtons } from '../../components/ExportButtons';
import { localized } from '../../components/api-errors';
import { BookDescription } from './BookDescription';
import { BookRangeFields, useBookRange } from './book-range';

const pageSize = 100;
type Row = {
  key: string;
  date: string;
  entryNo: string;
  documentNo: string;
  description: ReactNode;
  debit: number;
  credit: number;
  balance: number;
  strong?: boolean;
};

/** Any account's ledger (บัญชีแยกประเภท) for a period: brought forward, each line with its balance, carried forward. */
export function AccountLedgerBook({ fiscalYearStartMonth }: { fiscalYearStartMonth: number }) {
  const { t, i18n } = useTranslation();
  const range = useBookRange(fiscalYearStartMonth);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [accountCode, setAccountCode] = useState('3100');
  const [current, setCurrent] = useState(1);
  const [ledger, setLedger] = useState<AccountLedgerPage>();
  const [problem, setProblem] = useState<string>();
  const language = i18n.language === 'en' ? 'en' : 'th';
  useEffect(() => {
    void api.fund['ledger.accounts']({}).then((result) => result.ok && setAccounts(result.value));
  }, []);
  useEffect(() => {
    void api.fund['books.accountLedger']({
      accountCode,
      from: range.from,
      to: range.to,
      offset: (current - 1) * pageSize,
      limit: pageSize,
    }).then((result) => {
      setProblem(result.ok ? undefined : localized(result.error.message));
      setLedger(result.ok ? result.value : undefined);
    });
  }, [accountCode, range.from, range.to, current]);
  const rows: Row[] = ledger
    ? [
        ...(current === 1
          ? [
              {
                key: 'bf',
                date: formatDate(ledger.from, language),
                entryNo: '',
                documentNo: '',
                description: t('documents.books.broughtForward'),
                debit: 0,
                credit: 0,
                balance: ledger.broughtForwardSatang,
                strong: true,
              },
            ]
          : []),
        ...ledger.rows.map((row, index) => ({
          key: `${ledger.offset + index}`,
          date: formatDate(row.date, language),
          entryNo: row.entryNo,
          documentNo: row.documentNo,
          description: <BookDescription description={row.description} />,
          debit: row.debitSatang,
          credit: row.creditSatang,
          balance: row.balanceSatang,
        })),
        ...(ledger.offset + ledger.rows.length >= ledger.total
          ? [
              {
                key: 'cf',
                date: formatDate(ledger.to, language),
                entryNo: '',
                documentNo: '',
                description: t('documents.books.carriedForward'),
                debit: ledger.debitTotalSatang,
                credit: ledger.creditTotalSatang,
                balance: ledger.carriedForwardSatang,
                strong: true,
              },
            ]
          : []),
      ]
    : [];
  const money = (value: number) => (value ? formatBaht(value) : '');
  return (
    <Card
      title={t('ui.books.tabs.ledger')}
      extra={
        <ExportButtons method="exports.accountLedger" input={{ accountCode, from: range.from, to: range.to }} testId="ledger-export" />
      }
    >
      <div className="page-toolbar">
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 300 }}
          value={accountCode}
          aria-label={t('ui.books.account')}
          data-testid="ledger-account"
          onChange={(value: string) => {
            setAccountCode(value);
            setCurrent(1);
          }}
          options={accounts.map((account) => ({
            value: account.code,
            label: `${account.code} ${language === 'en' ? account.nameEn : account.nameTh}`,
          }))}
        />
        <BookRangeFields range={range} testId="ledger" />
      </div>
      {problem && <Alert type="error" showIcon title={problem} />}
      <Table<Row>
        size="small"
        rowKey="key"
        data-testid="ledger-table"
        dataSource={rows}
        rowClassName={(row) => (row.strong ? 'strong-row' : '')}
        pagination={{ current, pageSize, total: ledger?.total ?? 0, onChange: setCurrent, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('documents.books.date'), dataIndex: 'date', width: 120 },
          { title: t('documents.books.entryNo'), dataIndex: 'entryNo', width: 140 },
          { title: t('documents.books.documentNo'), dataIndex: 'documentNo', width: 150 },
          {
            title: t('documents.books.description'),
            dataIndex: 'description',
            render: (value: string, row) => (row.strong ? <strong>{value}</strong> : value),
          },
          { title: t('documents.books.debit'), dataIndex: 'debit', align: 'right', width: 120, render: money },
          { title: t('documents.books.credit'), dataIndex: 'credit', align: 'right', width: 120, render: money },
          {
            title: t('documents.books.balance'),
            dataIndex: 'balance',
            align: 'right',
            width: 130,
            render: (value: number) => formatBaht(value),
          },
        ]}
      />
    </Card>
  );
}
