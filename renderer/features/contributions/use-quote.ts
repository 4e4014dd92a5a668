import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/api-result';
import type { ContributionQuote } from '../../../shared/api/fund-types';
import { api } from '../../api/client';

export type QuoteRequest = {
  memberId: number;
  receivedOn: string | undefined;
  monthCount: number;
  periods: string[];
  includeEntryFee: boolean;
};

/**
 * The backend's price for what the form says (the plan in force, bundles, entry fee): the UI never computes
 * money itself. Only the answer to the latest request is kept, so quick changes never show a stale amount.
 */
export function useQuote(request: QuoteRequest) {
  const [quote, setQuote] = useState<ContributionQuote>();
  const [error, setError] = useState<ApiError>();
  const sequence = useRef(0);
  const { memberId, receivedOn, monthCount, periods, includeEntryFee } = request;
  const periodKey = periods.join(',');

  useEffect(() => {
    const current = ++sequence.current;
    if (!memberId || !receivedOn || !/^\d{4}-\d{2}-\d{2}$/.test(receivedOn)) {
      setQuote(undefined);
      setError(undefined);
      return;
    }
    const choice = periodKey ? { periods: periodKey.split(',') } : { monthCount };
    void api.fund['contributions.quote']({ memberId, receivedOn, includeEntryFee, ...choice }).then((result) => {
      if (current !== sequence.current) return;
      setQuote(result.ok ? result.value : undefined);
      setError(result.ok ? undefined : result.error);
    });
  }, [memberId, receivedOn, monthCount, periodKey, includeEntryFee]);

  return { quote, error };
}
