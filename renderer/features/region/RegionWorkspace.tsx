import { ClusterOutlined, LogoutOutlined } from '@ant-design/icons';
import { App as AntApp, Badge, Button, Input, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedRegion, RegionOverview } from '../../../shared/api/region-types';
import { api, isDesktop } from '../../api/client';
import { BrandBar } from '../../app/BrandBar';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { localized } from '../../components/api-errors';
import { RegionFundsTable } from './RegionFundsTable';
import { RegionHome } from './RegionHome';
import { chosenFromBrowser, RegionImport, type ChosenSyncFile } from './RegionImport';
import { useOfficer } from './use-officer';

/**
 * An open regional workspace (issue 18 §4): its home (alerts, funds waiting for their key, funds to chase, the
 * officers' log), importing sync files, and the region's table. Files dropped anywhere on it join the import.
 */
export function RegionWorkspace({ region, onClosed }: { region: OpenedRegion; onClosed: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [officer, setOfficer] = useOfficer();
  const [overview, setOverview] = useState<RegionOverview>();
  const [tab, setTab] = useState('home');
  const [chosen, setChosen] = useState<ChosenSyncFile[]>([]);
  const [version, setVersion] = useState(0);
  const [isDragging, setDragging] = useState(false);

  const refresh = useCallback(() => {
    void api.region['region.overview']({ workspace: region.handle }).then((result) => {
      if (result.ok) setOverview(result.value);
      else void message.error(localized(result.error.message));
    });
    setVersion((count) => count + 1);
  }, [region.handle, message]);
  useEffect(refresh, [refresh]);

  async function close() {
    await api.app['regions.close']({ workspace: region.handle });
    onClosed();
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    // The desktop app names files by the paths its dialogs give; a dropped file there is chosen with the button.
    if (isDesktop()) return void message.info(t('ui.region.import.dropDesktop'));
    const files = [...event.dataTransfer.files].filter((file) => file.name.toLowerCase().endsWith('.swfsync'));
    if (files.length === 0) return void message.warning(t('ui.region.import.noSyncFiles'));
    setChosen((before) => [...before, ...chosenFromBrowser(files)]);
    setTab('import');
  }

  const attention = (overview?.alerts.length ?? 0) + (overview?.waiting.length ?? 0);
  return (
    <div
      className={`start-screen region-workspace${isDragging ? ' region-dragging' : ''}`}
      data-testid="region-workspace"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => event.currentTarget === event.target && setDragging(false)}
      onDrop={drop}
    >
      <BrandBar
        title={
          <>
            <ClusterOutlined /> {region.name}
          </>
        }
        subtitle={t('ui.region.subtitle')}
      >
        <LanguageSwitch />
        <Button icon={<LogoutOutlined />} onClick={() => void close()} data-testid="region-close">
          {t('ui.region.closeWorkspace')}
        </Button>
      </BrandBar>
      <div className="start-body region-body">
        <div className="region-officer">
          <Typography.Text strong>{t('ui.region.officer')}</Typography.Text>
          <Input
            style={{ maxWidth: 320 }}
            value={officer}
            maxLength={100}
            placeholder={t('ui.region.officerPlaceholder')}
            onChange={(event) => setOfficer(event.target.value)}
            data-testid="region-officer"
          />
          <Typography.Text type="secondary">{t('ui.region.officerHint')}</Typography.Text>
        </div>
        <Tabs
          activeKey={tab}
          onChange={(key) => {
            setTab(key);
            refresh();
          }}
          items={[
            {
              key: 'home',
              label: (
                <Badge count={attention} size="small" offset={[10, 0]} data-testid="region-tab-home">
                  {t('ui.region.tabs.home')}
                </Badge>
              ),
              children: overview && <RegionHome workspace={region.handle} officer={officer} overview={overview} onChanged={refresh} />,
            },
            {
              key: 'import',
              label: <span data-testid="region-tab-import">{t('ui.region.tabs.import')}</span>,
              children: (
                <RegionImport workspace={region.handle} officer={officer} chosen={chosen} onChosen={setChosen} onImported={refresh} />
              ),
            },
            {
              key: 'funds',
              label: <span data-testid="region-tab-funds">{t('ui.region.tabs.funds')}</span>,
              children: <RegionFundsTable workspace={region.handle} version={version} />,
            },
          ]}
        />
      </div>
    </div>
  );
}
