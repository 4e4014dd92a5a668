import { describe, expect, it } from 'vitest';
import { cellText, columnAlign } from '../../../../shared/domain/documents/cell-text';

describe('cells as printed', () => {
  it('prints money with thousands separators and two decimals, counts grouped, dates and months in B.E.', () => {
    expect(cellText('money', 123450)).toBe('1,234.50');
    expect(cellText('money', -5)).toBe('-0.05');
    expect(cellText('money', 0)).toBe('0.00');
    expect(cellText('count', 1000)).toBe('1,000');
    expect(cellText('count', 7)).toBe('7');
    expect(cellText('date', '2026-11-25')).toBe('25 พ.ย. 2569');
    expect(cellText('period', '2025-01')).toBe('ม.ค. 2568');
    expect(cellText('text', 'นางสาวสมศรี ใจดี')).toBe('นางสาวสมศรี ใจดี');
    expect(cellText('money', null)).toBe('');
  });

  it('lines figures up on the right, dates in the middle and words on the left unless told otherwise', () => {
    expect(columnAlign({ header: '', kind: 'money', width: 1 })).toBe('right');
    expect(columnAlign({ header: '', kind: 'count', width: 1 })).toBe('right');
    expect(columnAlign({ header: '', kind: 'date', width: 1 })).toBe('center');
    expect(columnAlign({ header: '', kind: 'period', width: 1 })).toBe('center');
    expect(columnAlign({ header: '', kind: 'text', width: 1 })).toBe('left');
    expect(columnAlign({ header: '', kind: 'count', width: 1, align: 'center' })).toBe('center');
  });
});
