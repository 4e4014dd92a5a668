import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Navigate, OtherMoneyTab } from '../../app/route';
import { ExpensesTab } from './ExpensesTab';
import { IncomeTab } from './IncomeTab';

/** รายรับ–รายจ่ายอื่น (issue 16 §3): receipts for other income and vouchers for administration expenses. */
export function OtherMoneyPage({ initialTab, navigate }: { initialTab: OtherMoneyTab; navigate: Navigate }) {
  const { t } = useTranslation();
  return (
    <Tabs
      defaultActiveKey={initialTab}
      data-testid="other-money-tabs"
      items={[
        { key: 'income', label: t('ui.otherMoney.tabs.income'), children: <IncomeTab navigate={navigate} /> },
        { key: 'expenses', label: t('ui.otherMoney.tabs.expenses'), children: <ExpensesTab navigate={navigate} /> },
      ]}
    />
  );
}
