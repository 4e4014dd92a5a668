import { Alert, Card, Pagination, Table } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalBookPage } from '../../../shared/api/books-types';
import type { Account } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { ExportButtons } from '../../components/ExportButtons';
import { localized } from '../../components/api-errors';
import { BookDescription } from './BookDescription';
import { BookRangeFields, useBookRange } from './book-range';

const pageSize = 50;
type Row = { key: string; date: string; entryNo: string; description: ReactNode; accountCode: string; debit: number; credit: number };

/** The general journal (สมุดรายวันทั่วไป) for a period: every entry with its lines, a page at a time. */
export function JournalBook({ fiscalYearStartMonth }: { fiscalYearStartMonth: number }) {
  const { t, i18n } = useTranslation();
  const range = useBookRange(fiscalYearStartMonth);
  const [current, setCurrent] = useState(1);
  const [page, setPage] = useState<JournalBookPage>();
  const [accounts, setAccounts] = useState<Map<string, Account>>(new Map());
  const [problem, setProblem] = useState<string>();
  const language = i18n.language === 'en' ? 'en' : 'th';
  useEffect(() => {
    void api.fund['ledger.accounts']({}).then(
      (result) => result.ok && setAccounts(new Map(result.value.map((account) => [account.code, account]))),
    );
  }, []);
  useEffect(() => {
    void api.fund['books.journal']({ from: range.from, to: range.to, offset: (current - 1) * pageSize, limit: pageSize }).then((result) => {
      setProblem(result.ok ? undefined : localized(result.error.message));
      setPage(result.ok ? result.value : undefined);
    });
  }, [range.from, range.to, current]);
  const rows: Row[] = (page?.rows ?? []).flatMap((entry) =>
    entry.lines.map((line, index) => ({
      key: `${entry.id}-${index}`,
      date: index === 0 ? formatDate(entry.entryDate, language) : '',
      entryNo: index === 0 ? entry.entryNo : '',
      description: index === 0 ? <BookDescription description={entry.description} /> : '',
      accountCode: line.accountCode,
      debit: line.debitSatang,
      credit: line.creditSatang,
    })),
  );
  const name = (code: string) => (language === 'en' ? accounts.get(code)?.nameEn : accounts.get(code)?.nameTh) ?? code;
  return (
    <Card
      title={t('ui.books.tabs.journal')}
      extra={<ExportButtons method="exports.journal" input={{ from: range.from, to: range.to }} testId="journal-export" />}
    >
      <div className="page-toolbar">
        <BookRangeFields range={range} testId="journal" />
      </div>
      {problem && <Alert type="error" showIcon title={problem} />}
      <Table<Row>
        size="small"
        rowKey="key"
        data-testid="journal-table"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('documents.books.date'), dataIndex: 'date', width: 120 },
          { title: t('documents.books.entryNo'), dataIndex: 'entryNo', width: 150 },
          { title: t('documents.books.description'), dataIndex: 'description' },
          {
            title: t('documents.books.account'),
            key: 'account',
            render: (_value, row) => `${row.credit > 0 ? '\u2003' : ''}${row.accountCode} ${name(row.accountCode)}`,
          },
          {
            title: t('documents.books.debit'),
            dataIndex: 'debit',
            align: 'right',
            width: 130,
            render: (value: number) => (value ? formatBaht(value) : ''),
          },
          {
            title: t('documents.books.credit'),
            dataIndex: 'credit',
            align: 'right',
            width: 130,
            render: (value: number) => (value ? formatBaht(value) : ''),
          },
        ]}
      />
      <Pagination
        style={{ marginTop: 12 }}
        current={current}
        pageSize={pageSize}
        total={page?.total ?? 0}
        onChange={setCurrent}
        showSizeChanger={false}
        hideOnSinglePage
      />
    </Card>
  );
}
