import { Button, Card, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CashBookPage as Page, CashBookRow, NegativeBalanceDay } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';
import { WriteAction } from '../../app/fund-access';
import { ExportButtons } from '../../components/ExportButtons';
import { todayIso } from '../../components/today';
import { moneyAccountLabel } from '../money/MoneyAccountSelect';
import { NegativeDays } from '../money/NegativeDays';
import { TransferModal, type TransferStart } from '../money/TransferModal';
import { useMoneyAccounts } from '../money/use-money-accounts';
import { BookDescription } from './BookDescription';
import { fiscalYearStartDay } from './book-range';

const pageSize = 50;
const isIso = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A row of the table: a posted line, or the balance brought forward at the top of a page. */
type Line = (CashBookRow & { key: string; isOpening?: false }) | { key: string; isOpening: true; balanceSatang: number };

/** The balance before a page's first row: the opening balance on page one, else worked back from that row. */
function broughtForward(page: Page): number {
  const first = page.rows[0];
  if (page.offset === 0 || !first) return page.openingBalanceSatang;
  return first.balanceSatang - first.inSatang + first.outSatang;
}

/**
 * สมุดเงินสด and each bank account's book (handbook §(d)2), read from the journal: date, document no., description,
 * in, out, running balance, in B.E. Days an account closed below zero (files from earlier versions) are listed on
 * top with a dated transfer to put each right.
 */
export function CashBookPage({ navigate, fiscalYearStartMonth }: { navigate: Navigate; fiscalYearStartMonth: number }) {
  const { t, i18n } = useTranslation();
  const { accounts, reload: reloadAccounts } = useMoneyAccounts();
  const [page, setPage] = useState<Page>();
  const [current, setCurrent] = useState(1);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [accountCode, setAccountCode] = useState('3100');
  const [negative, setNegative] = useState<NegativeBalanceDay[]>([]);
  const [transfer, setTransfer] = useState<TransferStart>();
  const [version, setVersion] = useState(0);
  const language = i18n.language === 'en' ? 'en' : 'th';

  useEffect(() => {
    void api.fund['ledger.cashBook']({
      accountCode,
      offset: (current - 1) * pageSize,
      limit: pageSize,
      ...(isIso(from) ? { from } : {}),
      ...(isIso(to) ? { to } : {}),
    }).then((result) => result.ok && setPage(result.value));
  }, [accountCode, current, from, to, version]);
  useEffect(() => {
    void api.fund['ledger.negativeBalances']({}).then((result) => result.ok && setNegative(result.value));
  }, [version]);

  const lines: Line[] = page
    ? [
        { key: 'opening', isOpening: true, balanceSatang: broughtForward(page) },
        ...page.rows.map((row, index) => ({ ...row, key: `${page.offset + index}` })),
      ]
    : [];
  const row = (line: Line) => (line.isOpening ? undefined : line);

  return (
    <Card
      title={accountCode === '3100' ? t('ui.cashBook.title') : t('ui.cashBook.bankTitle')}
      extra={
        <Space>
          <Select
            style={{ minWidth: 280 }}
            value={accountCode}
            data-testid="cash-account"
            onChange={(value: string) => {
              setAccountCode(value);
              setCurrent(1);
            }}
            options={(accounts?.accounts ?? []).map((account) => ({
              value: account.accountCode,
              label: moneyAccountLabel(account, language),
            }))}
          />
          <ExportButtons
            method="exports.moneyBook"
            input={{ accountCode, from: isIso(from) ? from : fiscalYearStartDay(fiscalYearStartMonth), to: isIso(to) ? to : todayIso() }}
            testId="money-book-export"
          />
          <WriteAction>
            <Button onClick={() => setTransfer({})} data-testid="cash-transfer">
              {t('ui.transfer.open')}
            </Button>
          </WriteAction>
        </Space>
      }
    >
      <NegativeDays days={negative} onTransfer={setTransfer} onCorrectOpening={() => navigate({ page: 'settings' })} />
      {transfer && (
        <TransferModal
          start={transfer}
          onClose={() => setTransfer(undefined)}
          onDone={() => {
            setTransfer(undefined);
            setVersion((value) => value + 1);
            reloadAccounts();
          }}
        />
      )}
      <div className="page-toolbar">
        <Typography.Text>{t('fields.from')}</Typography.Text>
        <BuddhistDateInput
          value={from}
          style={{ width: 160 }}
          data-testid="cash-from"
          onChange={(value) => {
            setFrom(value);
            setCurrent(1);
          }}
        />
        <Typography.Text>{t('fields.to')}</Typography.Text>
        <BuddhistDateInput
          value={to}
          style={{ width: 160 }}
          data-testid="cash-to"
          onChange={(value) => {
            setTo(value);
            setCurrent(1);
          }}
        />
        {(from || to) && (
          <Button
            onClick={() => {
              setFrom('');
              setTo('');
              setCurrent(1);
            }}
            data-testid="cash-clear"
          >
            {t('ui.cashBook.allDates')}
          </Button>
        )}
        <span className="spacer" />
        {page && (
          <Typography.Text type="secondary" data-testid="cash-opening">
            {t('ui.cashBook.opening', { amount: formatBaht(page.openingBalanceSatang) })}
          </Typography.Text>
        )}
      </div>
      <Table<Line>
        data-testid="cash-book"
        rowKey="key"
        size="middle"
        bordered
        dataSource={lines}
        pagination={{
          current,
          pageSize,
          total: page?.total ?? 0,
          onChange: setCurrent,
          showSizeChanger: false,
          showTotal: (total) => t('ui.cashBook.rows', { count: total }),
        }}
        onRow={(line) => {
          const receiptId = row(line)?.receiptId ?? null;
          const batchId = row(line)?.batchId ?? null;
          const voucherId = row(line)?.voucherId ?? null;
          const incomeReceiptId = row(line)?.incomeReceiptId ?? null;
          // A receipt or voucher line opens its document; a collection-day line opens the batch with its receipts.
          const open = () => {
            if (voucherId !== null) navigate({ page: 'voucher', voucherId, from: 'cashbook' });
            else if (incomeReceiptId !== null) navigate({ page: 'incomeReceipt', receiptId: incomeReceiptId, from: 'cashbook' });
            else if (receiptId !== null) navigate({ page: 'receipt', receiptId, from: 'cashbook' });
            else if (batchId !== null) navigate({ page: 'collection', batchId });
          };
          return {
            onClick: open,
            style: {
              cursor: receiptId !== null || batchId !== null || voucherId !== null || incomeReceiptId !== null ? 'pointer' : 'default',
            },
            'data-testid': line.isOpening ? 'cash-opening-row' : undefined,
          };
        }}
        columns={[
          {
            title: t('ui.cashBook.date'),
            key: 'date',
            width: 130,
            render: (_value, line) => (line.isOpening ? '' : formatDate(line.date, language)),
          },
          { title: t('ui.cashBook.documentNo'), key: 'documentNo', width: 170, render: (_value, line) => row(line)?.documentNo ?? '' },
          {
            title: t('ui.cashBook.description'),
            key: 'description',
            render: (_value, line) =>
              line.isOpening ? <strong>{t('ui.cashBook.broughtForward')}</strong> : <BookDescription description={line.description} />,
          },
          {
            title: t('ui.cashBook.in'),
            key: 'in',
            width: 130,
            className: 'money',
            align: 'right',
            render: (_value, line) => (row(line)?.inSatang ? formatBaht(row(line)?.inSatang ?? 0) : ''),
          },
          {
            title: t('ui.cashBook.out'),
            key: 'out',
            width: 130,
            className: 'money',
            align: 'right',
            render: (_value, line) => (row(line)?.outSatang ? formatBaht(row(line)?.outSatang ?? 0) : ''),
          },
          {
            title: t('ui.cashBook.balance'),
            key: 'balance',
            width: 150,
            className: 'money',
            align: 'right',
            render: (_value, line) => formatBaht(line.balanceSatang),
          },
        ]}
      />
    </Card>
  );
}
