import { formatPeriod, thaiMonthNames } from '../buddhist-date';
import { periodIndex } from '../calendar-date';

/**
 * The months a receipt covers, as a treasurer writes them: runs of consecutive months become one range
 * ("ม.ค. – มี.ค. 2569"; across a year end "พ.ย. 2568 – ก.พ. 2569"), separate runs are joined with commas.
 * Periods may come in any order; duplicates count once.
 */
export function formatPeriodRanges(periods: readonly string[]): string {
  const sorted = [...new Set(periods)].sort();
  const runs: { first: string; last: string }[] = [];
  for (const period of sorted) {
    const run = runs[runs.length - 1];
    if (run && periodIndex(period) === periodIndex(run.last) + 1) run.last = period;
    else runs.push({ first: period, last: period });
  }
  return runs.map(({ first, last }) => formatRun(first, last)).join(', ');
}

function formatRun(first: string, last: string): string {
  if (first === last) return formatPeriod(first, 'th');
  if (first.slice(0, 4) === last.slice(0, 4)) {
    const month = thaiMonthNames.short[Number(first.slice(5, 7)) - 1] ?? first;
    return `${month} – ${formatPeriod(last, 'th')}`;
  }
  return `${formatPeriod(first, 'th')} – ${formatPeriod(last, 'th')}`;
}
