import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import thTH from 'antd/locale/th_TH';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../shared/api/app-contract';
import { api } from '../api/client';
import { StartScreen } from '../features/funds/StartScreen';
import { FundShell } from './FundShell';

const theme = {
  token: { fontFamily: "'Sarabun', 'Loma', sans-serif", fontSize: 15, colorPrimary: '#1f6f5c', borderRadius: 6 },
};

export function App() {
  const { i18n } = useTranslation();
  const [fund, setFund] = useState<OpenedFund | null | undefined>(undefined);

  useEffect(() => {
    void api.app['funds.current']({}).then((result) => setFund(result.ok ? result.value : null));
  }, []);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : thTH} theme={theme}>
      <AntApp>
        {fund === undefined ? (
          <Spin size="large" style={{ marginTop: 120, width: '100%' }} />
        ) : fund === null ? (
          <StartScreen onOpened={setFund} />
        ) : (
          <FundShell fund={fund} onFundChanged={setFund} onClosed={() => setFund(null)} />
        )}
      </AntApp>
    </ConfigProvider>
  );
}
