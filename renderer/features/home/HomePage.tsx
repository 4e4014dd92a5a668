import { Alert, Button, Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeFigures } from '../../../shared/api/home-types';
import { formatDate, fiscalYearLabel } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { sumSatang } from '../../../shared/domain/money/satang';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { localized } from '../../components/api-errors';
import { MembersChart, MoneyFlowChart, WelfareChart } from './HomeCharts';
import { CertificationCard } from './CertificationCard';
import { ToDoCard } from './ToDoCard';

/** A figure's card that opens its page: by a click, or from the keyboard (Tab to it, then Enter or Space). */
function leadsTo(go: () => void) {
  return {
    role: 'link',
    tabIndex: 0,
    onClick: go,
    onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      go();
    },
  };
}

/**
 * The fund's landing page (issue 16 §6): money on hand, this fiscal year's money in and out by month, members by
 * status, welfare paid by type this year, the members behind on their dues, and what waits to be done. Every
 * figure comes from one read (`home.figures`); each card leads to the page where the work is done.
 */
export function HomePage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [figures, setFigures] = useState<HomeFigures>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let isCurrent = true;
    void api.fund['home.figures']({}).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setFigures(result.value);
      else setProblem(localized(result.error.message));
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  if (problem) return <Alert type="error" showIcon title={problem} />;
  if (!figures) return <Card loading />;
  const year = fiscalYearLabel(figures.fiscalYear);
  const baht = (satang: number) => `${formatBaht(satang)} ${t('ui.home.baht')}`;
  const { members } = figures;
  const registered = members.active + members.resigned + members.deceased + members.lapsed;
  const inflow = sumSatang(figures.months.map((month) => month.inflowSatang));
  const outflow = sumSatang(figures.months.map((month) => month.outflowSatang));

  return (
    <div className="home-page" data-testid="home-page">
      <Typography.Paragraph type="secondary" className="home-as-of">
        {t('ui.home.asOf', { date: formatDate(figures.asOf, language, 'long') })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8} xl={6}>
          <Card size="small" className="home-figure">
            <Statistic title={t('ui.home.moneyTotal')} value={baht(figures.money.totalSatang)} data-testid="home-money-total" />
          </Card>
        </Col>
        {figures.money.accounts.map((account) => (
          <Col xs={12} md={8} xl={5} key={account.code}>
            <Card size="small" className="home-figure">
              <Statistic
                title={language === 'en' ? account.nameEn : account.nameTh}
                value={baht(account.balanceSatang)}
                data-testid={`home-money-${account.code}`}
                styles={account.balanceSatang < 0 ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={8} xl={4}>
          <Card size="small" className="home-figure" hoverable {...leadsTo(() => navigate({ page: 'members' }))}>
            <Statistic title={t('ui.home.activeMembers')} value={members.active.toLocaleString('en-US')} data-testid="home-active" />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card
            size="small"
            className="home-figure"
            hoverable
            {...leadsTo(() => navigate({ page: 'arrears' }))}
            data-testid="home-arrears-card"
          >
            <Statistic
              title={t('ui.home.arrears', { count: figures.arrears.minMonths })}
              value={t('ui.home.people', { count: figures.arrears.members })}
              data-testid="home-arrears"
              styles={figures.arrears.members > 0 ? { content: { color: '#d46b08' } } : undefined}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="home-row">
        <Col xs={24} xl={16}>
          <Card size="small" title={t('ui.home.flowTitle', { year })} data-testid="home-flow">
            <div data-testid="home-flow-chart">
              <MoneyFlowChart months={figures.months} />
            </div>
            <Typography.Text type="secondary" data-testid="home-flow-totals">
              {t('ui.home.flowTotals', { inflow: baht(inflow), outflow: baht(outflow) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <ToDoCard figures={figures} navigate={navigate} />
          <CertificationCard navigate={navigate} />
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="home-row">
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t('ui.home.membersTitle')}
            extra={<Typography.Text type="secondary">{t('ui.home.registered', { count: registered })}</Typography.Text>}
            data-testid="home-members"
          >
            <div data-testid="home-members-chart">
              <MembersChart members={members} />
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={t('ui.home.welfareTitle', { year })}
            extra={
              <Button type="link" size="small" onClick={() => navigate({ page: 'reports', tab: 'welfare' })}>
                {t('ui.home.welfareReport')}
              </Button>
            }
            data-testid="home-welfare"
          >
            {figures.welfare.types.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.home.noWelfare')} />
            ) : (
              <>
                <div data-testid="home-welfare-chart">
                  <WelfareChart types={figures.welfare.types} />
                </div>
                <Typography.Text type="secondary" data-testid="home-welfare-total">
                  {t('ui.home.welfareTotal', {
                    amount: baht(figures.welfare.totalSatang),
                    count: figures.welfare.types.reduce((sum, type) => sum + type.persons, 0),
                  })}
                </Typography.Text>
              </>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
