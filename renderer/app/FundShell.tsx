import {
  BookOutlined,
  CalendarOutlined,
  ClusterOutlined,
  CloudUploadOutlined,
  FileTextOutlined,
  AuditOutlined,
  FlagOutlined,
  FundOutlined,
  GiftOutlined,
  HeartOutlined,
  HistoryOutlined,
  HomeOutlined,
  LogoutOutlined,
  ReadOutlined,
  FileSearchOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Layout, Menu, type MenuProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../shared/api/app-contract';
import type { BackupView } from '../../shared/api/fund-types';
import type { CurrentPerson } from '../../shared/api/people-types';
import { ChoosePerson } from '../features/people/ChoosePerson';
import { PeopleChangedProvider } from '../features/people/people-changed';
import { PersonBar } from '../features/people/PersonBar';
import { api, isParticipant } from '../api/client';
import { runJob } from '../api/run-job';
import { localized } from '../components/api-errors';
import { BackupControlsContext } from '../features/backups/backup-controls';
import { BackupBanners } from '../features/backups/BackupBanners';
import { BackupMenu, type BackupAction } from '../features/backups/BackupMenu';
import { CopyToDeviceModal } from '../features/backups/CopyToDeviceModal';
import { SaveCopyModal } from '../features/backups/SaveCopyModal';
import { useBackupStatus } from '../features/backups/use-backup-status';
import { BrandBar } from './BrandBar';
import { readOnlyText, ReadOnlyProvider } from './fund-access';
import { FundFileBanners } from './FundFileBanners';
import { DemoBanner } from '../features/demo/DemoBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { preloadPage } from './lazy-pages';
import { RoutePage } from './RoutePage';
import type { Navigate, Route } from './route';

const menuPages = [
  { key: 'home', label: 'ui.menu.home', icon: <HomeOutlined /> },
  { key: 'members', label: 'ui.menu.members', icon: <TeamOutlined /> },
  { key: 'collection', label: 'ui.menu.collection', icon: <CalendarOutlined /> },
  { key: 'arrears', label: 'ui.menu.arrears', icon: <WarningOutlined /> },
  { key: 'welfare', label: 'ui.menu.welfare', icon: <GiftOutlined /> },
  { key: 'community', label: 'ui.menu.community', icon: <HeartOutlined /> },
  { key: 'otherMoney', label: 'ui.menu.otherMoney', icon: <SwapOutlined /> },
  { key: 'cashbook', label: 'ui.menu.cashBook', icon: <BookOutlined /> },
  { key: 'grants', label: 'ui.menu.grants', icon: <FundOutlined /> },
  { key: 'committee', label: 'ui.menu.committee', icon: <ClusterOutlined /> },
  { key: 'meetings', label: 'ui.menu.meetings', icon: <AuditOutlined /> },
  { key: 'bylaws', label: 'ui.menu.bylaws', icon: <ReadOutlined /> },
  { key: 'certification', label: 'ui.menu.certification', icon: <FlagOutlined /> },
  { key: 'sync', label: 'ui.menu.sync', icon: <CloudUploadOutlined /> },
  { key: 'reports', label: 'ui.menu.reports', icon: <FileTextOutlined /> },
  { key: 'backups', label: 'ui.menu.backups', icon: <SafetyCertificateOutlined /> },
  { key: 'auditTrail', label: 'ui.menu.auditTrail', icon: <FileSearchOutlined /> },
  { key: 'settings', label: 'ui.menu.settings', icon: <SettingOutlined /> },
  { key: 'people', label: 'ui.menu.people', icon: <UserOutlined /> },
  { key: 'restore', label: 'ui.menu.restore', icon: <HistoryOutlined /> },
] as const;
type MenuPage = (typeof menuPages)[number]['key'];

/**
 * The side menu: one entry per page. A participant in a room of laptops (issue 19 §4) restores nothing: her copy
 * starts over from the demo banner, and the room refuses every restore. The people page is the treasurer's.
 */
function menuItems(t: (key: string) => string, isTreasurer: boolean): MenuProps['items'] {
  const pages = menuPages.filter((page) => !(page.key === 'restore' && isParticipant()) && !(page.key === 'people' && !isTreasurer));
  return pages.map(({ key, label, icon }) => ({
    key,
    icon,
    label: t(label),
    'data-testid': `menu-${key}`,
    // The pointer is on its way to the click: the page's chunk starts loading now.
    onMouseEnter: () => preloadPage(key),
  }));
}

/** Which menu entry a page belongs to, so the side menu stays lit on a member, a receipt or a form. */
function menuKeyOf(route: Route): MenuPage {
  if (
    route.page === 'member' ||
    route.page === 'retention' ||
    route.page === 'register' ||
    route.page === 'memberImport' ||
    route.page === 'applicants' ||
    route.page === 'apply' ||
    route.page === 'application'
  )
    return 'members';
  if (route.page === 'receipt') return route.from ?? 'cashbook';
  if (route.page === 'voucher') return route.from ?? 'community';
  if (route.page === 'batchReceipts') return 'collection';
  if (route.page === 'incomeReceipt') return route.from ?? 'otherMoney';
  if (route.page === 'approvals' || route.page === 'claim' || route.page === 'welfareHistoryImport') return 'welfare';
  if (route.page === 'contributionHistoryImport') return 'arrears';
  if (route.page === 'lapses') return 'arrears';
  return route.page;
}

/** The open fund: a side menu per feature and one page at a time (a desktop app has no URLs to share). */
export function FundShell({
  fund,
  onFundChanged,
  onReopened,
  onClosed,
  initialRoute = { page: 'home' },
}: {
  fund: OpenedFund;
  onFundChanged: (fund: OpenedFund) => void;
  /** The fund was opened again under a new handle: for work, or as a copy on this computer. */
  onReopened: (fund: OpenedFund) => void;
  onClosed: () => void;
  /** Where the shell opens: the home page, or the restore page with its gap after a restore from the start screen. */
  initialRoute?: Route;
}) {
  const { t } = useTranslation();
  const { notification } = AntApp.useApp();
  const [route, setRoute] = useState<Route>(initialRoute);
  const backups = useBackupStatus(fund.handle);
  const [backupProgress, setBackupProgress] = useState<number>();
  const [dialog, setDialog] = useState<'copyTo' | 'saveCopy'>();
  const navigate: Navigate = (next) => setRoute(next);
  // Who is at the PC (issue 20 §2): asked before anything else when the fund has several people.
  const [current, setCurrent] = useState<CurrentPerson>();
  const [isSwitching, setSwitching] = useState(false);
  const readCurrent = useCallback(() => {
    void api.fund['people.current']({}).then((result) => result.ok && setCurrent(result.value));
  }, []);
  useEffect(readCurrent, [readCurrent, fund.handle]);
  const mustChoose = current !== undefined && current.roles.length === 0;
  const { profile } = fund;
  const place = t('ui.shell.place', {
    subdistrict: profile.subdistrictName,
    district: profile.districtName,
    province: profile.provinceName,
  });

  /** "Back up now": a job with its progress in the menu's button; the status says the rest (age, or the banner). */
  async function backUpNow() {
    setBackupProgress(0);
    const result = await runJob<BackupView>('backups.make', { kind: 'manual' }, (status) =>
      setBackupProgress(status.total ? Math.round((100 * status.done) / status.total) : 0),
    );
    setBackupProgress(undefined);
    // Said at the bottom corner, never over the top bar where the backup menu is; a new result replaces the last.
    if (result.ok)
      notification.success({
        placement: 'bottomRight',
        title: t('ui.backups.madeOk'),
        description: result.value.fileName,
        className: 'backup-made',
        key: 'backup-result',
      });
    else
      notification.error({
        placement: 'bottomRight',
        title: t('ui.backups.failed'),
        description: localized(result.error.message),
        duration: 10,
        className: 'backup-not-made',
        key: 'backup-result',
      });
    await backups.refresh();
  }

  function act(action: BackupAction) {
    if (action === 'backUpNow') void backUpNow();
    else if (action === 'showList') navigate({ page: 'backups' });
    else setDialog(action);
  }

  return (
    <ReadOnlyProvider value={fund.readOnly ? readOnlyText(t, fund.readOnly) : undefined}>
      <Layout className="fund-shell">
        <BrandBar title={profile.name} subtitle={`${place} · ${t('ui.shell.fundCode', { code: profile.fundCode })}`}>
          {current && <PersonBar current={current} onSwitch={() => setSwitching(true)} />}
          <BackupMenu status={backups.status} progress={backupProgress} onAction={act} />
          <LanguageSwitch />
          {/* A participant in a room keeps her copy open until the trainer ends her session (issue 19 §4). */}
          {!isParticipant() && (
            <Button
              icon={<LogoutOutlined />}
              data-testid="close-fund"
              onClick={() => void api.app['funds.close']({ fund: fund.handle }).then(onClosed)}
            >
              {t('ui.shell.closeFund')}
            </Button>
          )}
        </BrandBar>
        {fund.demo && <DemoBanner fund={fund} onReplaced={onReopened} />}
        <FundFileBanners fund={fund} onReopened={onReopened} onRestore={() => navigate({ page: 'restore' })} />
        <Layout>
          <Layout.Sider width={232} theme="light" className="no-print shell-sider" breakpoint="lg" collapsedWidth={64}>
            <Menu
              mode="inline"
              selectedKeys={[menuKeyOf(route)]}
              onClick={(item) => navigate({ page: item.key as MenuPage })}
              defaultOpenKeys={['reports']}
              items={menuItems(t, current?.roles.includes('treasurer') ?? false)}
            />
          </Layout.Sider>
          <Layout.Content className="shell-content">
            <PeopleChangedProvider value={readCurrent}>
              <BackupControlsContext value={{ status: backups.status, progress: backupProgress, onAction: act }}>
                {/* A fund open only to look takes no backups: its banners would ask for what it cannot do. */}
                {!fund.readOnly && <BackupBanners status={backups.status} onAction={act} />}
                {current === undefined ? null : mustChoose || isSwitching ? (
                  <ChoosePerson
                    onChosen={(chosen) => {
                      setCurrent(chosen);
                      setSwitching(false);
                      setRoute({ page: 'home' });
                    }}
                    {...(mustChoose ? {} : { onCancel: () => setSwitching(false) })}
                  />
                ) : (
                  <RoutePage
                    key={current.person?.id ?? 0}
                    route={route}
                    navigate={navigate}
                    fund={fund}
                    onFundChanged={onFundChanged}
                    onProfileChanged={(changed) => onFundChanged({ ...fund, profile: changed })}
                  />
                )}
              </BackupControlsContext>
            </PeopleChangedProvider>
          </Layout.Content>
        </Layout>
        {dialog === 'copyTo' && (
          <CopyToDeviceModal
            fundName={profile.name}
            onClose={() => {
              setDialog(undefined);
              void backups.refresh();
            }}
          />
        )}
        {dialog === 'saveCopy' && (
          <SaveCopyModal
            source={{ fund: fund.handle }}
            sourceLocation={fund.location}
            fundName={profile.name}
            onClose={() => setDialog(undefined)}
          />
        )}
      </Layout>
    </ReadOnlyProvider>
  );
}
