import { Button, Card, Col, Empty, List, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundFileEntry, OpenedFund, RecentFund } from '../../../shared/api/app-contract';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { localized } from '../../components/api-errors';
import { CreateFundForm } from './CreateFundForm';
import { App as AntApp } from 'antd';

/** No fund open: the funds in the fund folder, the recent ones, and "create a fund". */
export function StartScreen({ onOpened }: { onOpened: (fund: OpenedFund) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [funds, setFunds] = useState<FundFileEntry[]>([]);
  const [recent, setRecent] = useState<RecentFund[]>([]);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void api.app['funds.list']({}).then((result) => result.ok && setFunds(result.value.funds));
    void api.app['funds.recent']({}).then((result) => result.ok && setRecent(result.value));
  }, []);

  async function open(location: string) {
    const result = await api.app['funds.open']({ location });
    if (result.ok) onOpened(result.value);
    else void message.error(localized(result.error.message));
  }

  const language = i18n.language === 'en' ? 'en' : 'th';
  return (
    <div style={{ maxWidth: 1100, margin: '32px auto', padding: '0 16px' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('ui.app.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('ui.app.subtitle')}</Typography.Text>
        </div>
        <LanguageSwitch />
      </Space>
      {creating ? (
        <CreateFundForm onCreated={onOpened} onCancel={() => setCreating(false)} />
      ) : (
        <Row gutter={24}>
          <Col span={14}>
            <Card title={t('ui.start.fundsInFolder')} extra={<Button type="primary" data-testid="create-fund" onClick={() => setCreating(true)}>{t('ui.start.createFund')}</Button>}>
              {funds.length === 0 ? (
                <Empty description={t('ui.start.noFunds')} />
              ) : (
                <List
                  dataSource={funds}
                  renderItem={(fund) => (
                    <List.Item actions={[<Button key="open" data-testid={`open-${fund.location}`} onClick={() => void open(fund.location)}>{t('ui.start.open')}</Button>]}>
                      <List.Item.Meta title={fund.name} description={`${fund.location} · ${formatDate(fund.modifiedAt.slice(0, 10), language)}`} />
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Col>
          <Col span={10}>
            <Card title={t('ui.start.recent')}>
              {recent.length === 0 ? (
                <Empty description={t('ui.start.noRecent')} />
              ) : (
                <List
                  dataSource={recent}
                  renderItem={(fund) => (
                    <List.Item actions={[<Button key="open" type="link" onClick={() => void open(fund.location)}>{t('ui.start.open')}</Button>]}>
                      <List.Item.Meta title={fund.name} description={formatDate(fund.openedAt.slice(0, 10), language)} />
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
