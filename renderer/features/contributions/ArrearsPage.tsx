import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, InputNumber, Space, Table, Typography, type TableRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrearsPlace, ArrearsRow } from '../../../shared/api/fund-types';
import { formatPeriod } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { villageLabel } from '../villages/village-label';
import { PlaceFilter } from '../villages/PlaceFilter';
import { ExportButtons } from '../../components/ExportButtons';
import { usePagedRows } from '../../components/use-paged-rows';
import { useTableHeight } from '../../components/use-table-height';

/**
 * Members N or more months behind, with what they owe (Decision 8: the committee decides lapses from this list),
 * for the whole fund or one village, and the list as A4 PDF or Excel for a collector to take round.
 */
export function ArrearsPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [minMonths, setMinMonths] = useState(3);
  const [villageId, setVillageId] = useState<number>();
  const [places, setPlaces] = useState<ArrearsPlace[]>([]);
  const tableHeight = useTableHeight(380);
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api.fund['contributions.arrears']({ minMonths, offset, limit, ...(villageId === undefined ? {} : { villageId }) }),
    [minMonths, villageId],
  );
  const { rows, first, isLoading, onScroll } = usePagedRows(fetchPage, 200, 200);
  const tableRef = useRef<TableRef>(null);
  // A new search starts at the top, not where the previous list was scrolled to.
  useEffect(() => tableRef.current?.scrollTo({ top: 0 }), [fetchPage]);
  // The village choices are those of the whole list: kept while one village is shown.
  useEffect(() => {
    if (first && villageId === undefined) setPlaces(first.places);
  }, [first, villageId]);
  const language = i18n.language === 'en' ? 'en' : 'th';
  const totals = first?.totals;

  return (
    <Card
      title={t('ui.arrears.title')}
      extra={
        <Space>
          <Button onClick={() => navigate({ page: 'lapses' })} data-testid="arrears-to-lapses">
            {t('ui.lapses.title')}
          </Button>
          <WriteAction>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => navigate({ page: 'contributionHistoryImport' })}
              data-testid="open-contribution-history-import"
            >
              {t('ui.historyImport.openContributions')}
            </Button>
          </WriteAction>
          <ExportButtons method="exports.arrears" input={{ minMonths, villageId }} testId="arrears-export" />
        </Space>
      }
    >
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
        <PlaceFilter places={places} value={villageId} onChange={setVillageId} testId="arrears-village" />
        <span className="spacer" />
        <Typography.Text strong data-testid="arrears-total">
          {totals
            ? t('ui.arrears.totals', { members: totals.members, months: totals.months, owed: formatBaht(totals.owedSatang) })
            : t('ui.arrears.total', { count: 0 })}
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
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 110 },
          { title: t('fields.fullName'), dataIndex: 'fullName', ellipsis: true },
          {
            title: t('fields.moo'),
            key: 'place',
            width: 190,
            ellipsis: true,
            render: (_value: unknown, row: ArrearsRow) =>
              row.villageId === null ? '' : villageLabel(t, { moo: row.moo, name: row.village }),
          },
          { title: t('ui.arrears.monthsBehind'), dataIndex: 'arrearsMonths', width: 120, className: 'money', align: 'right' },
          {
            title: t('ui.arrears.oldestUnpaid'),
            dataIndex: 'oldestUnpaid',
            width: 140,
            render: (value: string) => formatPeriod(value, language),
          },
          {
            title: t('ui.arrears.owed'),
            dataIndex: 'owedSatang',
            width: 140,
            className: 'money',
            align: 'right',
            render: (value: number) => formatBaht(value),
          },
        ]}
      />
    </Card>
  );
}
