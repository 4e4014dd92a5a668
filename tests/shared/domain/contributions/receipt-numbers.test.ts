import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../../../shared/domain/calendar-date';
import {
  buddhistYearOfDocumentNo,
  documentRangeText,
  formatBookReceiptNo,
  formatDocumentNo,
} from '../../../../shared/domain/contributions/receipt-numbers';

describe('document numbers (Decisions 9 and 13)', () => {
  it('numbers per fiscal year, printed in B.E. with six digits', () => {
    expect(formatDocumentNo('RC', 2024, 1)).toBe('RC2567-000001');
    expect(formatDocumentNo('JV', 2025, 123456)).toBe('JV2568-123456');
    expect(formatDocumentNo('PV', 2024, 42)).toBe('PV2567-000042');
  });

  it("a receipt on 1 October starts the next fiscal year's series", () => {
    expect(formatDocumentNo('RC', fiscalYearOf('2024-09-30', 10), 1)).toBe('RC2567-000001');
    expect(formatDocumentNo('RC', fiscalYearOf('2024-10-01', 10), 1)).toBe('RC2568-000001');
  });

  it('keys a pre-printed book receipt by book and number', () => {
    expect(formatBookReceiptNo('12', '034')).toBe('12/034');
    expect(formatBookReceiptNo('12', '34')).not.toBe(formatBookReceiptNo('1', '234'));
  });

  it('reads the fiscal year back from an app-made number, and prints a run of one receipt as that one number', () => {
    expect(buddhistYearOfDocumentNo(formatDocumentNo('RC', 2027, 1))).toBe(2570);
    expect(buddhistYearOfDocumentNo(formatDocumentNo('ABCD', 2024, 999999))).toBe(2567);
    expect(buddhistYearOfDocumentNo(formatBookReceiptNo('12', '034'))).toBeUndefined();
    expect(documentRangeText('RC2570-000001', 'RC2570-000003')).toBe('RC2570-000001 – RC2570-000003');
    expect(documentRangeText('RC2570-000003', 'RC2570-000003')).toBe('RC2570-000003');
  });
});
