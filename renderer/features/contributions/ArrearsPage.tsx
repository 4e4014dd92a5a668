import { Card, InputNumber, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrearsRow } from '../../../shared/api/fund-types';
import { formatPeriod } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';

/** Members N or more months behind (Decision 8: the committee decides lapses from this list). */
export function ArrearsPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [minMonths, setMinMonths] = useState(3);
  const [rows, setRows] = useState<ArrearsRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'th';

  useEffect(() => {
    setLoading(true);
    void api.fund['contributions.arrears']({ minMonths, limit: 500 }).then((result) => {
      setLoading(false);
      if (!result.ok) return;
      setRows(result.value.rows);
      setTotal(result.value.total);
    });
  }, [minMonths]);

  return (
    <Card title={t('ui.arrears.title')}>
      <Space style={{ marginBottom: 16 }}>
        <Typography.Text>{t('fields.minMonths')}</Typography.Text>
        <InputNumber min={1} max={120} value={minMonths} onChange={(value) => setMinMonths(value ?? 3)} data-testid="arrears-min" />
        <Typography.Text type="secondary" data-testid="arrears-total">{t('ui.arrears.total', { count: total })}</Typography.Text>
      </Space>
      <Table<ArrearsRow>
        rowKey="memberId"
        size="middle"
        virtual
        scroll={{ y: 560 }}
        loading={loading}
        dataSource={rows}
        pagination={false}
        onRow={(row) => ({ onClick: () => navigate({ page: 'member', memberId: row.memberId }), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 110 },
          { title: t('fields.fullName'), dataIndex: 'fullName' },
          { title: t('fields.moo'), dataIndex: 'moo', width: 80 },
          { title: t('ui.arrears.monthsBehind'), dataIndex: 'arrearsMonths', width: 140, className: 'money' },
          { title: t('ui.arrears.oldestUnpaid'), dataIndex: 'oldestUnpaid', width: 160, render: (value: string) => formatPeriod(value, language) },
        ]}
      />
    </Card>
  );
}
