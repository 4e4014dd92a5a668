import { defineStatement, param, type Connection } from '../execute';
import type { StatusFormAnswersTable } from '../schema';

/** One stored section of one fiscal year, its answers still the stored JSON text (the step parses it). */
export type StoredStatusSection = {
  id: number;
  uuid: string;
  fiscalYear: number;
  section: string;
  answersJson: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

function toRecord(row: StatusFormAnswersTable): StoredStatusSection {
  return {
    id: row.id,
    uuid: row.uuid,
    fiscalYear: row.fiscal_year,
    section: row.section,
    answersJson: row.answers_json,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const selectYear = defineStatement<{ fiscal_year: number }, StatusFormAnswersTable>((db) =>
  db.selectFrom('status_form_answers').selectAll().where('fiscal_year', '=', param('fiscal_year')).orderBy('id'),
);

/** Every section answered for a fiscal year. */
export function readStatusSections(connection: Connection, fiscalYear: number): StoredStatusSection[] {
  return selectYear.all(connection, { fiscal_year: fiscalYear }).map(toRecord);
}

const selectYears = defineStatement<Record<string, never>, { fiscal_year: number }>((db) =>
  db.selectFrom('status_form_answers').select('fiscal_year').distinct().orderBy('fiscal_year', 'desc'),
);

/** The fiscal years with any answer, newest first: where a new year's answers may be copied from. */
export function answeredFiscalYears(connection: Connection): number[] {
  return selectYears.all(connection, {}).map((row) => row.fiscal_year);
}

const insertSection = defineStatement<Omit<StatusFormAnswersTable, 'id' | 'version'>>((db) =>
  db.insertInto('status_form_answers').values({
    uuid: param('uuid'),
    fiscal_year: param('fiscal_year'),
    section: param('section'),
    answers_json: param('answers_json'),
    created_at: param('created_at'),
    updated_at: param('updated_at'),
  }),
);

export function insertStatusSection(
  connection: Connection,
  record: { uuid: string; fiscalYear: number; section: string; answersJson: string; at: string },
): number {
  return Number(
    insertSection.run(connection, {
      uuid: record.uuid,
      fiscal_year: record.fiscalYear,
      section: record.section,
      answers_json: record.answersJson,
      created_at: record.at,
      updated_at: record.at,
    }).lastInsertRowid,
  );
}

const updateSection = defineStatement<{ id: number; version: number; answers_json: string; updated_at: string }>((db) =>
  db
    .updateTable('status_form_answers')
    .set((eb) => ({ answers_json: param('answers_json'), updated_at: param('updated_at'), version: eb('version', '+', 1) }))
    .where('id', '=', param('id'))
    .where('version', '=', param('version')),
);

/** The section's new answers, only over the version the screen read: false when someone saved in between. */
export function updateStatusSection(
  connection: Connection,
  change: { id: number; version: number; answersJson: string; at: string },
): boolean {
  const result = updateSection.run(connection, {
    id: change.id,
    version: change.version,
    answers_json: change.answersJson,
    updated_at: change.at,
  });
  return result.changes === 1;
}
