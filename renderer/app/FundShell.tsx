import {
  BookOutlined,
  CalendarOutlined,
  GiftOutlined,
  HeartOutlined,
  HistoryOutlined,
  LogoutOutlined,
  SettingOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../shared/api/app-contract';
import { api } from '../api/client';
import { BrandBar } from './BrandBar';
import { readOnlyText, ReadOnlyProvider } from './fund-access';
import { FundFileBanners } from './FundFileBanners';
import { LanguageSwitch } from './LanguageSwitch';
import { preloadPage } from './lazy-pages';
import { RoutePage } from './RoutePage';
import type { Navigate, Route } from './route';

const menuPages = [
  { key: 'members', label: 'ui.menu.members', icon: <TeamOutlined /> },
  { key: 'collection', label: 'ui.menu.collection', icon: <CalendarOutlined /> },
  { key: 'arrears', label: 'ui.menu.arrears', icon: <WarningOutlined /> },
  { key: 'welfare', label: 'ui.menu.welfare', icon: <GiftOutlined /> },
  { key: 'community', label: 'ui.menu.community', icon: <HeartOutlined /> },
  { key: 'cashbook', label: 'ui.menu.cashBook', icon: <BookOutlined /> },
  { key: 'settings', label: 'ui.menu.settings', icon: <SettingOutlined /> },
  { key: 'restore', label: 'ui.menu.restore', icon: <HistoryOutlined /> },
] as const;
type MenuPage = (typeof menuPages)[number]['key'];

/** Which menu entry a page belongs to, so the side menu stays lit on a member, a receipt or a form. */
function menuKeyOf(route: Route): MenuPage {
  if (route.page === 'member' || route.page === 'register') return 'members';
  if (route.page === 'receipt') return route.from ?? 'cashbook';
  if (route.page === 'voucher') return route.from ?? 'community';
  if (route.page === 'batchReceipts') return 'collection';
  if (route.page === 'approvals' || route.page === 'claim') return 'welfare';
  return route.page;
}

/** The open fund: a side menu per feature and one page at a time (a desktop app has no URLs to share). */
export function FundShell({
  fund,
  onFundChanged,
  onReopened,
  onClosed,
  initialRoute = { page: 'members' },
}: {
  fund: OpenedFund;
  onFundChanged: (fund: OpenedFund) => void;
  /** The fund was opened again under a new handle: for work, or as a copy on this computer. */
  onReopened: (fund: OpenedFund) => void;
  onClosed: () => void;
  /** Where the shell opens: the member list, or the restore page with its gap after a restore from the start screen. */
  initialRoute?: Route;
}) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Route>(initialRoute);
  const navigate: Navigate = (next) => setRoute(next);
  const { profile } = fund;
  const place = t('ui.shell.place', {
    subdistrict: profile.subdistrictName,
    district: profile.districtName,
    province: profile.provinceName,
  });

  return (
    <ReadOnlyProvider value={fund.readOnly ? readOnlyText(t, fund.readOnly) : undefined}>
      <Layout className="fund-shell">
        <BrandBar title={profile.name} subtitle={`${place} · ${t('ui.shell.fundCode', { code: profile.fundCode })}`}>
          <LanguageSwitch />
          <Button
            icon={<LogoutOutlined />}
            data-testid="close-fund"
            onClick={() => void api.app['funds.close']({ fund: fund.handle }).then(onClosed)}
          >
            {t('ui.shell.closeFund')}
          </Button>
        </BrandBar>
        <FundFileBanners fund={fund} onReopened={onReopened} onRestore={() => navigate({ page: 'restore' })} />
        <Layout>
          <Layout.Sider width={232} theme="light" className="no-print shell-sider" breakpoint="lg" collapsedWidth={64}>
            <Menu
              mode="inline"
              selectedKeys={[menuKeyOf(route)]}
              onClick={(item) => navigate({ page: item.key as MenuPage })}
              items={menuPages.map(({ key, label, icon }) => ({
                key,
                icon,
                label: t(label),
                'data-testid': `menu-${key}`,
                // The pointer is on its way to the click: the page's chunk starts loading now.
                onMouseEnter: () => preloadPage(key),
              }))}
            />
          </Layout.Sider>
          <Layout.Content className="shell-content">
            <RoutePage
              route={route}
              navigate={navigate}
              fund={fund}
              onFundChanged={onFundChanged}
              onProfileChanged={(changed) => onFundChanged({ ...fund, profile: changed })}
            />
          </Layout.Content>
        </Layout>
      </Layout>
    </ReadOnlyProvider>
  );
}
