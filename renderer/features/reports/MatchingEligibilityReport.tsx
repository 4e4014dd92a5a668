import { Card, Descriptions, Select, Table, Typography, type TableRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingEligibility, MatchingRow } from '../../../shared/api/report-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { latestMatchingYear } from '../../../shared/domain/matching/eligibility';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { ExportButtons } from '../../components/ExportButtons';
import { todayIso } from '../../components/today';
import { usePagedRows } from '../../components/use-paged-rows';
import { useTableHeight } from '../../components/use-table-height';
import { useFundProfile } from '../members/use-fund-profile';

/**
 * The matching-eligibility list (Decision 15) at 30 September: members with a full year who were matched fewer
 * than three times, with the counts a matching-grant proposal asks for (in total, by village, by age group).
 */
export function MatchingEligibilityReport({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const profile = useFundProfile();
  const latest = latestMatchingYear(todayIso());
  const [year, setYear] = useState(latest);
  const [counts, setCounts] = useState<MatchingEligibility>();
  const tableHeight = useTableHeight(460);
  const fetchPage = useCallback(
    (offset: number, limit: number) => api.fund['reports.matchingEligibility']({ year, offset, limit }),
    [year],
  );
  const { rows, first, isLoading, onScroll } = usePagedRows(fetchPage, 200, 200);
  const tableRef = useRef<TableRef>(null);
  useEffect(() => tableRef.current?.scrollTo({ top: 0 }), [fetchPage]);
  useEffect(() => {
    if (first) setCounts(first);
  }, [first]);
  const firstYear = profile ? Number(profile.foundedOn.slice(0, 4)) : latest;
  const years = Array.from({ length: Math.max(latest - firstYear + 1, 1) }, (_, index) => latest - index);
  const place = (moo: number | null, village: string) =>
    moo === null ? village || t('ui.reports.matching.noVillage') : t('ui.reports.matching.village', { moo, village }).trim();

  return (
    <Card
      title={t('ui.reports.matching.title')}
      data-testid="matching-report"
      extra={<ExportButtons method="exports.matchingEligibility" input={{ year }} testId="matching-export" />}
    >
      <div className="page-toolbar">
        <Typography.Text>{t('ui.reports.matching.cutoffPrompt')}</Typography.Text>
        <Select<number>
          size="large"
          value={year}
          onChange={setYear}
          style={{ minWidth: 220 }}
          aria-label={t('fields.year')}
          data-testid="matching-year"
          options={years.map((option) => ({
            value: option,
            label: t('ui.reports.matching.cutoffOption', { year: toBuddhistYear(option) }),
          }))}
        />
        <Typography.Text type="secondary">{t('ui.reports.matching.rule')}</Typography.Text>
      </div>
      {counts && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 4 }} bordered style={{ marginBottom: 16 }} data-testid="matching-counts">
            <Descriptions.Item label={t('ui.reports.matching.members')}>{counts.counts.members}</Descriptions.Item>
            <Descriptions.Item label={t('ui.reports.matching.eligible')}>
              <Typography.Text strong>{counts.counts.eligible}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('ui.reports.matching.underAYear')}>{counts.counts.underAYear}</Descriptions.Item>
            <Descriptions.Item label={t('ui.reports.matching.matchedOut')}>{counts.counts.matchedOut}</Descriptions.Item>
          </Descriptions>
          <div className="report-side-by-side">
            <Table
              data-testid="matching-villages"
              rowKey={(row) => `${row.moo ?? ''}|${row.village}`}
              size="small"
              pagination={false}
              dataSource={counts.byVillage}
              columns={[
                { title: t('ui.reports.matching.place'), key: 'place', render: (_value, row) => place(row.moo, row.village) },
                { title: t('ui.reports.matching.membersShort'), dataIndex: 'members', align: 'right' },
                { title: t('ui.reports.matching.eligibleShort'), dataIndex: 'eligible', align: 'right' },
              ]}
            />
            <Table
              data-testid="matching-ages"
              rowKey="band"
              size="small"
              pagination={false}
              dataSource={counts.byAge}
              columns={[
                {
                  title: t('ui.reports.matching.ageBand'),
                  dataIndex: 'band',
                  render: (band: string) => t(`ui.reports.matching.ages.${band}`),
                },
                { title: t('ui.reports.matching.membersShort'), dataIndex: 'members', align: 'right' },
                { title: t('ui.reports.matching.eligibleShort'), dataIndex: 'eligible', align: 'right' },
              ]}
            />
          </div>
        </>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('ui.reports.matching.list', { count: counts?.total ?? 0 })}
      </Typography.Title>
      <Table<MatchingRow>
        data-testid="matching-table"
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
        locale={{ emptyText: isLoading ? ' ' : t('ui.reports.matching.none') }}
        onRow={(row) => ({ onClick: () => navigate({ page: 'member', memberId: row.memberId }) })}
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 110 },
          { title: t('fields.fullName'), dataIndex: 'fullName', ellipsis: true },
          {
            title: t('ui.reports.matching.place'),
            key: 'place',
            width: 220,
            ellipsis: true,
            render: (_value, row) => place(row.moo, row.village),
          },
          {
            title: t('ui.reports.matching.memberSince'),
            dataIndex: 'memberSince',
            width: 150,
            render: (value: string) => formatDate(value, language),
          },
          { title: t('ui.reports.matching.years'), dataIndex: 'completedYears', width: 90, align: 'right' },
          { title: t('ui.reports.matching.timesMatched'), dataIndex: 'timesMatched', width: 120, align: 'right' },
        ]}
      />
    </Card>
  );
}
