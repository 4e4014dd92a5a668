import type { AccountLedgerPage, JournalBookEntry, TrialBalanceReport } from '../../../../shared/api/books-types';
import type { CashBookRow, Explanation, FundProfile } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import type { DocumentModel, DocumentRow, DocumentTable, PageCarry } from '../../../../shared/domain/documents/document-model';
import { descriptionKey } from '../../../../shared/domain/ledger/description-key';
import { documentText } from '../../messages';
import { fundPlaceLine } from './fund-headings';
import { signatureOf } from './signatures';

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.books.${key}`, params);

/** An entry's description in Thai, as the screen words it. */
export function describe(description: Explanation): string {
  return documentText(`descriptions.${descriptionKey(description)}`, description.params);
}

type Common = { readonly fund: FundProfile; readonly signers?: PrintSettings['signers']; readonly printedOn: CalendarDate };

const periodLine = (from: string, to: string) => text('period', { from: formatDate(from, 'th', 'long'), to: formatDate(to, 'th', 'long') });

function book(input: Common, title: string, lines: string[], table: DocumentTable): DocumentModel {
  return {
    title,
    headings: [input.fund.name, fundPlaceLine(input.fund), ...lines],
    facts: [],
    tables: [table],
    notes: [],
    signatures: [signatureOf(input.signers, 'treasurer'), signatureOf(input.signers, 'chair')],
    footer: { printedOn: input.printedOn, text: `${title} ${input.fund.name}` },
    orientation: 'landscape',
  };
}

const carry = (labelColumn: number, sumColumns: number[], balanceColumn?: number): PageCarry => ({
  labelColumn,
  carriedLabel: text('carriedForward'),
  broughtLabel: text('broughtForward'),
  sumColumns,
  ...(balanceColumn === undefined ? {} : { balanceColumn }),
});

/** The cash book or a bank account's book for a period (handbook §(d)2): it opens with its brought-forward row. */
export function moneyBookDocument(
  input: Common & { accountName: string; isCash: boolean; from: string; to: string; openingSatang: number; rows: readonly CashBookRow[] },
): DocumentModel {
  const rows: DocumentRow[] = [
    { cells: [input.from, '', text('broughtForwardOpening'), null, null, input.openingSatang], emphasis: 'strong' },
    ...input.rows.map((row) => ({
      cells: [row.date, row.documentNo, describe(row.description), row.inSatang || null, row.outSatang || null, row.balanceSatang],
    })),
  ];
  const inTotal = input.rows.reduce((sum, row) => sum + row.inSatang, 0);
  const outTotal = input.rows.reduce((sum, row) => sum + row.outSatang, 0);
  const closing = input.rows[input.rows.length - 1]?.balanceSatang ?? input.openingSatang;
  return book(input, input.isCash ? text('cashBookTitle') : text('bankBookTitle'), [input.accountName, periodLine(input.from, input.to)], {
    name: input.accountName,
    columns: [
      { header: text('date'), kind: 'date', width: 1.3 },
      { header: text('documentNo'), kind: 'text', width: 1.8 },
      { header: text('description'), kind: 'text', width: 5 },
      { header: text('in'), kind: 'money', width: 1.4 },
      { header: text('out'), kind: 'money', width: 1.4 },
      { header: text('balance'), kind: 'money', width: 1.5 },
    ],
    rows,
    totals: [null, null, text('closing'), inTotal, outTotal, closing],
    emptyText: text('empty'),
    carry: carry(2, [3, 4], 5),
  });
}

/** The general journal for a period: each entry's first line carries its date, number and description. */
export function journalDocument(
  input: Common & { from: string; to: string; entries: readonly JournalBookEntry[]; accountNames: ReadonlyMap<string, string> },
): DocumentModel {
  const rows: DocumentRow[] = input.entries.flatMap((entry) =>
    entry.lines.map((line, index) => ({
      cells: [
        index === 0 ? entry.entryDate : null,
        index === 0 ? entry.entryNo : '',
        index === 0 ? describe(entry.description) : '',
        line.accountCode,
        `${line.creditSatang > 0 ? '    ' : ''}${input.accountNames.get(line.accountCode) ?? line.accountCode}`,
        line.debitSatang || null,
        line.creditSatang || null,
      ],
    })),
  );
  const debit = input.entries.reduce((sum, entry) => sum + entry.lines.reduce((inner, line) => inner + line.debitSatang, 0), 0);
  const credit = input.entries.reduce((sum, entry) => sum + entry.lines.reduce((inner, line) => inner + line.creditSatang, 0), 0);
  return book(input, text('journalTitle'), [periodLine(input.from, input.to)], {
    name: text('journalTitle'),
    columns: [
      { header: text('date'), kind: 'date', width: 1.2 },
      { header: text('entryNo'), kind: 'text', width: 1.5 },
      { header: text('description'), kind: 'text', width: 3.6 },
      { header: text('accountCode'), kind: 'text', width: 0.8, align: 'center' },
      { header: text('account'), kind: 'text', width: 2.6 },
      { header: text('debit'), kind: 'money', width: 1.4 },
      { header: text('credit'), kind: 'money', width: 1.4 },
    ],
    rows,
    totals: [null, null, text('total'), null, null, debit, credit],
    emptyText: text('empty'),
    carry: carry(2, [5, 6]),
  });
}

/** The trial balance at the end of a day; its two columns total the same. */
export function trialBalanceDocument(input: Common & { report: TrialBalanceReport }): DocumentModel {
  const { report } = input;
  const model = book(input, text('trialBalanceTitle'), [text('asOf', { date: formatDate(report.asOf, 'th', 'long') })], {
    name: text('trialBalanceTitle'),
    columns: [
      { header: text('accountCode'), kind: 'text', width: 1, align: 'center' },
      { header: text('account'), kind: 'text', width: 5 },
      { header: text('debit'), kind: 'money', width: 1.6 },
      { header: text('credit'), kind: 'money', width: 1.6 },
    ],
    rows: report.lines.map((line) => ({ cells: [line.accountCode, line.nameTh, line.debitSatang || null, line.creditSatang || null] })),
    totals: [null, text('total'), report.debitTotalSatang, report.creditTotalSatang],
    emptyText: text('empty'),
    carry: carry(1, [2, 3]),
  });
  const note = report.differenceSatang === 0 ? text('balanced') : text('unbalanced', { amount: report.differenceSatang / 100 });
  return { ...model, notes: [note] };
}

/** An account's ledger for a period: brought forward, each line with its running balance, carried forward. */
export function accountLedgerDocument(input: Common & { ledger: AccountLedgerPage }): DocumentModel {
  const { ledger } = input;
  const name = `${ledger.accountCode} ${ledger.nameTh}`;
  return book(input, text('ledgerTitle'), [name, periodLine(ledger.from, ledger.to)], {
    name,
    columns: [
      { header: text('date'), kind: 'date', width: 1.3 },
      { header: text('entryNo'), kind: 'text', width: 1.6 },
      { header: text('documentNo'), kind: 'text', width: 1.6 },
      { header: text('description'), kind: 'text', width: 4.4 },
      { header: text('debit'), kind: 'money', width: 1.4 },
      { header: text('credit'), kind: 'money', width: 1.4 },
      { header: text('balance'), kind: 'money', width: 1.5 },
    ],
    rows: [
      { cells: [ledger.from, '', '', text('broughtForwardOpening'), null, null, ledger.broughtForwardSatang], emphasis: 'strong' },
      ...ledger.rows.map((row) => ({
        cells: [
          row.date,
          row.entryNo,
          row.documentNo,
          describe(row.description),
          row.debitSatang || null,
          row.creditSatang || null,
          row.balanceSatang,
        ],
      })),
    ],
    totals: [null, null, null, text('closing'), ledger.debitTotalSatang, ledger.creditTotalSatang, ledger.carriedForwardSatang],
    emptyText: text('empty'),
    carry: carry(3, [4, 5], 6),
  });
}
