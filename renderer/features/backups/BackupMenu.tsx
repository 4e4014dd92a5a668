import {
  CopyOutlined,
  DownOutlined,
  SafetyCertificateOutlined,
  UnorderedListOutlined,
  UsbOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReadOnlyReason } from '../../app/fund-access';
import type { BackupStatus } from '../../../shared/api/fund-types';
import { isDesktop } from '../../api/client';
import { backupAge } from './backup-age';

/** What the fund's backup menu can ask for; the shell runs them (a backup job, the copy and save-a-copy dialogs, the backups page). */
export type BackupAction = 'backUpNow' | 'copyTo' | 'saveCopy' | 'showList';

/** "สำรองข้อมูลล่าสุด 2 ชั่วโมงที่แล้ว", or that there is none yet, or how far a running backup is. */
export function useBackupAgeText(status: BackupStatus | undefined): string {
  const { t } = useTranslation();
  if (!status) return t('ui.backups.checking');
  if (!status.lastGood) return t('ui.backups.never');
  const age = backupAge(status.lastGood.ageMinutes);
  return t('ui.backups.lastGood', { age: t(`ui.backups.age.${age.key}`, { count: age.count }) });
}

/**
 * The fund's backup menu in the top bar, on every page: it always says how old the last good backup is (red after
 * two failures in a row), and holds "Back up now", "Copy to…" a USB drive (a download in web mode) and "Save a
 * copy" of the fund.
 */
export function BackupMenu({
  status,
  progress,
  onAction,
}: {
  status: BackupStatus | undefined;
  /** A backup this screen started, in percent; undefined when none is running. */
  progress: number | undefined;
  onAction: (action: BackupAction) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  // A fund open only to look takes no backup (nothing changes in it): its copy is "Save a copy".
  const readOnlyReason = useReadOnlyReason();
  const writes = new Set<string>(['backUpNow', 'copyTo']);
  const ageText = useBackupAgeText(status);
  const isFailing = (status?.failuresInARow ?? 0) >= 2;
  const isMissing = status !== undefined && status.lastGood === null;
  const label = progress !== undefined ? t('ui.backups.running', { percent: progress }) : ageText;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'backUpNow',
            icon: <SafetyCertificateOutlined />,
            label: t('ui.backups.backUpNow'),
            disabled: progress !== undefined || readOnlyReason !== undefined,
          },
          {
            key: 'copyTo',
            icon: <UsbOutlined />,
            label: t(isDesktop() ? 'ui.backups.copyTo' : 'ui.backups.download'),
            disabled: readOnlyReason !== undefined,
          },
          { key: 'saveCopy', icon: <CopyOutlined />, label: t('ui.backups.saveCopy') },
          { key: 'showList', icon: <UnorderedListOutlined />, label: t('ui.backups.showList') },
        ].map((item) => ({ ...item, 'data-testid': `backup-menu-${item.key}` })),
        onClick: ({ key }) => {
          if (key === 'backUpNow' && progress !== undefined) return void message.info(t('ui.whyDisabled.working'));
          if (writes.has(key) && readOnlyReason !== undefined) return void message.info(t('ui.readOnly.why', { reason: readOnlyReason }));
          onAction(key as BackupAction);
        },
      }}
    >
      <Button
        className={`backup-button${isFailing ? ' backup-button-failing' : isMissing ? ' backup-button-missing' : ''}`}
        danger={isFailing}
        type={isFailing ? 'primary' : 'default'}
        icon={isFailing || isMissing ? <WarningOutlined /> : <SafetyCertificateOutlined />}
        loading={progress !== undefined}
        data-testid="backup-menu"
      >
        <span data-testid="backup-age">{label}</span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
