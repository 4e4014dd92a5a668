import { CopyOutlined, SafetyCertificateOutlined, UsbOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteAction } from '../../app/fund-access';
import type { BackupView } from '../../../shared/api/fund-types';
import { shortLink } from '../../../shared/domain/audit/audit-chain';
import { formatInstant } from '../../../shared/domain/buddhist-date';
import { ChainCheckCard } from './ChainCheckCard';
import { backupFigureColumns } from './backup-figure-columns';
import { api, isDesktop } from '../../api/client';
import { localized } from '../../components/api-errors';
import { useBackupControls } from './backup-controls';
import { backupAge } from './backup-age';

/**
 * The fund's backups (issue 15): how old the last good one is and the last copy off the laptop, the actions, and
 * every verified backup with what it holds (its date in B.E., members, cash balance, last receipt, how it was
 * checked). `rowActions` is where a backup's own actions go: Restore (issue 15 item 3) is added there.
 */
export function BackupsPage({ rowActions }: { rowActions?: (backup: BackupView) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { status, progress, onAction } = useBackupControls();
  const lastGoodBackup = status?.lastGood;
  const age = lastGoodBackup && backupAge(lastGoodBackup.ageMinutes);
  // Beside its label the age reads on its own, with the date it counts from.
  const ageText = !status
    ? t('ui.backups.checking')
    : lastGoodBackup && age
      ? `${t(`ui.backups.age.${age.key}`, { count: age.count })} (${formatInstant(lastGoodBackup.madeAt, language)})`
      : t('ui.backups.never');
  const [backups, setBackups] = useState<BackupView[]>();
  const [problem, setProblem] = useState<string>();

  const reload = useCallback(async () => {
    const result = await api.fund['backups.list']({});
    if (!result.ok) return setProblem(localized(result.error.message));
    setProblem(undefined);
    setBackups(result.value);
  }, []);
  // Listed again whenever the status says something changed (a backup made here, automatically, or a copy).
  const lastGood = lastGoodBackup?.fileName;
  useEffect(() => {
    void reload();
  }, [reload, lastGood]);

  const lastCopy = status?.lastCopy;
  return (
    <Space orientation="vertical" size={24} style={{ width: '100%' }}>
      <Card title={t('ui.backups.pageTitle')} data-testid="backups-page">
        <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('ui.backups.lastGoodLabel')}>
            <span data-testid="backups-page-age">{ageText}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('ui.backups.lastCopyLabel')}>
            <span data-testid="backups-page-copy">
              {lastCopy
                ? t(lastCopy.kind === 'device' ? 'ui.backups.lastCopyDevice' : 'ui.backups.lastCopyDownload', {
                    date: formatInstant(lastCopy.copiedAt, language),
                    destination: lastCopy.destination,
                  })
                : t('ui.backups.lastCopyNever')}
            </span>
          </Descriptions.Item>
        </Descriptions>
        <Space wrap>
          <WriteAction>
            <Button
              type="primary"
              size="large"
              icon={<SafetyCertificateOutlined />}
              loading={progress !== undefined}
              onClick={() => onAction('backUpNow')}
              data-testid="backups-page-backUpNow"
            >
              {progress !== undefined ? t('ui.backups.running', { percent: progress }) : t('ui.backups.backUpNow')}
            </Button>
          </WriteAction>
          <WriteAction>
            <Button size="large" icon={<UsbOutlined />} onClick={() => onAction('copyTo')} data-testid="backups-page-copyTo">
              {t(isDesktop() ? 'ui.backups.copyTo' : 'ui.backups.download')}
            </Button>
          </WriteAction>
          <Button size="large" icon={<CopyOutlined />} onClick={() => onAction('saveCopy')} data-testid="backups-page-saveCopy">
            {t('ui.backups.saveCopy')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('ui.backups.pageHow')}
        </Typography.Paragraph>
      </Card>
      <Card title={t('ui.backups.listTitle')}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Table<BackupView>
          rowKey="fileName"
          data-testid="backups-table"
          loading={backups === undefined && !problem}
          dataSource={backups ?? []}
          pagination={false}
          locale={{ emptyText: t('ui.backups.listEmpty') }}
          columns={[
            {
              title: t('ui.backups.columns.madeAt'),
              key: 'madeAt',
              render: (_, backup) => (
                <>
                  <div>{formatInstant(backup.madeAt, language)}</div>
                  <Typography.Text type="secondary">{t(`ui.backups.kinds.${backup.kind}`)}</Typography.Text>
                </>
              ),
            },
            ...backupFigureColumns<BackupView>(t),
            {
              title: t('ui.backups.columns.verified'),
              key: 'verified',
              render: (_, backup) =>
                backup.chains?.broken ? (
                  <Tag color="red" icon={<WarningOutlined />} data-testid="backup-chains-broken">
                    {t('ui.backups.chainsBroken', backup.chains.broken)}
                  </Tag>
                ) : (
                  <>
                    <Tag color="green" icon={<SafetyCertificateOutlined />}>
                      {t(backup.verifiedLevel === 'integrity' ? 'ui.backups.verifiedIntegrity' : 'ui.backups.verifiedQuick')}
                    </Tag>
                    {backup.chains?.heads.audit && (
                      <div>
                        <Typography.Text type="secondary">
                          {t('ui.backups.chainHead', {
                            head: shortLink(backup.chains.heads.audit.link),
                            rows: backup.chains.heads.audit.rows.toLocaleString(language),
                          })}
                        </Typography.Text>
                      </div>
                    )}
                  </>
                ),
            },
            ...(rowActions ? [{ title: '', key: 'actions', render: (_: unknown, backup: BackupView) => rowActions(backup) }] : []),
          ]}
        />
      </Card>
      <ChainCheckCard />
    </Space>
  );
}
