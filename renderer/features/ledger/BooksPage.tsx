import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookTab, Navigate } from '../../app/route';
import { AccountLedgerBook } from './AccountLedgerBook';
import { CashBookPage } from './CashBookPage';
import { JournalBook } from './JournalBook';
import { ReconcileBank } from './ReconcileBank';
import { TrialBalanceBook } from './TrialBalanceBook';
import { YearEndChecklistCard } from './YearEndChecklistCard';
import { useFundProfile } from '../members/use-fund-profile';

/** สมุดบัญชี: the fund's books, one tab each; each prints on A4 landscape and goes to Excel with the same figures. */
export function BooksPage({ tab, navigate }: { tab: BookTab; navigate: Navigate }) {
  const { t } = useTranslation();
  // The books' periods start on the fund's own fiscal year (Decision 4), so the tabs wait for its profile.
  const profile = useFundProfile();
  if (!profile) return <Card loading />;
  const { fiscalYearStartMonth } = profile;
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => navigate({ page: 'cashbook', tab: key as BookTab })}
      destroyOnHidden
      items={[
        {
          key: 'cashBook',
          label: t('ui.books.tabs.cashBook'),
          children: <CashBookPage navigate={navigate} fiscalYearStartMonth={fiscalYearStartMonth} />,
        },
        { key: 'journal', label: t('ui.books.tabs.journal'), children: <JournalBook fiscalYearStartMonth={fiscalYearStartMonth} /> },
        { key: 'ledger', label: t('ui.books.tabs.ledger'), children: <AccountLedgerBook fiscalYearStartMonth={fiscalYearStartMonth} /> },
        { key: 'trialBalance', label: t('ui.books.tabs.trialBalance'), children: <TrialBalanceBook /> },
        { key: 'reconcile', label: t('ui.books.tabs.reconcile'), children: <ReconcileBank /> },
        { key: 'yearEnd', label: t('ui.books.tabs.yearEnd'), children: <YearEndChecklistCard navigate={navigate} /> },
      ]}
    />
  );
}
