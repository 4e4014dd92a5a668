import { createContext, useContext } from 'react';
import type { BackupStatus } from '../../../shared/api/fund-types';
import type { BackupAction } from './BackupMenu';

/**
 * The fund shell's backup status and actions, shared by the top bar's menu, the banners and the backups page, so
 * a backup started on one shows its progress on all of them.
 */
export type BackupControls = {
  status: BackupStatus | undefined;
  /** A backup this screen started, in percent; undefined when none is running. */
  progress: number | undefined;
  onAction: (action: BackupAction) => void;
};

export const BackupControlsContext = createContext<BackupControls>({ status: undefined, progress: undefined, onAction: () => undefined });

export function useBackupControls(): BackupControls {
  return useContext(BackupControlsContext);
}
