import { useCallback, useEffect, useState } from 'react';
import type { Village } from '../../../shared/api/fund-types';
import { api } from '../../api/client';

/** The villages register, read once and again after a change: `undefined` while it loads. */
export function useVillages(): { villages: Village[] | undefined; reload: () => Promise<void> } {
  const [villages, setVillages] = useState<Village[]>();
  const reload = useCallback(async () => {
    const result = await api.fund['villages.list']({});
    if (result.ok) setVillages(result.value);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { villages, reload };
}
