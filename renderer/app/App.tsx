import { Alert, App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import thTH from 'antd/locale/th_TH';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../shared/api/app-contract';
import type { OpenedRegion } from '../../shared/api/region-types';
import { api, isJoinPage, onFundLost, openFundHandle, openRegionHandle, setOpenFund, setOpenRegion } from '../api/client';
import { StartScreen } from '../features/funds/StartScreen';
import { FundShell, JoinPage, RegionWorkspace } from './lazy-pages';
import { thaiSelectSearch } from '../components/thai-select-search';
import { LazyBoundary, LoadingSpinner } from './LazyBoundary';
import type { Route } from './route';

export const brandColor = '#1f6f5c';

/** Sarabun (bundled) at a size a treasurer reads without glasses on a 14-inch laptop; big targets for forms. */
const theme: ThemeConfig = {
  token: {
    fontFamily: "'Sarabun', 'Loma', 'Tahoma', sans-serif",
    fontSize: 16,
    controlHeight: 38,
    colorPrimary: brandColor,
    colorLink: brandColor,
    borderRadius: 8,
    colorBgLayout: '#f3f5f4',
    // Someone who asked her computer for less motion (or an old laptop set up that way) gets dialogs and menus
    // that appear at once instead of zooming in: nothing moves under the pointer while it is pressed.
    motion: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
  },
  components: {
    Menu: { itemHeight: 48, iconSize: 18, itemSelectedBg: '#e3f1ec' },
    // A ticked row (bank reconciliation) and a chosen option read in the brand's light green, with their text as
    // dark as any other row's, not in the heavy grey antd derives from the brand colour.
    Table: { headerBg: '#eef3f1', rowSelectedBg: '#e3f1ec', rowSelectedHoverBg: '#d5ebe3' },
    Select: { optionSelectedBg: '#e3f1ec', optionActiveBg: '#eef3f1' },
    Card: { headerFontSize: 18 },
  },
};

export function App() {
  const { i18n, t } = useTranslation();
  const [fund, setFund] = useState<OpenedFund | null | undefined>(undefined);
  const [isFundLost, setFundLost] = useState(false);
  /** A regional workspace this tab shows instead of a fund (issue 18 §4); a reload keeps it while the host has it open. */
  const [region, setRegion] = useState<OpenedRegion | null>(null);
  /** Where the fund shell opens: after a restore from the start screen, on the restore's gap. */
  const [initialRoute, setInitialRoute] = useState<Route>();

  /** The page is bound to the fund it shows: every fund request from here on names its handle (A2). */
  function show(opened: OpenedFund | null) {
    setOpenFund(opened?.handle ?? null);
    setFund(opened);
    if (opened) setFundLost(false);
  }

  // A reload keeps this tab's fund if the backend still has it open; a new tab starts at the start screen, and a
  // tab whose fund was closed meanwhile says so.
  useEffect(() => {
    const handle = openFundHandle();
    void api.app['funds.current']({ fund: handle }).then((result) => {
      const opened = result.ok ? result.value : null;
      show(opened);
      if (!opened && handle !== undefined) setFundLost(true);
    });
  }, []);

  function showRegion(opened: OpenedRegion | null) {
    setOpenRegion(opened?.handle ?? null);
    setRegion(opened);
  }

  useEffect(() => {
    const handle = openRegionHandle();
    if (handle !== undefined)
      void api.app['regions.current']({ workspace: handle }).then((result) => showRegion(result.ok ? result.value : null));
  }, []);

  // The fund was closed elsewhere (another tab) or the backend restarted: back to the start screen, and say why.
  useEffect(
    () =>
      onFundLost(() => {
        setFund(null);
        setFundLost(true);
      }),
    [],
  );

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : thTH}
      theme={theme}
      // Every dropdown takes typing, and a form that fails scrolls to its first error (issue 14 §16).
      select={{ showSearch: thaiSelectSearch }}
      form={{ scrollToFirstError: { block: 'center', focus: true } }}
    >
      <AntApp>
        {fund === undefined ? (
          <LoadingSpinner isFullScreen />
        ) : fund === null && isJoinPage() ? (
          // A participant in a room of laptops (issue 19 §4): the room code, then her own copy; back here if it is lost.
          <LazyBoundary isFullScreen>
            <JoinPage onJoined={show} />
          </LazyBoundary>
        ) : fund === null && region ? (
          <LazyBoundary isFullScreen>
            <RegionWorkspace key={region.handle} region={region} onClosed={() => showRegion(null)} />
          </LazyBoundary>
        ) : fund === null ? (
          <>
            {isFundLost && (
              <Alert
                className="no-print"
                type="warning"
                showIcon
                banner
                closable
                title={t('errors.fund-not-open')}
                data-testid="fund-lost"
              />
            )}
            <StartScreen
              onOpened={(opened, route) => {
                setInitialRoute(route);
                show(opened);
              }}
              onRegionOpened={showRegion}
            />
          </>
        ) : (
          // The start screen is in the first script; the shell and the fund's pages load when a fund is open.
          <LazyBoundary isFullScreen>
            <FundShell
              key={fund.handle}
              fund={fund}
              onFundChanged={(changed) => {
                // A restore opens the restored file under a new handle: the shell starts again on the restore page,
                // which shows the restore's gap.
                if (changed.handle !== fund.handle) setInitialRoute({ page: 'restore' });
                setFund(changed);
              }}
              onReopened={(opened) => {
                setInitialRoute(undefined);
                show(opened);
              }}
              onClosed={() => show(null)}
              {...(initialRoute ? { initialRoute } : {})}
            />
          </LazyBoundary>
        )}
      </AntApp>
    </ConfigProvider>
  );
}
