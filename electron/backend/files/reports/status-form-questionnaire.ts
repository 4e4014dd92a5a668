import type { StatusFormYear } from '../../../../shared/api/report-types';
import { sectionLayouts, type FieldSpec } from '../../../../shared/api/status-form-layout';
import { statusFormSectionNumbers, type StatusFormSection } from '../../../../shared/api/status-form-schemas';
import type { DocumentTable } from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';
import { answerTable, notAnswered, statusFormText } from './status-form-parts';

const label = (name: string) => documentText(`ui.statusForm.labels.${name}`);
const option = (value: string) => documentText(`ui.statusForm.options.${value}`);

type Answers = Record<string, unknown>;
type RowsField = Extract<FieldSpec, { kind: 'rows' }>;

/** A field's answer as the paper prints it; an "other (specify)" line left empty is left out (null). */
function answerText(field: FieldSpec, answers: Answers): string | null {
  const value = answers[field.name];
  switch (field.kind) {
    case 'choices': {
      const chosen = Array.isArray(value) ? value.map((item) => option(String(item))) : [];
      return chosen.length > 0 ? chosen.join(', ') : statusFormText('noneChosen');
    }
    case 'one':
      return typeof value === 'string' ? option(value) : statusFormText('noneChosen');
    case 'count':
      return typeof value === 'number' ? String(value) : statusFormText('notGiven');
    case 'text':
    case 'note': {
      const written = typeof value === 'string' ? value.trim() : '';
      if (written !== '') return written;
      return field.name.endsWith('Other') ? null : statusFormText('notGiven');
    }
    case 'rows':
      return null;
  }
}

/** A typed cell of a list: its text, or empty. */
const written = (value: unknown): string => (typeof value === 'string' ? value : '');

function rowsTable(name: string, field: RowsField, answers: Answers): DocumentTable {
  const rows = Array.isArray(answers[field.name]) ? (answers[field.name] as Answers[]) : [];
  return {
    name,
    columns: [
      { header: statusFormText('number'), kind: 'count', width: 0.6 },
      ...field.columns.map((column) => ({ header: label(column.name), kind: 'text' as const, width: column.kind === 'note' ? 3 : 2 })),
    ],
    rows: rows.map((row, index) => ({ cells: [index + 1, ...field.columns.map((column) => written(row[column.name]))] })),
    emptyText: statusFormText('noRows'),
  };
}

/**
 * One questionnaire section of the status form (§8, §9, §11–15) from the year's typed answers, laid out as the
 * screen lays it out: its questions and answers in one table, each list (the committee, the plans) in a table of
 * its own. A section the year has not answered prints as one line saying so.
 */
export function questionnaireTables(sections: StatusFormYear['sections'], section: StatusFormSection): DocumentTable[] {
  const heading = statusFormText('questionnaireHeading', {
    number: statusFormSectionNumbers[section],
    name: documentText(`ui.statusForm.sections.${section}`),
  });
  const record = sections[section];
  if (!record) return [answerTable(heading, [[statusFormText('wholeSection'), notAnswered()]])];
  const answers = record.answers as Answers;
  const fields = sectionLayouts[section];
  const rows: [string, string][] = [];
  for (const field of fields) {
    const answer = answerText(field, answers);
    if (answer !== null) rows.push([`${field.number ? `${field.number} ` : ''}${label(field.name)}`, answer]);
  }
  const tables: DocumentTable[] = rows.length > 0 ? [answerTable(heading, rows)] : [];
  for (const field of fields) {
    if (field.kind !== 'rows') continue;
    const name = `${field.number ? `${field.number} ` : ''}${label(field.name)}`;
    tables.push(rowsTable(tables.length === 0 ? `${heading}: ${name}` : name, field, answers));
  }
  return tables;
}
