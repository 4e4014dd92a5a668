import { useCallback, useEffect, useState } from 'react';
import type { MoneyAccounts } from '../../../shared/api/fund-types';
import { api } from '../../api/client';

/**
 * The fund's money accounts (cash in hand and the bank register) and the one its forms offer first; read again
 * when `version` changes (a card beside it added an account).
 */
export function useMoneyAccounts(version = 0): { accounts: MoneyAccounts | undefined; reload: () => void } {
  const [accounts, setAccounts] = useState<MoneyAccounts>();
  const reload = useCallback(() => {
    void api.fund['moneyAccounts.list']({}).then((result) => result.ok && setAccounts(result.value));
  }, []);
  useEffect(reload, [reload, version]);
  return { accounts, reload };
}
