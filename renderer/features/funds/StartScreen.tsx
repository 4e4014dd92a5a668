import { ClockCircleOutlined, FolderOpenOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundFileEntry, OpenedFund, RecentFund } from '../../../shared/api/app-contract';
import { formatInstantDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { BrandBar } from '../../app/BrandBar';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { CreateFundForm, preloadFundShell, SaveCopyModal } from '../../app/lazy-pages';
import { LazyBoundary } from '../../app/LazyBoundary';
import { localized } from '../../components/api-errors';
import { FundFileList } from './FundFileList';

/** No fund open: the funds in the fund folder, the recently opened ones, and "create a fund". */
export function StartScreen({ onOpened }: { onOpened: (fund: OpenedFund) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [funds, setFunds] = useState<FundFileEntry[]>([]);
  const [folder, setFolder] = useState('');
  const [recent, setRecent] = useState<RecentFund[]>([]);
  const [isCreating, setCreating] = useState(false);
  const [openingLocation, setOpeningLocation] = useState<string>();
  const [copying, setCopying] = useState<FundFileEntry>();
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

  async function open(location: string) {
    setOpeningLocation(location);
    const [result] = await Promise.all([api.app['funds.open']({ location }), preloadFundShell()]);
    setOpeningLocation(undefined);
    if (result.ok) onOpened(result.value);
    else void message.error(localized(result.error.message));
  }

  return (
    <div className="start-screen">
      <BrandBar>
        <LanguageSwitch />
      </BrandBar>
      <div className="start-body">
        {isCreating ? (
          <LazyBoundary>
            <CreateFundForm onCreated={onOpened} onCancel={() => setCreating(false)} />
          </LazyBoundary>
        ) : (
          <>
            <div className="start-welcome">
              <Typography.Title level={2}>{t('ui.start.welcome')}</Typography.Title>
              <Typography.Paragraph type="secondary">{t('ui.app.subtitle')}</Typography.Paragraph>
            </div>
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
                    onOpen={(location) => void open(location)}
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
                        <li key={fund.location} className="start-list-item">
                          <div className="start-list-text">
                            <div className="start-list-title">{fund.name}</div>
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
