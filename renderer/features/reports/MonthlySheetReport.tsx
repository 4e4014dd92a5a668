import { Alert, Card, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyLine, MonthlyMoneyAccount, MonthlySheet } from '../../../shared/api/other-money-types';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { ExportButtons } from '../../components/ExportButtons';
import { PeriodInput } from '../../components/PeriodInput';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';

/**
 * The committee's monthly income-and-expense sheet: each money account's start, takings, payments and end, what
 * came in and went out on §10's lines, and the year's administration costs against the limit; the same figures
 * print on A4 and go to Excel.
 */
export function MonthlySheetReport() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [period, setPeriod] = useState(todayIso().slice(0, 7));
  const [sheet, setSheet] = useState<MonthlySheet>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let isCurrent = true;
    void api.fund['reports.monthlySheet']({ period }).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) {
        setSheet(undefined);
        return setProblem(localized(result.error.message));
      }
      setProblem(undefined);
      setSheet(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [period]);
  const doc = (key: string, params?: Record<string, string | number>) => t(`documents.monthlySheet.${key}`, params);
  const lineText = (key: string) => (key === 'opening' ? t('documents.section10.opening') : t(`documents.section10.lines.${key}`));
  const money = (value: number) => formatBaht(value);
  const lineTable = (testId: string, title: string, lines: MonthlyLine[], total: number, totalLabel: string) => (
    <Table<MonthlyLine>
      size="small"
      pagination={false}
      rowKey="key"
      title={() => <Typography.Text strong>{title}</Typography.Text>}
      data-testid={testId}
      dataSource={lines.filter((line) => line.amountSatang !== 0)}
      locale={{ emptyText: doc('none') }}
      columns={[
        { title: doc('item'), dataIndex: 'key', render: (key: string) => lineText(key) },
        { title: doc('amount'), dataIndex: 'amountSatang', align: 'right', width: 160, render: money },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{totalLabel}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong>{money(total)}</Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );

  return (
    <Card
      title={t('ui.reports.monthlySheet.title')}
      loading={!sheet && !problem}
      extra={<ExportButtons method="exports.monthlySheet" input={{ period }} testId="monthly-sheet-export" />}
      data-testid="monthly-sheet-report"
    >
      <Space className="page-toolbar" wrap>
        <Typography.Text>{t('ui.reports.monthlySheet.month')}</Typography.Text>
        <PeriodInput value={period} onChange={setPeriod} data-testid="monthly-sheet-period" />
      </Space>
      {problem && <Alert type="error" showIcon title={problem} />}
      {sheet && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Table<MonthlyMoneyAccount>
            size="small"
            pagination={false}
            rowKey="accountCode"
            title={() => <Typography.Text strong>{doc('accounts')}</Typography.Text>}
            data-testid="monthly-sheet-accounts"
            dataSource={sheet.accounts}
            columns={[
              { title: doc('account'), key: 'name', render: (_value, row) => (language === 'en' ? row.nameEn : row.nameTh) },
              { title: doc('opening'), dataIndex: 'openingSatang', align: 'right', width: 140, render: money },
              { title: doc('in'), dataIndex: 'inSatang', align: 'right', width: 140, render: money },
              { title: doc('out'), dataIndex: 'outSatang', align: 'right', width: 140, render: money },
              { title: doc('closing'), dataIndex: 'closingSatang', align: 'right', width: 140, render: money },
            ]}
          />
          {lineTable('monthly-sheet-receipts', doc('receipts'), sheet.receipts, sheet.receiptsTotalSatang, doc('receiptsTotal'))}
          {lineTable('monthly-sheet-payments', doc('payments'), sheet.payments, sheet.paymentsTotalSatang, doc('paymentsTotal'))}
          <Typography.Paragraph type="secondary" data-testid="monthly-sheet-admin-cost">
            {doc('balance')}
            <br />
            {doc('adminCost', {
              year: toBuddhistYear(sheet.adminCost.fiscalYear),
              spent: money(sheet.adminCost.spentSatang),
              limit: money(sheet.adminCost.limitSatang),
              percent: sheet.adminCost.percent,
            })}
          </Typography.Paragraph>
        </Space>
      )}
    </Card>
  );
}
