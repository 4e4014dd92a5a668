import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Navigate, ReportTab } from '../../app/route';
import { MatchingEligibilityReport } from './MatchingEligibilityReport';
import { MemberSummaryPage } from './MemberSummaryPage';
import { MonthlySheetReport } from './MonthlySheetReport';
import { ReceiptsPaymentsReport } from './ReceiptsPaymentsReport';
import { Section10Report } from './Section10Report';
import { StatusFormAnswersPage } from './StatusFormAnswersPage';
import { WelfareSummaryReport } from './WelfareSummaryReport';

/** The fund's reports, one tab each; what CODI and the committee read, with the same figures on paper and in Excel. */
export function ReportsPage({ tab, navigate }: { tab: ReportTab; navigate: Navigate }) {
  const { t } = useTranslation();
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => navigate({ page: 'reports', tab: key as ReportTab })}
      destroyOnHidden
      items={[
        { key: 'members', label: t('ui.reports.tabs.members'), children: <MemberSummaryPage /> },
        { key: 'welfare', label: t('ui.reports.tabs.welfare'), children: <WelfareSummaryReport /> },
        { key: 'matching', label: t('ui.reports.tabs.matching'), children: <MatchingEligibilityReport navigate={navigate} /> },
        { key: 'section10', label: t('ui.reports.tabs.section10'), children: <Section10Report /> },
        { key: 'receiptsPayments', label: t('ui.reports.tabs.receiptsPayments'), children: <ReceiptsPaymentsReport /> },
        { key: 'monthlySheet', label: t('ui.reports.tabs.monthlySheet'), children: <MonthlySheetReport /> },
        { key: 'statusForm', label: t('ui.reports.tabs.statusForm'), children: <StatusFormAnswersPage /> },
      ]}
    />
  );
}
