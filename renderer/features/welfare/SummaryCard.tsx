import { Card, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareSummary } from '../../../shared/api/fund-types';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';

/** Status form §5–7 as the fund's own registers show it: cumulative and the last fiscal year. */
export function SummaryCard({ revision }: { revision: number }) {
  const { t, i18n } = useTranslation();
  const [summary, setSummary] = useState<WelfareSummary>();
  const language = i18n.language === 'en' ? 'en' : 'th';
  useEffect(() => {
    void api.fund['welfare.summary']({}).then((result) => result.ok && setSummary(result.value));
  }, [revision]);
  if (!summary) return null;
  const year = toBuddhistYear(summary.lastFiscalYear);
  return (
    <Card title={t('ui.welfare.summary')} style={{ marginTop: 16 }} data-testid="welfare-summary">
      <Table
        rowKey="typeId"
        size="small"
        pagination={false}
        dataSource={summary.types}
        columns={[
          { title: t('fields.typeId'), key: 'name', render: (_value, row) => (language === 'en' ? row.nameEn : row.nameTh) },
          { title: t('ui.welfare.personsCumulative'), key: 'persons', align: 'right', render: (_value, row) => row.cumulative.persons },
          {
            title: t('ui.welfare.amountCumulative'),
            key: 'amount',
            align: 'right',
            render: (_value, row) => formatBaht(row.cumulative.amountSatang),
          },
          {
            title: t('ui.welfare.personsYear', { year }),
            key: 'personsYear',
            align: 'right',
            render: (_value, row) => row.lastYear.persons,
          },
          {
            title: t('ui.welfare.amountYear', { year }),
            key: 'amountYear',
            align: 'right',
            render: (_value, row) => formatBaht(row.lastYear.amountSatang),
          },
        ]}
      />
      <Table
        rowKey="category"
        size="small"
        style={{ marginTop: 16 }}
        pagination={false}
        dataSource={summary.community}
        columns={[
          { title: t('fields.category'), dataIndex: 'category', render: (value: string) => t(`ui.community.categories.${value}`) },
          {
            title: t('ui.welfare.beneficiariesYear', { year }),
            key: 'people',
            align: 'right',
            render: (_value, row) => row.lastYear.beneficiaries,
          },
          {
            title: t('ui.welfare.amountYear', { year }),
            key: 'amount',
            align: 'right',
            render: (_value, row) => formatBaht(row.lastYear.amountSatang),
          },
          {
            title: t('ui.welfare.amountCumulative'),
            key: 'cumulative',
            align: 'right',
            render: (_value, row) => formatBaht(row.cumulative.amountSatang),
          },
        ]}
      />
    </Card>
  );
}
