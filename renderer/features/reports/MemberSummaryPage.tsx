import { Alert, Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSummary, VillageCounts, YearCounts } from '../../../shared/api/report-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { api } from '../../api/client';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';
import { ExportButtons } from '../../components/ExportButtons';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { villageLabel } from '../villages/village-label';

const count = (value: number | null) => (value === null ? '' : value.toLocaleString('th-TH'));

/**
 * The member summary (issue 16 §5; status form §3): founding, cumulative and current members, by category and by
 * village of the register, and joiners and leavers per fiscal year, as of a day; the same figures print on A4
 * and go to Excel through the backend's one document path.
 */
export function MemberSummaryPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [asOf, setAsOf] = useState(todayIso());
  const [summary, setSummary] = useState<MemberSummary>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return;
    let isCurrent = true;
    void api.fund['reports.memberSummary']({ asOf }).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) return setProblem(localized(result.error.message));
      setProblem(undefined);
      setSummary(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [asOf]);
  const text = (key: string, params?: Record<string, unknown>) => t(`documents.memberSummary.${key}`, params);

  return (
    <Card
      title={t('ui.memberSummary.title')}
      loading={!summary && !problem}
      extra={<ExportButtons method="exports.memberSummary" input={{ asOf }} testId="member-summary-export" />}
      data-testid="member-summary"
    >
      <Space className="page-toolbar" wrap>
        <Typography.Text>{t('ui.memberSummary.asOf')}</Typography.Text>
        <BuddhistDateInput value={asOf} onChange={(value?: string) => value && setAsOf(value)} data-testid="member-summary-as-of" />
      </Space>
      {problem && <Alert type="error" showIcon title={problem} />}
      {summary && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={4}>
              <Statistic title={text('founding')} value={summary.founding} data-testid="summary-founding" />
              <Typography.Text type="secondary">{formatDate(summary.foundedOn, language)}</Typography.Text>
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={text('cumulative')} value={summary.totals.cumulative} data-testid="summary-cumulative" />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={text('current')} value={summary.totals.current} data-testid="summary-current" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={text('villagesCovered')} value={text('villagesOf', summary.villages)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={text('population')} value={summary.population ?? '—'} />
            </Col>
          </Row>
          <Row gutter={[24, 24]}>
            <Col xs={24} xl={9}>
              <Typography.Title level={5}>{text('byCategory')}</Typography.Title>
              <Table
                size="small"
                rowKey="category"
                pagination={false}
                dataSource={summary.byCategory}
                data-testid="summary-categories"
                columns={[
                  { title: text('category'), dataIndex: 'category', render: (value: string) => t(`memberCategories.${value}`) },
                  { title: text('cumulativeColumn'), dataIndex: 'cumulative', align: 'right', render: count },
                  { title: text('currentColumn'), dataIndex: 'current', align: 'right', render: count },
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {text('note')}
              </Typography.Paragraph>
            </Col>
            <Col xs={24} xl={15}>
              <Typography.Title level={5}>{text('byVillage')}</Typography.Title>
              <Table<VillageCounts>
                size="small"
                rowKey={(line) => line.villageId ?? 0}
                pagination={false}
                dataSource={summary.byVillage}
                locale={{ emptyText: text('noVillages') }}
                data-testid="summary-villages"
                columns={[
                  { title: text('code'), dataIndex: 'code', width: 110 },
                  {
                    title: text('village'),
                    key: 'village',
                    render: (_value: unknown, line) => (line.villageId === null ? text('noVillage') : villageLabel(t, line)),
                  },
                  { title: text('households'), dataIndex: 'households', align: 'right', render: count },
                  { title: text('populationColumn'), dataIndex: 'population', align: 'right', render: count },
                  { title: text('cumulativeColumn'), dataIndex: 'cumulative', align: 'right', render: count },
                  { title: text('currentColumn'), dataIndex: 'current', align: 'right', render: count },
                ]}
              />
              <Typography.Title level={5} style={{ marginTop: 24 }}>
                {text('byYear')}
              </Typography.Title>
              <Table<YearCounts>
                size="small"
                rowKey="fiscalYear"
                pagination={false}
                scroll={{ y: 320 }}
                dataSource={[...summary.byFiscalYear].reverse()}
                data-testid="summary-years"
                columns={[
                  {
                    title: text('fiscalYear'),
                    dataIndex: 'fiscalYear',
                    render: (value: number) => (language === 'th' ? toBuddhistYear(value) : value),
                  },
                  { title: text('joined'), dataIndex: 'joined', align: 'right' },
                  { title: text('rejoined'), dataIndex: 'rejoined', align: 'right' },
                  { title: text('left'), dataIndex: 'left', align: 'right' },
                ]}
              />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
