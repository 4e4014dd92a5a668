import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../shared/api/app-contract';
import { api } from '../api/client';
import { CollectionPage } from '../features/collection/CollectionPage';
import { ArrearsPage } from '../features/contributions/ArrearsPage';
import { ReceiptPage } from '../features/contributions/ReceiptPage';
import { CashBookPage } from '../features/ledger/CashBookPage';
import { MemberPage } from '../features/members/MemberPage';
import { MembersPage } from '../features/members/MembersPage';
import { RegisterMemberPage } from '../features/members/RegisterMemberPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { LanguageSwitch } from './LanguageSwitch';
import type { Navigate, Route } from './route';

/** The open fund: a side menu per feature and one page at a time (a desktop app has no URLs to share). */
export function FundShell({ fund, onFundChanged, onClosed }: { fund: OpenedFund; onFundChanged: (fund: OpenedFund) => void; onClosed: () => void }) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Route>({ page: 'members' });
  const navigate: Navigate = (next) => setRoute(next);
  const menuKey = route.page === 'member' || route.page === 'register' ? 'members' : route.page === 'receipt' ? 'cashbook' : route.page;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="no-print" style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#1f6f5c' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1 }} data-testid="fund-name">
          {fund.profile.name}
        </Typography.Title>
        <Space>
          <LanguageSwitch />
          <Button
            data-testid="close-fund"
            onClick={async () => {
              await api.app['funds.close']({});
              onClosed();
            }}
          >
            {t('ui.shell.closeFund')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} theme="light" className="no-print">
          <Menu
            mode="inline"
            selectedKeys={[menuKey]}
            onClick={(item) => navigate({ page: item.key as 'members' })}
            items={[
              { key: 'members', label: t('ui.menu.members') },
              { key: 'collection', label: t('ui.menu.collection') },
              { key: 'arrears', label: t('ui.menu.arrears') },
              { key: 'cashbook', label: t('ui.menu.cashBook') },
              { key: 'settings', label: t('ui.menu.settings') },
            ].map((item) => ({ ...item, 'data-testid': `menu-${item.key}` }))}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          {route.page === 'members' && <MembersPage navigate={navigate} />}
          {route.page === 'register' && <RegisterMemberPage navigate={navigate} />}
          {route.page === 'member' && <MemberPage memberId={route.memberId} navigate={navigate} />}
          {route.page === 'receipt' && <ReceiptPage receiptId={route.receiptId} navigate={navigate} />}
          {route.page === 'collection' && <CollectionPage navigate={navigate} />}
          {route.page === 'arrears' && <ArrearsPage navigate={navigate} />}
          {route.page === 'cashbook' && <CashBookPage navigate={navigate} />}
          {route.page === 'settings' && <SettingsPage onFundChanged={(profile) => onFundChanged({ ...fund, profile })} />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
