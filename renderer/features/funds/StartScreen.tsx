import { ClockCircleOutlined, FolderOpenOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Col, Empty, List, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundFileEntry, OpenedFund, RecentFund } from '../../../shared/api/app-contract';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { BrandBar } from '../../app/BrandBar';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { localized } from '../../components/api-errors';
import { CreateFundForm } from './CreateFundForm';
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
  const language = i18n.language === 'en' ? 'en' : 'th';

  useEffect(() => {
    void api.app['funds.list']({}).then((result) => {
      if (!result.ok) return;
      setFunds(result.value.funds);
      setFolder(result.value.folder);
    });
    void api.app['funds.recent']({}).then((result) => result.ok && setRecent(result.value));
  }, []);

  async function open(location: string) {
    setOpeningLocation(location);
    const result = await api.app['funds.open']({ location });
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
          <CreateFundForm onCreated={onOpened} onCancel={() => setCreating(false)} />
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
                  <FundFileList funds={funds} onOpen={(location) => void open(location)} openingLocation={openingLocation} />
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
                    <List
                      size="small"
                      dataSource={recent}
                      renderItem={(fund) => (
                        <List.Item
                          actions={[
                            <Button key="open" type="link" data-testid={`recent-${fund.location}`} onClick={() => void open(fund.location)}>
                              {t('ui.start.open')}
                            </Button>,
                          ]}
                        >
                          <List.Item.Meta
                            title={fund.name}
                            description={t('ui.start.openedOn', { date: formatDate(fund.openedAt.slice(0, 10), language) })}
                          />
                        </List.Item>
                      )}
                    />
                  )}
                </Card>
              </Col>
            </Row>
            <div className="start-footer">
              <SafetyCertificateOutlined /> {t('ui.start.offlineNote')}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
