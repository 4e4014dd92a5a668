import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/api-result';
import type { BylawList, BylawVersionSummary } from '../../../shared/api/bylaw-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { BylawDetail } from './BylawDetail';
import { BylawForm } from './BylawForm';
import { adoptingMeeting, amendmentLabel, inForceText } from './bylaw-labels';

/**
 * ข้อบังคับ/ระเบียบกองทุน (issue 17 §3): every version as adopted, newest first, the one in force today
 * highlighted; a new version (the original or the next amendment); a version's checklist, rules and files.
 */
export function BylawsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [list, setList] = useState<BylawList>();
  const [error, setError] = useState<ApiError>();
  const [isAdding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<number>();

  const load = useCallback(() => {
    void api.fund['bylaws.list']({}).then((result) => {
      if (result.ok) setList(result.value);
      setError(result.ok ? undefined : result.error);
    });
  }, []);
  useEffect(load, [load]);

  const inForce = list?.versions.find((version) => version.id === list.inForceId);
  const date = (iso: string) => formatDate(iso, language);
  const struck = (version: BylawVersionSummary) => (version.voided ? { textDecoration: 'line-through' } : undefined);

  return (
    <div data-testid="bylaws-page">
      <Card title={t('ui.bylaws.title')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('ui.bylaws.intro')}</Typography.Paragraph>
        <WriteAction>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={!list} data-testid="bylaw-add">
            {t('ui.bylaws.add')}
          </Button>
        </WriteAction>
        {error && <Alert type="error" showIcon title={localized(error.message)} style={{ marginTop: 12 }} />}
      </Card>
      {list && (
        <>
          <Alert
            type={inForce ? 'success' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="bylaw-in-force"
            title={
              inForce
                ? t('ui.bylaws.inForceToday', {
                    title: inForce.title,
                    amendment: amendmentLabel(t, inForce.amendmentNo),
                    from: date(inForce.adoptedOn),
                  })
                : t('ui.bylaws.noneInForce')
            }
          />
          <Table<BylawVersionSummary>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={list.versions}
            locale={{ emptyText: t('ui.bylaws.empty') }}
            onRow={(version) =>
              ({
                'data-testid': `bylaw-row-${version.versionNo}`,
                style: version.isInForce ? { background: '#f6ffed' } : undefined,
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                title: t('ui.bylaws.columns.amendment'),
                key: 'amendment',
                render: (_, version) => (
                  <>
                    <span style={struck(version)}>{amendmentLabel(t, version.amendmentNo)}</span>{' '}
                    {version.isInForce && <Tag color="green">{t('ui.bylaws.inForceTag')}</Tag>}
                    {version.voided && <Tag color="red">{t('ui.bylaws.voidedTag')}</Tag>}
                  </>
                ),
              },
              {
                title: t('ui.bylaws.columns.title'),
                dataIndex: 'title',
                render: (title: string, version) => <span style={struck(version)}>{title}</span>,
              },
              { title: t('ui.bylaws.columns.adoptedOn'), dataIndex: 'adoptedOn', render: (iso: string) => date(iso) },
              { title: t('ui.bylaws.columns.meeting'), key: 'meeting', render: (_, version) => adoptingMeeting(version) },
              {
                title: t('ui.bylaws.columns.inForce'),
                key: 'inForce',
                render: (_, version) => inForceText(t, version, list.today, language),
              },
              {
                title: t('ui.bylaws.columns.checklist'),
                key: 'checklist',
                render: (_, version) => {
                  const covered = version.coverage.filter((entry) => entry.isCovered).length;
                  return (
                    <Tag color={version.isComplete ? 'green' : 'orange'} data-testid={`bylaw-coverage-${version.versionNo}`}>
                      {version.isComplete
                        ? t('ui.bylaws.complete')
                        : t('ui.bylaws.coverageTag', { covered, total: version.coverage.length })}
                    </Tag>
                  );
                },
              },
              {
                key: 'open',
                render: (_, version) => (
                  <Button size="small" onClick={() => setOpenId(version.id)} data-testid={`bylaw-open-${version.versionNo}`}>
                    {t('ui.bylaws.open')}
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}
      {isAdding && list && (
        <BylawForm
          nextAmendmentNo={list.nextAmendmentNo}
          onClose={() => setAdding(false)}
          onDone={(versionId) => {
            setAdding(false);
            load();
            setOpenId(versionId);
          }}
        />
      )}
      {openId !== undefined && list && (
        <BylawDetail
          versionId={openId}
          isLatest={list.versions.find((version) => !version.voided)?.id === openId}
          onClose={() => setOpenId(undefined)}
          onChanged={load}
        />
      )}
    </div>
  );
}
