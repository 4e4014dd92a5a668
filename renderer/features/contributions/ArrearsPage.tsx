import { Card, InputNumber, Table, Typography, type TableRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrearsRow } from '../../../shared/api/fund-types';
import { formatPeriod } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { usePagedRows } from '../../components/use-paged-rows';
import { useTableHeight } from '../../components/use-table-height';

/** Members N or more months behind (Decision 8: the committee decides lapses from this list). */
export function ArrearsPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [minMonths, setMinMonths] = useState(3);
  const tableHeight = useTableHeight(330);
  const fetchPage = useCallback(
    (offset: number, limit: number) => api.fund['contributions.arrears']({ minMonths, offset, limit }),
    [minMonths],
  );
  const { rows, total, isLoading, onScroll } = usePagedRows(fetchPage, 200, 200);
  const tableRef = useRef<TableRef>(null);
  // A new search starts at the top, not where the previous list was scrolled to.
  useEffect(() => tableRef.current?.scrollTo({ top: 0 }), [fetchPage]);
  const language = i18n.language === 'en' ? 'en' : 'th';

  return (
    <Card title={t('ui.arrears.title')}>
      <div className="page-toolbar">
        <Typography.Text>{t('ui.arrears.atLeast')}</Typography.Text>
        <InputNumber
          min={1}
          max={120}
          size="large"
          value={minMonths}
          onChange={(value) => setMinMonths(value ?? 3)}
          suffix={t('ui.contributions.months')}
          style={{ width: 140 }}
          data-testid="arrears-min"
        />
        <span className="spacer" />
        <Typography.Text strong data-testid="arrears-total">
          {t('ui.arrears.total', { count: total })}
        </Typography.Text>
      </div>
      <Table<ArrearsRow>
        data-testid="arrears-table"
        className="clickable-rows"
        ref={tableRef}
        rowKey="memberId"
        size="middle"
        virtual
        scroll={{ y: tableHeight }}
        loading={isLoading && rows.length === 0}
        dataSource={rows}
        pagination={false}
        onScroll={onScroll}
        locale={{ emptyText: isLoading ? ' ' : t('ui.arrears.none') }}
        onRow={(row) => ({ onClick: () => navigate({ page: 'member', memberId: row.memberId }) })}
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 120 },
          { title: t('fields.fullName'), dataIndex: 'fullName', ellipsis: true },
          { title: t('fields.moo'), dataIndex: 'moo', width: 110, align: 'center', ellipsis: true },
          { title: t('ui.arrears.monthsBehind'), dataIndex: 'arrearsMonths', width: 150, className: 'money', align: 'right' },
          {
            title: t('ui.arrears.oldestUnpaid'),
            dataIndex: 'oldestUnpaid',
            width: 170,
            render: (value: string) => formatPeriod(value, language),
          },
        ]}
      />
    </Card>
  );
}
