import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '../../../shared/api/fund-types';
import { api } from '../../api/client';

/** Often enough that an automatic backup made while the treasurer works shows within the minute. */
const refreshEveryMilliseconds = 30_000;

/**
 * The fund's backup status as the backend sees it (its clock, its log): the age of the last good backup, failures
 * in a row and the copy reminder. Asked again every half minute and after anything the screen does to backups.
 */
export function useBackupStatus(handle: string): { status: BackupStatus | undefined; refresh: () => Promise<void> } {
  const [status, setStatus] = useState<BackupStatus>();
  const refresh = useCallback(async () => {
    const result = await api.fund['backups.status']({});
    if (result.ok) setStatus(result.value);
  }, []);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), refreshEveryMilliseconds);
    return () => clearInterval(timer);
  }, [refresh, handle]);
  return { status, refresh };
}
