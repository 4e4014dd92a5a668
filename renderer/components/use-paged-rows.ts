import { useCallback, useEffect, useRef, useState, type UIEvent } from 'react';
import type { ApiResult } from '../../shared/api/api-result';
import type { Paged } from '../../shared/api/fund-types';

type Fetch<P> = (offset: number, limit: number) => Promise<ApiResult<P>>;

/**
 * Rows of a long list, fetched a page at a time as a virtual table scrolls near its end, so 30,000 members
 * never travel at once. A new `fetchPage` (new search text or filter) starts over after `delayMs` (the first
 * page comes at once), and answers to older requests are dropped, so fast typing never shows stale rows.
 */
export function usePagedRows<P extends Paged<unknown>>(fetchPage: Fetch<P>, pageSize = 200, delayMs = 0) {
  const [rows, setRows] = useState<P['rows']>([]);
  /** The answer to the first page: what the whole list says of itself besides its rows (totals, filter choices). */
  const [first, setFirst] = useState<P>();
  const [total, setTotal] = useState(0);
  const [isLoading, setLoading] = useState(false);
  const generation = useRef(0);
  const isFetching = useRef(false);
  // The delay is for typing: the list's first rows are fetched the moment it shows.
  const isFirstLoad = useRef(true);

  const load = useCallback(
    async (offset: number) => {
      const current = generation.current;
      isFetching.current = true;
      setLoading(true);
      const result = await fetchPage(offset, pageSize);
      if (current !== generation.current) return;
      isFetching.current = false;
      setLoading(false);
      if (!result.ok) return;
      setTotal(result.value.total);
      if (offset === 0) setFirst(result.value);
      setRows((previous) => (offset === 0 ? result.value.rows : [...previous, ...result.value.rows]));
    },
    [fetchPage, pageSize],
  );

  useEffect(() => {
    generation.current += 1;
    isFetching.current = false;
    const timer = setTimeout(() => void load(0), isFirstLoad.current ? 0 : delayMs);
    isFirstLoad.current = false;
    return () => clearTimeout(timer);
  }, [load, delayMs]);

  /** For the table's onScroll: the next page when fewer than ~10 screens of rows are left below. */
  const onScroll = useCallback(
    (event: UIEvent<HTMLDivElement>) => {
      const target = event.currentTarget;
      if (!target || isFetching.current || rows.length >= total) return;
      if (target.scrollTop + target.clientHeight > target.scrollHeight - 2000) void load(rows.length);
    },
    [load, rows.length, total],
  );

  return { rows, total, first, isLoading, onScroll, reload: () => load(0) };
}
