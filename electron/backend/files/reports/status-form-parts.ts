import type { DocumentTable } from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';

export const statusFormText = (key: string, params?: Record<string, string | number>) =>
  documentText(`documents.statusForm.${key}`, params);

/** What the form asks and the app has no record of: said plainly, never a blank that reads as complete. */
export const notAnswered = () => statusFormText('notAnswered');

/** A section printed as the form's questions with their answers, one to a row. */
export function answerTable(name: string, rows: readonly (readonly [string, string])[]): DocumentTable {
  return {
    name,
    columns: [
      { header: statusFormText('item'), kind: 'text', width: 3 },
      { header: statusFormText('answer'), kind: 'text', width: 4 },
    ],
    rows: rows.map(([item, answer]) => ({ cells: [item, answer] })),
    emptyText: notAnswered(),
  };
}
