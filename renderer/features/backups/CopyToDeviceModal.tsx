import { DownloadOutlined, UsbOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupCopyReport, BackupDownload } from '../../../shared/api/fund-types';
import { formatInstant } from '../../../shared/domain/buddhist-date';
import { api, isDesktop } from '../../api/client';
import { deliverFile } from '../../api/files';
import { runJob } from '../../api/run-job';
import { localized } from '../../components/api-errors';

type Done = { kind: 'device'; report: BackupCopyReport } | { kind: 'download'; file: BackupDownload };

/**
 * "Copy to…" a second device (issue 15 item 2). In the desktop app the treasurer picks a folder on her USB drive
 * (main's folder dialog) and a job backs up, then copies the last 4 backups and one a year there, each checked on
 * the drive. In web mode the page cannot name a folder (A13): the newest backup is downloaded, and the screen says
 * to move it to the drive.
 */
export function CopyToDeviceModal({ fundName, onClose }: { fundName: string; onClose: (changed: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [progress, setProgress] = useState<{ percent: number; stage: string }>();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<Done>();
  const isWorking = progress !== undefined;

  const onProgress = (status: { done: number; total: number; stage: string }) =>
    setProgress({ percent: status.total ? Math.round((100 * status.done) / status.total) : 0, stage: status.stage });

  async function copyToDevice() {
    setProblem(undefined);
    // Main shows the folder dialog; the name is only a hint it ignores.
    const folder = await api.app['files.folder']({ location: fundName });
    if (!folder.ok) {
      if (folder.error.code !== 'cancelled') setProblem(localized(folder.error.message));
      return;
    }
    setProgress({ percent: 0, stage: 'backing-up' });
    const result = await runJob<BackupCopyReport>('backups.copyTo', { folderId: folder.value.folderId }, onProgress);
    setProgress(undefined);
    if (result.ok) setDone({ kind: 'device', report: result.value });
    else setProblem(localized(result.error.message));
  }

  async function download() {
    setProblem(undefined);
    setProgress({ percent: 0, stage: 'backing-up' });
    const result = await runJob<BackupDownload>('backups.download', {}, onProgress);
    setProgress(undefined);
    if (!result.ok) return setProblem(localized(result.error.message));
    const delivered = await deliverFile(result.value);
    if (delivered.ok) setDone({ kind: 'download', file: result.value });
    else setProblem(localized(delivered.error.message));
  }

  const desktop = isDesktop();
  return (
    <Modal
      open
      title={t(desktop ? 'ui.backups.copyToTitle' : 'ui.backups.downloadTitle')}
      onCancel={() => !isWorking && onClose(done !== undefined)}
      closable={!isWorking}
      footer={
        <Button onClick={() => onClose(done !== undefined)} disabled={isWorking} data-testid="copy-to-close">
          {t(done ? 'ui.common.close' : 'ui.common.back')}
        </Button>
      }
    >
      {!done && (
        <>
          <Typography.Paragraph>{t(desktop ? 'ui.backups.copyToText' : 'ui.backups.downloadText')}</Typography.Paragraph>
          {!desktop && (
            <Alert type="info" showIcon title={t('ui.backups.downloadWebNote')} style={{ marginBottom: 16 }} data-testid="download-note" />
          )}
          <Button
            type="primary"
            size="large"
            icon={desktop ? <UsbOutlined /> : <DownloadOutlined />}
            loading={isWorking}
            onClick={() => void (desktop ? copyToDevice() : download())}
            data-testid="copy-to-start"
          >
            {t(desktop ? 'ui.backups.chooseFolder' : 'ui.backups.downloadNewest')}
          </Button>
        </>
      )}
      {progress && (
        <div style={{ marginTop: 16 }}>
          <Progress percent={progress.percent} status="active" data-testid="copy-to-progress" />
          <Typography.Text type="secondary">{t(`ui.backups.stages.${progress.stage}`, { defaultValue: progress.stage })}</Typography.Text>
        </div>
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} data-testid="copy-to-problem" />}
      {done?.kind === 'device' && (
        <div data-testid="copy-to-done">
          <Alert
            type="success"
            showIcon
            title={t('ui.backups.copiedTitle', { count: done.report.copied.length })}
            description={
              <>
                <div>{t('ui.backups.copiedHeld', { count: done.report.held.length, folder: done.report.folder })}</div>
                {done.report.held[0] && (
                  <div>{t('ui.backups.copiedNewest', { date: formatInstant(done.report.held[0].madeAt, language) })}</div>
                )}
              </>
            }
          />
          {done.report.freshProblem && (
            <Alert type="warning" showIcon style={{ marginTop: 12 }} title={localized(done.report.freshProblem.message)} />
          )}
          {(done.report.keptChanged.length > 0 || done.report.skipped.length > 0) && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={t('ui.backups.copiedChanged', { files: [...done.report.keptChanged, ...done.report.skipped].join(', ') })}
            />
          )}
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>{t('ui.backups.copiedEject')}</Typography.Paragraph>
        </div>
      )}
      {done?.kind === 'download' && (
        <Alert
          type="success"
          showIcon
          data-testid="copy-to-done"
          title={t('ui.backups.downloadedTitle', { file: done.file.fileName })}
          description={t('ui.backups.downloadedText')}
        />
      )}
    </Modal>
  );
}
