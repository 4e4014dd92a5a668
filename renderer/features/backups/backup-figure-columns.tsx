import type { TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import type { BackupView } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';

/**
 * What a backup holds, as every list of backups shows it (the Backups page, the restore chooser): its members, the
 * cash balance and the last receipt, the figures a treasurer recognises her fund's day by.
 */
export function backupFigureColumns<Backup extends BackupView>(t: TFunction): TableColumnType<Backup>[] {
  return [
    {
      title: t('ui.backups.columns.members'),
      key: 'members',
      align: 'right',
      render: (_value, backup) => backup.figures.members.toLocaleString('en'),
    },
    {
      title: t('ui.restore.balance'),
      key: 'balance',
      align: 'right',
      render: (_value, backup) => formatBaht(backup.figures.cashBalanceSatang),
    },
    {
      title: t('ui.backups.columns.lastReceipt'),
      key: 'lastReceipt',
      render: (_value, backup) => backup.figures.lastReceiptNo ?? t('ui.backups.noReceipt'),
    },
  ];
}
