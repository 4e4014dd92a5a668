import { describe, expect, it } from 'vitest';
import { formatPeriodRanges } from '../../../../shared/domain/documents/period-ranges';

describe('months as ranges', () => {
  it('joins consecutive months into ranges, naming the year once when it does not change', () => {
    expect(formatPeriodRanges(['2026-01', '2026-02', '2026-03'])).toBe('ม.ค. – มี.ค. 2569');
    expect(formatPeriodRanges(['2025-11', '2025-12', '2026-01', '2026-02'])).toBe('พ.ย. 2568 – ก.พ. 2569');
    expect(formatPeriodRanges(['2026-04'])).toBe('เม.ย. 2569');
  });

  it('lists separate runs with commas, whatever order and repeats the months come in', () => {
    expect(formatPeriodRanges(['2026-05', '2026-01', '2026-02', '2026-05', '2026-07'])).toBe('ม.ค. – ก.พ. 2569, พ.ค. 2569, ก.ค. 2569');
    expect(formatPeriodRanges([])).toBe('');
  });
});
