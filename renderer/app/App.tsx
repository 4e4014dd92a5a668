import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import thTH from 'antd/locale/th_TH';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../shared/api/app-contract';
import { api } from '../api/client';
import { StartScreen } from '../features/funds/StartScreen';
import { FundShell } from './lazy-pages';
import { LazyBoundary, LoadingSpinner } from './LazyBoundary';

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
  },
  components: {
    Menu: { itemHeight: 48, iconSize: 18, itemSelectedBg: '#e3f1ec' },
    Table: { headerBg: '#eef3f1' },
    Card: { headerFontSize: 18 },
  },
};

export function App() {
  const { i18n } = useTranslation();
  const [fund, setFund] = useState<OpenedFund | null | undefined>(undefined);

  // A reload (or a second window in web mode) finds the fund the backend already has open.
  useEffect(() => {
    void api.app['funds.current']({}).then((result) => setFund(result.ok ? result.value : null));
  }, []);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : thTH} theme={theme}>
      <AntApp>
        {fund === undefined ? (
          <LoadingSpinner isFullScreen />
        ) : fund === null ? (
          <StartScreen onOpened={setFund} />
        ) : (
          // The start screen is in the first script; the shell and the fund's pages load when a fund is open.
          <LazyBoundary isFullScreen>
            <FundShell fund={fund} onFundChanged={setFund} onClosed={() => setFund(null)} />
          </LazyBoundary>
        )}
      </AntApp>
    </ConfigProvider>
  );
}
