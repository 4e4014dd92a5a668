import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../shared/api/fund-types';
import { isDesktop } from '../../api/client';
import { localized } from '../../components/api-errors';
import type { BackupAction } from './BackupMenu';

/**
 * What the fund says above every page when its backups need the treasurer: a red banner after two failed backups
 * in a row (the reason, and what to do), and a reminder after 7 days without a copy on a USB drive.
 */
export function BackupBanners({ status, onAction }: { status: BackupStatus | undefined; onAction: (action: BackupAction) => void }) {
  const { t } = useTranslation();
  if (!status) return null;
  const isFailing = status.failuresInARow >= 2;
  const reminder = status.copyReminder;
  return (
    <>
      {isFailing && (
        <Alert
          className="no-print backup-banner"
          type="error"
          showIcon
          data-testid="backup-failing"
          title={t('ui.backups.failingTitle', { count: status.failuresInARow })}
          description={
            <>
              {status.lastProblem && <div data-testid="backup-failing-reason">{localized(status.lastProblem.message)}</div>}
              <div>{t('ui.backups.failingAdvice')}</div>
            </>
          }
          action={
            <Space orientation="vertical">
              <Button danger type="primary" onClick={() => onAction('backUpNow')} data-testid="backup-retry">
                {t('ui.backups.retry')}
              </Button>
              <Button onClick={() => onAction('copyTo')}>{t(isDesktop() ? 'ui.backups.copyTo' : 'ui.backups.download')}</Button>
            </Space>
          }
        />
      )}
      {!isFailing && reminder.isDue && (
        <Alert
          className="no-print backup-banner"
          type="warning"
          showIcon
          data-testid="backup-copy-reminder"
          title={
            status.lastCopy
              ? t('ui.backups.reminderTitle', { count: reminder.daysWithout ?? 0 })
              : t('ui.backups.reminderNeverTitle', { count: reminder.daysWithout ?? 0 })
          }
          description={t('ui.backups.reminderText')}
          action={
            <Button type="primary" onClick={() => onAction('copyTo')} data-testid="backup-reminder-copy">
              {t(isDesktop() ? 'ui.backups.copyTo' : 'ui.backups.download')}
            </Button>
          }
        />
      )}
    </>
  );
}
