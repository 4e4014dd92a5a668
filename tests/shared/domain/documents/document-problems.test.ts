import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { documentProblems } from '../../../../shared/domain/documents/document-problems';

const document = (overrides: Partial<DocumentModel> = {}): DocumentModel => ({
  title: 'รายงาน',
  headings: [],
  facts: [{ label: 'ยอดรวม', value: 150000, kind: 'money' }],
  tables: [
    {
      name: 'ตาราง',
      columns: [
        { header: 'วันที่', kind: 'date', width: 1 },
        { header: 'เดือน', kind: 'period', width: 1 },
        { header: 'จำนวน', kind: 'count', width: 1 },
        { header: 'เงิน', kind: 'money', width: 1 },
        { header: 'ชื่อ', kind: 'text', width: 2 },
      ],
      rows: [{ cells: ['2026-11-25', '2026-11', 3, 9000, 'นายสมชาย ใจดี'] }, { cells: [null, null, null, null, null] }],
      totals: [null, null, 3, 9000, 'รวม'],
      emptyText: 'ไม่มีรายการ',
    },
  ],
  notes: [],
  signatures: [],
  footer: { printedOn: '2026-11-25' },
  orientation: 'portrait',
  ...overrides,
});

describe('a document fit to render', () => {
  it('has none for values that match their columns, empty cells included', () => {
    expect(documentProblems(document())).toEqual([]);
  });

  it('names every cell that does not fit: baht as a float, a B.E. date, a period as a date, a short row', () => {
    const table = document().tables[0];
    if (!table) throw new Error('no table');
    const broken = document({
      facts: [{ label: 'ยอดรวม', value: 1500.5, kind: 'money' }],
      tables: [
        {
          ...table,
          rows: [{ cells: ['25/11/2569', '2026-11-01', 3, 90.5, 'x'] }, { cells: ['2026-11-25'] }],
          totals: [null, null, '3', 9000, 'รวม'],
        },
      ],
    });
    expect(documentProblems(broken)).toEqual([
      'fact "ยอดรวม": 1500.5 is not money',
      'table "ตาราง" row 1 column 1: 25/11/2569 is not date',
      'table "ตาราง" row 1 column 2: 2026-11-01 is not period',
      'table "ตาราง" row 1 column 4: 90.5 is not money',
      'table "ตาราง" row 2: 1 cells for 5 columns',
      'table "ตาราง" totals column 3: 3 is not count',
    ]);
  });
});
