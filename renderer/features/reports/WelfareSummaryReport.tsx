import { Alert, Card, Descriptions, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/api-result';
import type { WelfareRegisterRow, WelfareReport } from '../../../shared/api/report-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { ExportButtons } from '../../components/ExportButtons';
import { FiscalYearSelect, useFiscalYears } from './FiscalYearSelect';

type TypeLine = WelfareReport['types'][number];

/**
 * Welfare paid by type (status form §5–6): persons and amounts since founding and in a fiscal year (the last
 * full one unless the treasurer picks another), and that year's register of payments; as A4 PDF or Excel.
 */
export function WelfareSummaryReport() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const fiscalYears = useFiscalYears();
  const [fiscalYear, setFiscalYear] = useState<number>();
  const [report, setReport] = useState<WelfareReport>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    let isCurrent = true;
    void api.fund['reports.welfare'](fiscalYear === undefined ? {} : { fiscalYear }).then((result) => {
      if (!isCurrent) return;
      if (result.ok) {
        setReport(result.value);
        setError(undefined);
      } else setError(result.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [fiscalYear]);
  const year = report ? toBuddhistYear(report.fiscalYear) : 0;
  const name = (line: { nameTh: string; nameEn: string }) => (language === 'en' ? line.nameEn : line.nameTh);

  return (
    <Card
      title={t('ui.reports.welfare.title')}
      data-testid="welfare-report"
      extra={
        <ExportButtons
          method="exports.welfareReport"
          input={report ? { fiscalYear: report.fiscalYear } : {}}
          testId="welfare-report-export"
        />
      }
    >
      <div className="page-toolbar">
        <Typography.Text>{t('ui.reports.welfare.yearPrompt')}</Typography.Text>
        {fiscalYears && (
          <FiscalYearSelect
            years={fiscalYears.years}
            value={fiscalYear ?? report?.fiscalYear}
            onChange={setFiscalYear}
            testId="welfare-report-year"
          />
        )}
      </div>
      {error && <Alert type="error" showIcon title={localized(error.message)} style={{ marginBottom: 16 }} />}
      {report && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered style={{ marginBottom: 16 }} data-testid="welfare-report-totals">
            <Descriptions.Item label={t('ui.reports.welfare.personsCumulative')}>{report.totals.cumulative.persons}</Descriptions.Item>
            <Descriptions.Item label={t('ui.reports.welfare.amountCumulative')}>
              {formatBaht(report.totals.cumulative.amountSatang)}
            </Descriptions.Item>
            <Descriptions.Item label={t('ui.reports.welfare.personsYear', { year })}>{report.totals.year.persons}</Descriptions.Item>
            <Descriptions.Item label={t('ui.reports.welfare.amountYear', { year })}>
              {formatBaht(report.totals.year.amountSatang)}
            </Descriptions.Item>
          </Descriptions>
          <Table<TypeLine>
            data-testid="welfare-report-types"
            rowKey="typeId"
            size="small"
            pagination={false}
            dataSource={report.types}
            locale={{ emptyText: t('ui.reports.welfare.noTypes') }}
            columns={[
              { title: t('ui.reports.welfare.type'), key: 'name', render: (_value, line) => name(line) },
              {
                title: t('ui.reports.welfare.personsCumulativeShort'),
                key: 'pc',
                align: 'right',
                render: (_value, line) => line.cumulative.persons,
              },
              {
                title: t('ui.reports.welfare.amountCumulativeShort'),
                key: 'ac',
                align: 'right',
                render: (_value, line) => formatBaht(line.cumulative.amountSatang),
              },
              {
                title: t('ui.reports.welfare.personsYearShort', { year }),
                key: 'py',
                align: 'right',
                render: (_value, line) => line.year.persons,
              },
              {
                title: t('ui.reports.welfare.amountYearShort', { year }),
                key: 'ay',
                align: 'right',
                render: (_value, line) => formatBaht(line.year.amountSatang),
              },
            ]}
            summary={() => (
              <Table.Summary.Row className="table-totals">
                <Table.Summary.Cell index={0}>{t('ui.reports.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {report.totals.cumulative.persons}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {formatBaht(report.totals.cumulative.amountSatang)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {report.totals.year.persons}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {formatBaht(report.totals.year.amountSatang)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('ui.reports.welfare.register', { year })}
          </Typography.Title>
          <Table<WelfareRegisterRow>
            data-testid="welfare-report-register"
            rowKey="claimId"
            size="small"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={report.register}
            locale={{ emptyText: t('ui.reports.welfare.noPayments', { year }) }}
            columns={[
              {
                title: t('ui.reports.welfare.paidOn'),
                dataIndex: 'paidOn',
                width: 120,
                render: (value: string) => formatDate(value, language),
              },
              { title: t('ui.reports.welfare.voucherNo'), dataIndex: 'voucherNo', width: 140 },
              { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 100 },
              { title: t('fields.fullName'), dataIndex: 'memberName', ellipsis: true },
              {
                title: t('ui.reports.welfare.recipient'),
                dataIndex: 'dependentName',
                width: 160,
                render: (value: string | null) => value ?? t('ui.reports.welfare.self'),
              },
              {
                title: t('ui.reports.welfare.type'),
                key: 'type',
                render: (_value, row) => name({ nameTh: row.typeNameTh, nameEn: row.typeNameEn }),
              },
              {
                title: t('ui.reports.welfare.amount'),
                dataIndex: 'amountSatang',
                width: 130,
                align: 'right',
                className: 'money',
                render: (value: number) => formatBaht(value),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
