import { Alert, Card, Col, Row, Space, Table, Typography } from 'antd';
import { bahtColumn, satangColumn } from './baht-columns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section10Group, Section10Report as Report } from '../../../shared/api/report-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isIso } from '../../components/BuddhistDateInput';
import { ExportButtons } from '../../components/ExportButtons';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';

type SideRow = { key: string; label: string; satang: number | null; strong?: boolean };

/**
 * The §10 financial position report (status form §10): รายการรับ beside รายการจ่าย, cumulative since founding as of
 * a day, in baht and satang; the same figures print on A4 and go to Excel. Says plainly when the sides differ.
 */
export function Section10Report() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayIso());
  const [report, setReport] = useState<Report>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return;
    let isCurrent = true;
    void api.fund['reports.section10']({ asOf }).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) return setProblem(localized(result.error.message));
      setProblem(undefined);
      setReport(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [asOf]);
  const text = (key: string, params?: Record<string, unknown>) => t(`documents.section10.${key}`, params);
  const group = (name: string, lines: Section10Group, heading: string, subtotal: string): SideRow[] => [
    { key: `${name}-heading`, label: text(heading), satang: null, strong: true },
    ...lines.lines.map((line) => ({ key: line.key, label: text(`lines.${line.key}`), satang: line.amountSatang })),
    { key: `${name}-subtotal`, label: text(subtotal), satang: lines.subtotalSatang, strong: true },
  ];
  const side = (title: string, rows: SideRow[], total: string, totalSatang: number, testId: string) => (
    <Table<SideRow>
      size="small"
      pagination={false}
      rowKey="key"
      data-testid={testId}
      dataSource={[...rows, { key: 'total', label: text(total), satang: totalSatang, strong: true }]}
      columns={[
        {
          title,
          dataIndex: 'label',
          render: (value: string, row) => (row.strong ? <Typography.Text strong>{value}</Typography.Text> : value),
        },
        { title: t('ui.reports.section10.baht'), dataIndex: 'satang', align: 'right', width: 120, render: bahtColumn },
        { title: t('ui.reports.section10.satang'), dataIndex: 'satang', align: 'center', width: 56, render: satangColumn },
      ]}
    />
  );

  return (
    <Card
      title={t('ui.reports.section10.title')}
      loading={!report && !problem}
      extra={<ExportButtons method="exports.section10" input={{ asOf }} testId="section10-export" />}
      data-testid="section10-report"
    >
      <Space className="page-toolbar" wrap>
        <Typography.Text>{t('ui.reports.section10.asOfPrompt')}</Typography.Text>
        <BuddhistDateInput
          value={asOf}
          onChange={(value?: string) => value && isIso(value) && setAsOf(value)}
          data-testid="section10-as-of"
        />
      </Space>
      {problem && <Alert type="error" showIcon title={problem} />}
      {report && (
        <>
          {report.differenceSatang !== 0 && (
            <Alert
              type="error"
              showIcon
              title={t('ui.reports.section10.difference', { amount: formatBaht(report.differenceSatang) })}
              style={{ marginBottom: 16 }}
            />
          )}
          <Row gutter={[24, 16]}>
            <Col xs={24} xl={12}>
              {side(
                text('receiptsSide'),
                [
                  ...group('receipts', report.receipts, 'receiptsHeading', 'receiptsSubtotal'),
                  ...group('income', report.income, 'incomeHeading', 'incomeSubtotal'),
                  { key: 'opening', label: text('opening'), satang: report.openingSatang, strong: true },
                ],
                'receiptsTotal',
                report.receiptsTotalSatang,
                'section10-receipts',
              )}
            </Col>
            <Col xs={24} xl={12}>
              {side(
                text('paymentsSide'),
                [
                  ...group('assets', report.assets, 'assetsHeading', 'assetsSubtotal'),
                  ...group('expenses', report.expenses, 'expensesHeading', 'expensesSubtotal'),
                ],
                'paymentsTotal',
                report.paymentsTotalSatang,
                'section10-payments',
              )}
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {text('note')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
