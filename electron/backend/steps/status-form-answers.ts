import type { StatusFormYear, StatusSectionRecord } from '../../../shared/api/report-types';
import { statusFormSectionSchemas, statusFormSections, type StatusFormSection } from '../../../shared/api/status-form-schemas';
import type { Connection } from '../db/execute';
import { committeeRecordsOf } from './committee';
import { answeredFiscalYears, readStatusSections, type StoredStatusSection } from '../db/repositories/status-form-repository';

/**
 * A fiscal year's typed answers to the status form's questionnaire (§8, §9, §11–15), section by section: what the
 * screen shows and what the status form's builder prints beside the figures read from the books. Stored answers
 * are parsed with the section's schema, so a field added later reads as its default in an older year.
 */
export function statusFormAnswers(connection: Connection, fiscalYear: number, today: string): StatusFormYear {
  const stored = new Map(readStatusSections(connection, fiscalYear).map((row) => [row.section, row]));
  const sections = Object.fromEntries(
    statusFormSections.map((section) => {
      const row = stored.get(section);
      return [section, row ? sectionRecord(section, row) : null];
    }),
  ) as StatusFormYear['sections'];
  return {
    fiscalYear,
    sections,
    answeredYears: answeredFiscalYears(connection),
    committeeRecords: committeeRecordsOf(connection, fiscalYear, today),
  };
}

function sectionRecord<S extends StatusFormSection>(section: S, row: StoredStatusSection): StatusSectionRecord<S> {
  const answers = statusFormSectionSchemas[section].parse(JSON.parse(row.answersJson)) as StatusSectionRecord<S>['answers'];
  return { uuid: row.uuid, section, answers, version: row.version, updatedAt: row.updatedAt };
}
