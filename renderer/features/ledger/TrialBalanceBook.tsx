import { Alert, Card, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrialBalanceLine, TrialBalanceReport } from '../../../shared/api/books-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isIso } from '../../components/BuddhistDateInput';
import { ExportButtons } from '../../components/ExportButtons';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';

/** The trial balance (งบทดลอง) at the end of a day: each account on its side, the two totals equal. */
export function TrialBalanceBook() {
  const { t, i18n } = useTranslation();
  const [asOf, setAsOf] = useState(todayIso());
  const [report, setReport] = useState<TrialBalanceReport>();
  const [problem, setProblem] = useState<string>();
  const language = i18n.language === 'en' ? 'en' : 'th';
  useEffect(() => {
    void api.fund['books.trialBalance']({ asOf }).then((result) => {
      setProblem(result.ok ? undefined : localized(result.error.message));
      setReport(result.ok ? result.value : undefined);
    });
  }, [asOf]);
  const money = (value: number) => (value ? formatBaht(value) : '');
  return (
    <Card
      title={t('ui.books.tabs.trialBalance')}
      extra={<ExportButtons method="exports.trialBalance" input={{ asOf }} testId="trial-export" />}
    >
      <Space className="page-toolbar">
        <Typography.Text>{t('ui.books.asOf')}</Typography.Text>
        <BuddhistDateInput value={asOf} onChange={(value?: string) => value && isIso(value) && setAsOf(value)} data-testid="trial-as-of" />
      </Space>
      {problem && <Alert type="error" showIcon title={problem} />}
      {report && (
        <>
          <Alert
            style={{ marginBottom: 12 }}
            showIcon
            type={report.differenceSatang === 0 ? 'success' : 'error'}
            data-testid="trial-state"
            title={
              report.differenceSatang === 0
                ? t('ui.books.balanced')
                : t('ui.books.unbalanced', { amount: formatBaht(report.differenceSatang) })
            }
          />
          <Table<TrialBalanceLine>
            size="small"
            rowKey="accountCode"
            pagination={false}
            data-testid="trial-table"
            dataSource={report.lines}
            columns={[
              { title: t('documents.books.accountCode'), dataIndex: 'accountCode', width: 100 },
              {
                title: t('documents.books.account'),
                key: 'name',
                render: (_value, line) => (language === 'en' ? line.nameEn : line.nameTh),
              },
              { title: t('documents.books.debit'), dataIndex: 'debitSatang', align: 'right', width: 150, render: money },
              { title: t('documents.books.credit'), dataIndex: 'creditSatang', align: 'right', width: 150, render: money },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  <strong>{t('documents.books.total')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <strong>{formatBaht(report.debitTotalSatang)}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <strong>{formatBaht(report.creditTotalSatang)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </>
      )}
    </Card>
  );
}
