import type { KeptAssessment } from '../../../../shared/api/certification-types';
import type { FundProfile } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import { formatInstant } from '../../../../shared/domain/buddhist-date';
import type { Assessment, AssessmentLine, CriterionResult } from '../../../../shared/domain/certification/assessment';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import type { DocumentModel, DocumentTable } from '../../../../shared/domain/documents/document-model';
import { documentText, explanationSentences } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

export type CertificationDocumentInput = {
  readonly fund: FundProfile;
  readonly assessment: Assessment;
  /** The history's record of it; null when it could not be kept (a fund opened read-only). */
  readonly kept: KeptAssessment | null;
  readonly signers: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.certification.${key}`, params);
const sentences = (lines: readonly AssessmentLine[]) => lines.map((line) => `• ${explanationSentences(line).th}`).join('\n');

/**
 * The certification report (issue 17 §5): the fund, the day it stands at, each of CODI's four criteria with its
 * light, then a table per criterion with each part's result, the evidence found and what to fix; signed by the
 * secretary and the chair.
 */
export function certificationDocument(input: CertificationDocumentInput): DocumentModel {
  const { assessment, kept } = input;
  return {
    title: text('title'),
    headings: fundHeadings(input.fund, assessment.asOf),
    facts: [
      ...assessment.criteria.map((criterion, index) => ({
        label: text('criterionLine', { number: index + 1, name: documentText(`certification.criteria.${criterion.key}`) }),
        value: documentText(`certification.statuses.${criterion.status}`),
        kind: 'text' as const,
      })),
      {
        label: text('kept'),
        value: kept ? text('keptAt', { at: formatInstant(kept.computedAt, 'th'), by: kept.recordedBy }) : text('notKept'),
        kind: 'text',
      },
    ],
    tables: assessment.criteria.map((criterion, index) => criterionTable(criterion, index + 1)),
    notes: [text('note')],
    signatures: [signatureOf(input.signers, 'secretary'), signatureOf(input.signers, 'chair')],
    footer: { printedOn: input.printedOn, text: input.fund.name },
    orientation: 'portrait',
  };
}

function criterionTable(criterion: CriterionResult, number: number): DocumentTable {
  return {
    name: text('criterionTable', {
      number,
      name: documentText(`certification.criteria.${criterion.key}`),
      status: documentText(`certification.statuses.${criterion.status}`),
    }),
    columns: [
      { header: text('part'), kind: 'text', width: 1.5 },
      { header: text('result'), kind: 'text', width: 1 },
      { header: text('evidence'), kind: 'text', width: 3.2 },
      { header: text('fixes'), kind: 'text', width: 2.6 },
    ],
    rows: criterion.parts.map((part) => ({
      cells: [
        documentText(`certification.parts.${part.key}`),
        documentText(`certification.partStatuses.${part.status}`),
        sentences(part.evidence),
        part.fixes.length > 0 ? sentences(part.fixes) : '-',
      ],
    })),
    emptyText: '-',
  };
}
