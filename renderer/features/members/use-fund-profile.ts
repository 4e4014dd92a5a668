import { useEffect, useState } from 'react';
import type { FundProfile } from '../../../shared/api/fund-types';
import { api } from '../../api/client';

/** The open fund's profile, for forms that default to it or depend on it (its opening date, its ตำบล). */
export function useFundProfile(): FundProfile | undefined {
  const [profile, setProfile] = useState<FundProfile>();
  useEffect(() => {
    let isCurrent = true;
    void api.fund['fund.get']({}).then((result) => isCurrent && result.ok && setProfile(result.value));
    return () => {
      isCurrent = false;
    };
  }, []);
  return profile;
}
