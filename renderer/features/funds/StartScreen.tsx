import {
  ClockCircleOutlined,
  ExperimentOutlined,
  FolderOpenOutlined,
  HistoryOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
  WifiOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundFileEntry, OpenedFund, RecentFund } from '../../../shared/api/app-contract';
import type { OpenedRegion } from '../../../shared/api/region-types';
import { formatInstantDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { pickFile } from '../../api/pick-file';
import { BrandBar } from '../../app/BrandBar';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { CreateDemoModal, CreateFundForm, preloadFundShell, RoomPanel, SaveCopyModal, StartRestore } from '../../app/lazy-pages';
import type { Route } from '../../app/route';
import type { StartRestoreRequest } from '../backups/StartRestore';
import { LazyBoundary } from '../../app/LazyBoundary';
import { localized } from '../../components/api-errors';
import { FundFileList } from './FundFileList';
import { DemoTag } from '../demo/DemoTag';
import { OpenProblem, type OpenProblemState } from './OpenProblem';
import { RegionStartCard } from '../region/RegionStartCard';

/**
 * No fund open: the funds in the fund folder, the recently opened ones, "create a fund", and "restore from a
 * backup" — for a fund in the list (one that will not open is offered it at once) or a backup file from a drive.
 * Below, apart from the funds, the regional officer's workspaces (another kind of file, issue 18 §4).
 */
export function StartScreen({
  onOpened,
  onRegionOpened,
}: {
  onOpened: (fund: OpenedFund, route?: Route) => void;
  onRegionOpened: (region: OpenedRegion) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [funds, setFunds] = useState<FundFileEntry[]>([]);
  const [folder, setFolder] = useState('');
  const [recent, setRecent] = useState<RecentFund[]>([]);
  const [isCreating, setCreating] = useState(false);
  const [openingLocation, setOpeningLocation] = useState<string>();
  const [restoreRequest, setRestoreRequest] = useState<StartRestoreRequest>();
  const [problem, setProblem] = useState<OpenProblemState>();
  const [copying, setCopying] = useState<FundFileEntry>();
  const [isMakingDemo, setMakingDemo] = useState(false);
  const [isServingRoom, setServingRoom] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'th';

  const listFunds = useCallback(() => {
    void api.app['funds.list']({}).then((result) => {
      if (!result.ok) return;
      setFunds(result.value.funds);
      setFolder(result.value.folder);
    });
  }, []);

  useEffect(() => {
    listFunds();
    void api.app['funds.recent']({}).then((result) => result.ok && setRecent(result.value));
  }, [listFunds]);

  /**
   * Opens a fund for work, or only to look (`readOnly`), or as a copy on this computer. A refusal stays on screen
   * with what the backend offers instead (issue 15 §4): a look, a copy.
   */
  async function open(location: string, how: 'work' | 'look' | 'copy' = 'work') {
    setOpeningLocation(location);
    const [result] = await Promise.all([
      how === 'copy' ? api.app['funds.openCopy']({ location }) : api.app['funds.open']({ location, readOnly: how === 'look' }),
      preloadFundShell(),
    ]);
    setOpeningLocation(undefined);
    if (result.ok) {
      setProblem(undefined);
      // A copy says where it now is in the fund's own banner.
      return onOpened(result.value);
    }
    if (result.error.code === 'offline') void message.error(localized(result.error.message));
    else setProblem({ location, error: result.error });
  }

  async function pickBackup() {
    const received = await pickFile('.swfbak');
    if (!received) return;
    if (!received.ok) return void message.error(localized(received.error.message));
    const inspected = await api.app['backups.inspect']({ fileId: received.value.fileId });
    if (!inspected.ok) return void message.error(localized(inspected.error.message));
    setRestoreRequest({ inspected: inspected.value, fileId: received.value.fileId });
  }

  function restoreAt(location: string) {
    setProblem(undefined);
    setRestoreRequest({ location });
  }

  return (
    <div className="start-screen">
      <BrandBar>
        <LanguageSwitch />
      </BrandBar>
      <div className="start-body">
        {isServingRoom ? (
          <LazyBoundary>
            <RoomPanel
              onBack={() => {
                setServingRoom(false);
                listFunds();
              }}
            />
          </LazyBoundary>
        ) : isCreating ? (
          <LazyBoundary>
            <CreateFundForm onCreated={onOpened} onCancel={() => setCreating(false)} />
          </LazyBoundary>
        ) : restoreRequest ? (
          <LazyBoundary>
            <StartRestore
              request={restoreRequest}
              onBack={() => setRestoreRequest(undefined)}
              onRestored={(outcome) => onOpened(outcome.fund, { page: 'restore' })}
            />
          </LazyBoundary>
        ) : (
          <>
            <div className="start-welcome">
              <Typography.Title level={2}>{t('ui.start.welcome')}</Typography.Title>
              <Typography.Paragraph type="secondary">{t('ui.app.subtitle')}</Typography.Paragraph>
            </div>
            {problem && (
              <OpenProblem
                problem={problem}
                busy={openingLocation !== undefined}
                onLook={() => void open(problem.location, 'look')}
                onCopy={() => void open(problem.location, 'copy')}
                onRestore={() => restoreAt(problem.location)}
                onDismiss={() => setProblem(undefined)}
              />
            )}
            <Row gutter={[24, 24]}>
              <Col xs={24} lg={15}>
                <Card
                  className="start-card"
                  title={
                    <span className="card-title">
                      <FolderOpenOutlined /> {t('ui.start.fundsInFolder')}
                    </span>
                  }
                >
                  <FundFileList
                    funds={funds}
                    onOpen={(location, how) => void open(location, how)}
                    onRestore={restoreAt}
                    onSaveCopy={setCopying}
                    openingLocation={openingLocation}
                  />
                  {folder && (
                    <Typography.Paragraph type="secondary" className="start-folder">
                      {t('ui.start.folder', { folder })}
                    </Typography.Paragraph>
                  )}
                </Card>
              </Col>
              <Col xs={24} lg={9}>
                <Card className="start-card start-create">
                  <Typography.Title level={4} style={{ marginTop: 0 }}>
                    {t('ui.start.newFundTitle')}
                  </Typography.Title>
                  <Typography.Paragraph type="secondary">{t('ui.start.newFundText')}</Typography.Paragraph>
                  <Button
                    type="primary"
                    size="large"
                    block
                    icon={<PlusOutlined />}
                    data-testid="create-fund"
                    onMouseEnter={() => void CreateFundForm.preload()}
                    onClick={() => setCreating(true)}
                  >
                    {t('ui.start.createFund')}
                  </Button>
                </Card>
                <Card className="start-card" style={{ marginTop: 24 }}>
                  <Typography.Title level={4} style={{ marginTop: 0 }}>
                    <ExperimentOutlined /> {t('ui.demo.cardTitle')}
                  </Typography.Title>
                  <Typography.Paragraph type="secondary">{t('ui.demo.cardText')}</Typography.Paragraph>
                  <Button block icon={<ExperimentOutlined />} data-testid="create-demo" onClick={() => setMakingDemo(true)}>
                    {t('ui.demo.create')}
                  </Button>
                  <Button
                    block
                    icon={<WifiOutlined />}
                    data-testid="serve-room"
                    style={{ marginTop: 12 }}
                    onMouseEnter={() => void RoomPanel.preload()}
                    onClick={() => setServingRoom(true)}
                  >
                    {t('ui.room.serve')}
                  </Button>
                </Card>
                <Card className="start-card" style={{ marginTop: 24 }}>
                  <Typography.Title level={4} style={{ marginTop: 0 }}>
                    <HistoryOutlined /> {t('ui.start.restoreTitle')}
                  </Typography.Title>
                  <Typography.Paragraph type="secondary">{t('ui.start.restoreText')}</Typography.Paragraph>
                  <Button
                    block
                    icon={<HistoryOutlined />}
                    data-testid="pick-backup"
                    onMouseEnter={() => void StartRestore.preload()}
                    onClick={() => void pickBackup()}
                  >
                    {t('ui.restore.pickFile')}
                  </Button>
                </Card>
                <Card
                  className="start-card"
                  style={{ marginTop: 24 }}
                  title={
                    <span className="card-title">
                      <ClockCircleOutlined /> {t('ui.start.recent')}
                    </span>
                  }
                >
                  {recent.length === 0 ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.start.noRecent')} />
                  ) : (
                    <ul className="start-list start-list-small">
                      {recent.map((fund) => (
                        <li
                          key={fund.location}
                          className={`start-list-item${fund.demo ? ' fund-row-demo' : ''}`}
                          data-demo={fund.demo === true}
                        >
                          <div className="start-list-text">
                            <div className="start-list-title">
                              {fund.name}
                              {fund.demo && <DemoTag />}
                            </div>
                            <div className="start-list-description">
                              {t('ui.start.openedOn', { date: formatInstantDate(fund.openedAt, language) })}
                            </div>
                          </div>
                          <Button
                            type="link"
                            className="start-list-action"
                            data-testid={`recent-${fund.location}`}
                            onClick={() => void open(fund.location)}
                          >
                            {t('ui.start.open')}
                          </Button>
                        </li>
                      ))}
                    </ul>
                  )}
                </Card>
              </Col>
            </Row>
            <RegionStartCard onOpened={onRegionOpened} />
            {isMakingDemo && (
              <LazyBoundary>
                <CreateDemoModal onCreated={onOpened} onClose={() => setMakingDemo(false)} />
              </LazyBoundary>
            )}
            {copying && (
              <LazyBoundary>
                <SaveCopyModal
                  source={{ location: copying.location }}
                  sourceLocation={copying.location}
                  fundName={copying.name}
                  onClose={() => {
                    setCopying(undefined);
                    listFunds();
                  }}
                />
              </LazyBoundary>
            )}
            <div className="start-footer">
              <SafetyCertificateOutlined /> {t('ui.start.offlineNote')}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
