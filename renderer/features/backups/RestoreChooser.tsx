import { HistoryOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Empty, Progress, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../shared/api/jobs-contract';
import type { RestoreChoice, RestoreOutcome, RestoreTarget } from '../../../shared/api/restore-types';
import { formatInstant } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { backupFigureColumns } from './backup-figure-columns';
import { runJob } from '../../api/run-job';
import { localized } from '../../components/api-errors';
import { WhyDisabled } from '../../components/WhyDisabled';

type Props = {
  target: RestoreTarget;
  backups: RestoreChoice[];
  /** A picked file is restored by its id; a backup from the fund's own folder by its name. */
  fileId?: string;
  onRestored: (outcome: RestoreOutcome) => void;
};

/**
 * Step 1 of reliability §(b) "Restore" and its one confirmation: each backup with its date, why it was made, its
 * data version, members, cash balance, last receipt and how it was checked; one button per backup, one dialog that
 * says in plain Thai what will happen, then the restore as a job with its progress.
 */
export function RestoreChooser({ target, backups, fileId, onRestored }: Props) {
  const { t, i18n } = useTranslation();
  const { modal, message } = AntApp.useApp();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [running, setRunning] = useState<JobStatus>();
  const [problem, setProblem] = useState<string>();

  const when = (backup: RestoreChoice) => (backup.madeAt ? formatInstant(backup.madeAt, language) : t('ui.restore.madeAtUnknown'));

  async function restore(backup: RestoreChoice) {
    setProblem(undefined);
    setRunning({ jobId: '', method: 'backups.restore', state: 'running', done: 0, total: 0, stage: 'starting' });
    const input =
      fileId === undefined ? { location: target.location, backupFileName: backup.fileName } : { location: target.location, fileId };
    const result = await runJob<RestoreOutcome>('backups.restore', input, setRunning);
    setRunning(undefined);
    if (!result.ok) return setProblem(localized(result.error.message));
    void message.success(t('ui.restore.done'));
    onRestored(result.value);
  }

  function confirm(backup: RestoreChoice) {
    const { figures } = backup;
    void modal.confirm({
      title: t('ui.restore.confirmTitle', { date: when(backup) }),
      width: 560,
      icon: <HistoryOutlined />,
      content: (
        <div data-testid="restore-confirm-text">
          <p>{t('ui.restore.confirmFund', { name: target.fundName })}</p>
          <p>
            {t('ui.restore.confirmHolds', {
              members: figures.members,
              receipts: figures.receipts,
              balance: formatBaht(figures.cashBalanceSatang),
              lastReceipt: figures.lastReceiptNo ?? t('ui.restore.none'),
            })}
          </p>
          <ul>
            <li>{t('ui.restore.confirmSafety')}</li>
            <li>{t('ui.restore.confirmLost')}</li>
            {target.isOpen && <li>{t('ui.restore.confirmClose')}</li>}
          </ul>
        </div>
      ),
      okText: t('ui.restore.confirmOk'),
      cancelText: t('ui.common.cancel'),
      okButtonProps: { 'data-testid': 'restore-confirm-ok' },
      onOk: () => void restore(backup),
    });
  }

  const percent = running && running.total > 0 ? Math.round((100 * running.done) / running.total) : 0;
  return (
    <div data-testid="restore-chooser">
      <Typography.Paragraph>{t('ui.restore.intro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('ui.restore.fundLine', { name: target.fundName })}
        <br />
        {t('ui.restore.fileLine', { file: target.location })}
      </Typography.Paragraph>
      {target.isUnreadable && <Alert type="warning" showIcon title={t('ui.restore.unreadable')} style={{ marginBottom: 12 }} />}
      {!target.exists && (
        <Alert type="info" showIcon title={t('ui.restore.notThere', { file: target.location })} style={{ marginBottom: 12 }} />
      )}
      {target.isOpen && <Alert type="info" showIcon title={t('ui.restore.isOpen')} style={{ marginBottom: 12 }} />}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="restore-problem" />}
      {running && (
        <div style={{ marginBottom: 12 }} data-testid="restore-progress">
          <Progress percent={percent} status="active" />
          <Typography.Text>{t(`ui.restore.stages.${running.stage}`, { defaultValue: running.stage })}</Typography.Text>
        </div>
      )}
      {backups.length === 0 ? (
        <Empty description={t('ui.restore.noBackups')} />
      ) : (
        <Table<RestoreChoice>
          rowKey="fileName"
          size="middle"
          pagination={false}
          dataSource={backups}
          data-testid="restore-backups"
          scroll={{ x: 'max-content' }}
          columns={[
            {
              // When, and below it why it was made (and a newer app's data version, which cannot be restored here).
              title: t('ui.restore.madeAt'),
              key: 'madeAt',
              render: (_value, backup) => (
                <>
                  <div className="restore-made-at">{when(backup)}</div>
                  <Typography.Text type="secondary">{t(`ui.restore.kinds.${backup.kind}`)}</Typography.Text>
                  {backup.isNewer && (
                    <div>
                      <Tag color="red">
                        {t('ui.restore.newer')} ({t('ui.restore.version')} {backup.schemaVersion})
                      </Tag>
                    </div>
                  )}
                </>
              ),
            },
            ...backupFigureColumns<RestoreChoice>(t),
            {
              title: t('ui.restore.verified'),
              key: 'verified',
              render: (_value, backup) => (
                <>
                  <Tag color={backup.verifiedLevel === 'integrity' ? 'green' : 'blue'}>
                    {t(backup.verifiedLevel === 'integrity' ? 'ui.restore.verifiedIntegrity' : 'ui.restore.verifiedQuick')}
                  </Tag>
                  {backup.verifiedAt && (
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {t('ui.restore.verifiedOn', { date: formatInstant(backup.verifiedAt, language) })}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              key: 'action',
              render: (_value, backup) => (
                <WhyDisabled reason={backup.isNewer ? t('ui.restore.newerWhy') : running ? t('ui.restore.busyWhy') : undefined}>
                  <Button
                    type="primary"
                    disabled={backup.isNewer || running !== undefined}
                    onClick={() => confirm(backup)}
                    data-testid={`restore-${backup.fileName}`}
                  >
                    {t('ui.restore.restoreThis')}
                  </Button>
                </WhyDisabled>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
