import type { AuditTrailRow } from '../../../../shared/api/audit-trail-types';
import type { FundProfile } from '../../../../shared/api/fund-types';
import { changeText } from '../../../../shared/domain/audit/audit-change';
import { formatDate, formatInstant } from '../../../../shared/domain/buddhist-date';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';
import { actorLabel } from './actor-label';
import { fundPlaceLine } from './fund-headings';

export type AuditTrailDocumentInput = {
  readonly fund: FundProfile;
  readonly rows: readonly AuditTrailRow[];
  /** The filter as typed, each part already final Thai text ("ผู้บันทึก: เหรัญญิก"). */
  readonly filterLines: readonly string[];
  readonly printedOn: CalendarDate;
  readonly chainHead?: string | undefined;
  /** People by the key their changes are recorded under: a person added on the people page is known by her UUID. */
  readonly actorNames?: ReadonlyMap<string, string>;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.auditTrail.${key}`, params);

/** A method or an actor in Thai where th.json names it; the stored word otherwise (a method of a later version). */
export function methodLabel(method: string): string {
  const label = documentText(`methods.${method}`);
  return label === `methods.${method}` ? method : label;
}

/**
 * The audit trail as A4 paper or a workbook (issue 20 §1): the rows of a filtered range, newest first, each with
 * its time in B.E., who, what was done, which record, and what changed. The footer pins the audit chain's head.
 */
export function auditTrailDocument(input: AuditTrailDocumentInput): DocumentModel {
  return {
    title: text('title'),
    headings: [input.fund.name, fundPlaceLine(input.fund), ...input.filterLines],
    facts: [],
    tables: [
      {
        name: text('table'),
        columns: [
          { header: text('id'), kind: 'count', width: 0.8 },
          { header: text('at'), kind: 'text', width: 1.7 },
          { header: text('actor'), kind: 'text', width: 1.1, wrap: 'spaces' },
          { header: text('method'), kind: 'text', width: 2 },
          { header: text('record'), kind: 'text', width: 1.5 },
          { header: text('change'), kind: 'text', width: 4 },
        ],
        rows: input.rows.map((row) => ({
          cells: [
            row.id,
            formatInstant(row.at, 'th'),
            actorLabel(row.actor, input.actorNames),
            methodLabel(row.method),
            `${row.entity} ${row.entityId}`,
            changeText(row.before, row.after),
          ],
        })),
        emptyText: text('empty'),
      },
    ],
    notes: [text('count', { count: input.rows.length.toLocaleString('th-TH') })],
    signatures: [],
    footer: {
      printedOn: input.printedOn,
      text: text('footer', { fund: input.fund.name, date: formatDate(input.printedOn, 'th') }),
      ...(input.chainHead ? { chainHead: input.chainHead } : {}),
    },
    orientation: 'landscape',
  };
}
