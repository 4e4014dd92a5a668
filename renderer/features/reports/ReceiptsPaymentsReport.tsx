import { Alert, Card, Space, Table, Typography } from 'antd';
import { bahtColumn, satangColumn } from './baht-columns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoneyOnHand, ReceiptsPaymentsReport as Report, Section10Group } from '../../../shared/api/report-types';
import { fiscalYearOf, fiscalYearPeriods } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isIso } from '../../components/BuddhistDateInput';
import { ExportButtons } from '../../components/ExportButtons';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { useFundProfile } from '../members/use-fund-profile';

type Row = { key: string; label: string; satang: number | null; strong?: boolean };

/** The first day of the fiscal year today is in (Decision 4), the statement's default start. */
function fiscalYearStart(startMonth: number): string {
  const [first = todayIso().slice(0, 7)] = fiscalYearPeriods(fiscalYearOf(todayIso(), startMonth), startMonth);
  return `${first}-01`;
}

/** The statement once the fund's fiscal year is known, so the range starts on its first day. */
export function ReceiptsPaymentsReport() {
  const profile = useFundProfile();
  if (!profile) return <Card loading />;
  return <ReceiptsPaymentsStatement initialFrom={fiscalYearStart(profile.fiscalYearStartMonth)} />;
}

/**
 * The receipts & payments statement (งบรายรับ‑รายจ่าย) for a range of days: money at the start, §10's receipts and
 * payments lines for the range, money at the end; the same figures print on A4 and go to Excel.
 */
function ReceiptsPaymentsStatement({ initialFrom }: { initialFrom: string }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(todayIso());
  const [report, setReport] = useState<Report>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!isIso(from) || !isIso(to)) return;
    let isCurrent = true;
    void api.fund['reports.receiptsPayments']({ from, to }).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) {
        setReport(undefined);
        return setProblem(localized(result.error.message));
      }
      setProblem(undefined);
      setReport(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [from, to]);
  const doc = (key: string) => t(`documents.receiptsPayments.${key}`);
  const line = (key: string) => t(`documents.section10.lines.${key}`);
  const group = (name: string, lines: Section10Group, heading: string, subtotal: string): Row[] => [
    { key: `${name}-heading`, label: heading, satang: null, strong: true },
    ...lines.lines.map((entry) => ({ key: `${name}-${entry.key}`, label: line(entry.key), satang: entry.amountSatang })),
    { key: `${name}-subtotal`, label: subtotal, satang: lines.subtotalSatang, strong: true },
  ];
  const money = (name: string, heading: string, amounts: MoneyOnHand): Row[] => [
    { key: `${name}-heading`, label: heading, satang: null, strong: true },
    { key: `${name}-cash`, label: line('assets.cash'), satang: amounts.cashSatang },
    { key: `${name}-bank`, label: line('assets.bank'), satang: amounts.bankSatang },
    { key: `${name}-total`, label: doc('moneyTotal'), satang: amounts.totalSatang, strong: true },
  ];
  const rows = (value: Report): Row[] => [
    ...money('start', doc('moneyAtStart'), value.moneyAtStart),
    ...group('receipts', value.receipts, t('documents.section10.receiptsHeading'), t('documents.section10.receiptsSubtotal')),
    ...group('income', value.income, t('documents.section10.incomeHeading'), t('documents.section10.incomeSubtotal')),
    ...(value.openingSatang === 0
      ? []
      : [{ key: 'opening', label: t('documents.section10.opening'), satang: value.openingSatang, strong: true }]),
    { key: 'receipts-total', label: doc('receiptsTotal'), satang: value.receiptsTotalSatang, strong: true },
    ...group('payments', value.payments, doc('paymentsHeading'), doc('paymentsSubtotal')),
    ...group('expenses', value.expenses, doc('expensesHeading'), t('documents.section10.expensesSubtotal')),
    { key: 'payments-total', label: doc('paymentsTotal'), satang: value.paymentsTotalSatang, strong: true },
    ...money('end', doc('moneyAtEnd'), value.moneyAtEnd),
  ];

  return (
    <Card
      title={t('ui.reports.receiptsPayments.title')}
      loading={!report && !problem}
      extra={<ExportButtons method="exports.receiptsPayments" input={{ from, to }} testId="receipts-payments-export" />}
      data-testid="receipts-payments-report"
    >
      <Space className="page-toolbar" wrap>
        <Typography.Text>{t('ui.reports.receiptsPayments.from')}</Typography.Text>
        <BuddhistDateInput
          value={from}
          onChange={(value?: string) => value && isIso(value) && setFrom(value)}
          data-testid="receipts-payments-from"
        />
        <Typography.Text>{t('ui.reports.receiptsPayments.to')}</Typography.Text>
        <BuddhistDateInput
          value={to}
          onChange={(value?: string) => value && isIso(value) && setTo(value)}
          data-testid="receipts-payments-to"
        />
      </Space>
      {problem && <Alert type="error" showIcon title={problem} />}
      {report && (
        <>
          {report.differenceSatang !== 0 && (
            <Alert
              type="error"
              showIcon
              title={t('ui.reports.receiptsPayments.difference', { amount: formatBaht(report.differenceSatang) })}
              style={{ marginBottom: 16 }}
            />
          )}
          <Table<Row>
            size="small"
            pagination={false}
            rowKey="key"
            data-testid="receipts-payments-table"
            dataSource={rows(report)}
            columns={[
              {
                title: doc('item'),
                dataIndex: 'label',
                render: (value: string, row) => (row.strong ? <Typography.Text strong>{value}</Typography.Text> : value),
              },
              { title: t('ui.reports.section10.baht'), dataIndex: 'satang', align: 'right', width: 140, render: bahtColumn },
              { title: t('ui.reports.section10.satang'), dataIndex: 'satang', align: 'center', width: 56, render: satangColumn },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {doc('note')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
