import { describe, expect, it } from 'vitest';
import { readImportDate, readImportMonth } from '../../../shared/domain/import/import-dates';

const today = '2026-11-25';
const text = (value: string) => ({ kind: 'text' as const, text: value });

/** Issue 19 §1 and Decision 3: the shapes dates come in from funds' sheets, and the years that give a mistake away. */
describe('dates read from an import', () => {
  it('reads d/m/y, y-m-d, Thai month names and Thai digits, B.E. or C.E. by size', () => {
    expect(readImportDate(text('15/03/2567'), 'auto', today)).toMatchObject({ value: '2024-03-15' });
    expect(readImportDate(text('15-3-2024'), 'auto', today)).toMatchObject({ value: '2024-03-15' });
    expect(readImportDate(text('2549-01-06'), 'auto', today)).toMatchObject({ value: '2006-01-06' });
    expect(readImportDate(text('๑๕ มี.ค. ๒๕๖๗'), 'auto', today)).toMatchObject({ value: '2024-03-15' });
    expect(readImportDate(text('15 มีนาคม พ.ศ. 2567'), 'ce', today)).toMatchObject({ value: '2024-03-15' });
    expect(readImportDate(text('29/02/2567'), 'be', today)).toMatchObject({ value: '2024-02-29' });
    expect(readImportDate(text('15/03/67'), 'auto', today)).toMatchObject({ value: '2024-03-15', twoDigitYear: true });
  });

  it('reads an Excel day number and a date cell', () => {
    expect(readImportDate({ kind: 'number', value: 45366 }, 'auto', today)).toMatchObject({ value: '2024-03-15' });
    expect(readImportDate({ kind: 'number', value: 21916 }, 'auto', today)).toMatchObject({ value: '1960-01-01' });
    expect(readImportDate({ kind: 'date', year: 2024, month: 3, day: 15 }, 'be', today)).toMatchObject({ value: '2024-03-15' });
    expect(readImportDate({ kind: 'date', year: 2567, month: 3, day: 15 }, 'ce', today)).toMatchObject({ ok: false });
  });

  it('refuses impossible dates, future dates, and years in the wrong calendar or 543 years off', () => {
    const problem = (value: string, era: 'auto' | 'be' | 'ce') => {
      const reading = readImportDate(text(value), era, today);
      return reading.ok ? undefined : reading.problem.code;
    };
    expect(problem('31/02/2567', 'auto')).toBe('import-date-impossible');
    expect(problem('29/02/2566', 'auto')).toBe('import-date-impossible');
    expect(problem('01/01/2570', 'auto')).toBe('import-date-in-future');
    expect(problem('15/03/2567', 'ce')).toBe('import-be-year-in-ce-column');
    expect(problem('15/03/2024', 'be')).toBe('import-ce-year-in-be-column');
    expect(problem('15/03/3110', 'auto')).toBe('import-year-543-off');
    expect(problem('15/03/1481', 'auto')).toBe('import-year-543-off');
    expect(problem('เมื่อวาน', 'auto')).toBe('import-date-unreadable');
  });

  it('reads the paid-through month', () => {
    expect(readImportMonth(text('9/2566'), 'auto', today)).toMatchObject({ value: '2023-09' });
    expect(readImportMonth(text('ก.ย. 2566'), 'auto', today)).toMatchObject({ value: '2023-09' });
    expect(readImportMonth(text('2566-09'), 'auto', today)).toMatchObject({ value: '2023-09' });
    expect(readImportMonth(text('30/09/2566'), 'auto', today)).toMatchObject({ value: '2023-09' });
  });
});
