import { Alert, App as AntApp, Button, Card, Col, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DescribedOutcome, RegionAlert, RegionOverview } from '../../../shared/api/region-types';
import { formatDate, formatInstant } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { ImportOutcomes } from './ImportOutcomes';
import { OfficerDecisionDialog } from './OfficerDecisionDialog';
import { PinDialog } from './PinDialog';

type Decision = { alert: RegionAlert; decision: 'rebase' | 'repin' };

/**
 * The workspace's home (issue 18 §4): what waits for an officer — alerts (a conflicting sequence, a known fund's
 * new key) until acknowledged or dealt with, new funds waiting for their fingerprint — then the funds to chase and
 * the officers' log.
 */
export function RegionHome({
  workspace,
  officer,
  overview,
  onChanged,
}: {
  workspace: string;
  officer: string;
  overview: RegionOverview;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [pinning, setPinning] = useState<RegionOverview['waiting'][number]>();
  const [deciding, setDeciding] = useState<Decision>();
  const [outcomes, setOutcomes] = useState<DescribedOutcome[]>();
  const isOfficerMissing = officer.trim() === '';

  async function acknowledge(alert: RegionAlert) {
    const result = await api.region['region.acknowledgeAlert']({ workspace, officer, alertId: alert.id });
    if (!result.ok) return void message.error(localized(result.error.message));
    onChanged();
  }

  function finished(done: DescribedOutcome[] | undefined) {
    if (done) {
      setOutcomes(done);
      onChanged();
    }
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="region-home">
      {isOfficerMissing && <Alert type="info" showIcon title={t('ui.region.officerFirst')} />}
      <Card title={t('ui.region.alerts.title')} data-testid="region-alerts">
        {overview.alerts.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.region.alerts.none')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {overview.alerts.map((alert) => (
              <Alert
                key={alert.id}
                type={alert.kind === 'key-mismatch' ? 'error' : 'warning'}
                showIcon
                data-testid={`region-alert-${alert.kind}`}
                title={t(`ui.region.alerts.${alert.kind}`, { code: alert.code, name: alert.name })}
                description={
                  <>
                    <div>{localized(alert.message)}</div>
                    <Typography.Text type="secondary">
                      {t('ui.region.alerts.raised', { file: alert.fileName, date: formatInstant(alert.raisedAt, language) })}
                    </Typography.Text>
                    <Space wrap style={{ marginTop: 8, display: 'flex' }}>
                      <Button
                        type="primary"
                        disabled={isOfficerMissing}
                        data-testid={`region-alert-${alert.kind === 'key-mismatch' ? 'repin' : 'rebase'}`}
                        onClick={() => setDeciding({ alert, decision: alert.kind === 'key-mismatch' ? 'repin' : 'rebase' })}
                      >
                        {t(alert.kind === 'key-mismatch' ? 'ui.region.repin.open' : 'ui.region.rebase.open')}
                      </Button>
                      <Button disabled={isOfficerMissing} data-testid="region-alert-acknowledge" onClick={() => void acknowledge(alert)}>
                        {t('ui.region.alerts.acknowledge')}
                      </Button>
                    </Space>
                  </>
                }
              />
            ))}
          </Space>
        )}
      </Card>
      {outcomes && (
        <Card title={t('ui.region.import.outcomes')} extra={<Button onClick={() => setOutcomes(undefined)}>{t('ui.region.close')}</Button>}>
          <ImportOutcomes outcomes={outcomes} />
        </Card>
      )}
      <Card title={t('ui.region.waiting.title')} data-testid="region-waiting">
        <Table
          size="small"
          rowKey="fundUuid"
          pagination={false}
          dataSource={overview.waiting}
          locale={{ emptyText: t('ui.region.waiting.none') }}
          columns={[
            { title: t('ui.region.columns.code'), dataIndex: 'code', width: 120 },
            { title: t('ui.region.columns.name'), dataIndex: 'name' },
            {
              title: t('ui.region.place'),
              key: 'place',
              render: (_, fund) => t('ui.region.placeText', { district: fund.districtName, province: fund.provinceName }),
            },
            { title: t('ui.region.pin.files'), dataIndex: 'files', width: 110, align: 'right' },
            {
              title: '',
              key: 'pin',
              width: 200,
              render: (_, fund) => (
                <Button type="primary" disabled={isOfficerMissing} data-testid={`region-pin-${fund.code}`} onClick={() => setPinning(fund)}>
                  {t('ui.region.pin.open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card title={t('ui.region.roster.title')} data-testid="region-roster">
            <Table
              size="small"
              rowKey="fundUuid"
              pagination={false}
              dataSource={overview.roster}
              locale={{ emptyText: t('ui.region.roster.none') }}
              columns={[
                { title: t('ui.region.columns.code'), dataIndex: 'code', width: 110 },
                { title: t('ui.region.columns.name'), dataIndex: 'name' },
                {
                  title: t('ui.region.columns.lastExport'),
                  dataIndex: 'lastExportOn',
                  width: 130,
                  render: (day: string | null) => (day ? formatDate(day, language) : '—'),
                },
                {
                  title: t('ui.region.roster.state'),
                  dataIndex: 'state',
                  width: 150,
                  render: (state: string) => <Tag>{t(`ui.region.roster.states.${state}`)}</Tag>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('ui.region.log.title')} data-testid="region-log">
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={overview.actions}
              locale={{ emptyText: t('ui.region.log.none') }}
              columns={[
                { title: t('ui.region.log.when'), dataIndex: 'at', width: 150, render: (at: string) => formatInstant(at, language) },
                {
                  title: t('ui.region.log.action'),
                  dataIndex: 'action',
                  width: 130,
                  render: (action: string) => t(`ui.region.log.actions.${action}`),
                },
                { title: t('ui.region.columns.code'), dataIndex: 'code', width: 100 },
                { title: t('ui.region.officer'), dataIndex: 'officer', width: 130 },
                { title: t('ui.region.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? '' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {pinning && (
        <PinDialog
          workspace={workspace}
          officer={officer}
          fund={pinning}
          onClose={(done) => {
            setPinning(undefined);
            finished(done);
          }}
        />
      )}
      {deciding && (
        <OfficerDecisionDialog
          workspace={workspace}
          officer={officer}
          alert={deciding.alert}
          decision={deciding.decision}
          onClose={(outcome) => {
            setDeciding(undefined);
            if (outcome !== undefined) finished(outcome ? [outcome] : []);
          }}
        />
      )}
    </Space>
  );
}
