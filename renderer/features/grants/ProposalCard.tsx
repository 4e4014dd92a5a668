import { CheckCircleTwoTone, ExclamationCircleTwoTone } from '@ant-design/icons';
import { Card, Descriptions, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingProposal } from '../../../shared/api/grant-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { latestMatchingYear } from '../../../shared/domain/matching/eligibility';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { ExportButtons } from '../../components/ExportButtons';
import { todayIso } from '../../components/today';
import { useFundProfile } from '../members/use-fund-profile';

function Check({ ok, children, testId }: { ok: boolean; children: string; testId: string }) {
  return (
    <Space data-testid={testId}>
      {ok ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <ExclamationCircleTwoTone twoToneColor="#faad14" />}
      <Typography.Text>{children}</Typography.Text>
    </Space>
  );
}

/**
 * The matching-grant proposal (domain §(a)3) as the data fills it: the criteria the data can show, the members
 * asked for and the amount, welfare by type and the rounds before; printed on A4 or written to Excel.
 */
export function ProposalCard({ version }: { version: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const profile = useFundProfile();
  const latest = latestMatchingYear(todayIso());
  const [year, setYear] = useState(latest);
  const [proposal, setProposal] = useState<MatchingProposal>();
  useEffect(() => {
    void api.fund['reports.matchingProposal']({ year }).then((result) => result.ok && setProposal(result.value));
  }, [year, version]);
  const firstYear = profile ? Number(profile.foundedOn.slice(0, 4)) : latest;
  const years = Array.from({ length: Math.max(latest - firstYear + 1, 1) }, (_, index) => latest - index);
  const criteria = proposal?.criteria;

  return (
    <Card
      title={t('ui.grants.proposal')}
      data-testid="proposal-card"
      extra={<ExportButtons method="exports.matchingProposal" input={{ year }} testId="proposal-export" />}
    >
      <div className="page-toolbar">
        <Typography.Text>{t('ui.reports.matching.cutoffPrompt')}</Typography.Text>
        <Select<number>
          size="large"
          value={year}
          onChange={setYear}
          style={{ minWidth: 220 }}
          aria-label={t('fields.year')}
          data-testid="proposal-year"
          options={years.map((option) => ({ value: option, label: t('ui.grants.cutoffOption', { year: toBuddhistYear(option) }) }))}
        />
      </div>
      {proposal && criteria && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered style={{ marginBottom: 16 }} data-testid="proposal-figures">
            <Descriptions.Item label={t('ui.grants.proposalRound')}>{proposal.roundNo}</Descriptions.Item>
            <Descriptions.Item label={t('ui.reports.matching.members')}>{proposal.eligibility.counts.members}</Descriptions.Item>
            <Descriptions.Item label={t('ui.reports.matching.eligible')}>
              <Typography.Text strong>{proposal.eligibility.counts.eligible}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('ui.grants.rate')}>{formatBaht(proposal.ratePerMemberSatang)}</Descriptions.Item>
            <Descriptions.Item label={t('ui.grants.amountAsked')}>
              <Typography.Text strong data-testid="proposal-amount">
                {formatBaht(proposal.amountAskedSatang)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('ui.grants.pastTotal')}>{formatBaht(proposal.pastRoundsTotalSatang)}</Descriptions.Item>
          </Descriptions>
          <Space orientation="vertical" style={{ marginBottom: 16 }}>
            <Check ok={criteria.operatingAYear} testId="proposal-operating">
              {t('ui.grants.criteria.operating', {
                date: profile ? formatDate(profile.foundedOn, language) : '',
                years: criteria.yearsOperating,
              })}
            </Check>
            <Check ok={criteria.meetsCoverage} testId="proposal-coverage">
              {t('ui.grants.criteria.coverage', {
                covered: criteria.villagesCovered,
                villages: criteria.villagesInRegister,
                percent: criteria.coveragePercent,
                threshold: criteria.coverageThreshold,
              })}
            </Check>
            <Check ok={criteria.meetsWelfareTypes} testId="proposal-welfare">
              {t('ui.grants.criteria.welfare', { types: criteria.welfareTypesPaid })}
            </Check>
          </Space>
          <Typography.Title level={5}>{t('ui.grants.pastRounds')}</Typography.Title>
          <Table
            data-testid="proposal-rounds"
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={proposal.pastRounds}
            locale={{ emptyText: t('ui.grants.noPastRounds') }}
            columns={[
              { title: t('fields.roundNo'), dataIndex: 'roundNo', width: 90, align: 'center' },
              {
                title: t('ui.grants.cutoff'),
                dataIndex: 'cutoff',
                render: (value: string) => formatDate(value, language),
              },
              { title: t('fields.membersCounted'), dataIndex: 'membersCounted', align: 'right' },
              {
                title: t('fields.amountSatang'),
                dataIndex: 'amountSatang',
                align: 'right',
                render: (value: number | null) => (value === null ? '' : formatBaht(value)),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
