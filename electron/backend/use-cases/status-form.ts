import type { StatusFormYear, StatusSectionRecord } from '../../../shared/api/report-types';
import { statusFormSections, type SaveStatusSection, type StatusFormSection } from '../../../shared/api/status-form-schemas';
import { failure, success, type Result } from '../../../shared/domain/result';
import { newRecordId } from '../db/record-ids';
import { insertStatusSection, readStatusSections, updateStatusSection } from '../db/repositories/status-form-repository';
import { checkFiscalYear } from '../steps/fiscal-years';
import { statusFormAnswers } from '../steps/status-form-answers';
import type { UseCaseContext } from './use-case-context';

/**
 * The status form's questionnaire (§8, §9, §11–15; issue 16 §5): the answers the fund's data cannot give, typed
 * once per fiscal year and kept, each section saved whole.
 */

export function statusFormYear(context: UseCaseContext, input: { fiscalYear: number }): Result<StatusFormYear> {
  const year = checkFiscalYear(context, input.fiscalYear, 'fiscalYear');
  if (!year.ok) return year;
  return success(statusFormAnswers(context.connection, input.fiscalYear, context.clock.today()));
}

type SaveInput = SaveStatusSection;

/** One section's answers for a year, whole; `expectedVersion` is 0 for a section the year has not answered yet. */
export function saveStatusSection(context: UseCaseContext, input: SaveInput): Result<StatusSectionRecord> {
  const { connection, call } = context;
  const year = checkFiscalYear(context, input.fiscalYear, 'fiscalYear');
  if (!year.ok) return year;
  const before = statusFormAnswers(connection, input.fiscalYear, context.clock.today()).sections[input.section];
  const answersJson = JSON.stringify(input.answers);
  if (!before) {
    if (input.expectedVersion !== 0) return failure('version-conflict', 'expectedVersion');
    const uuid = newRecordId();
    const id = insertStatusSection(connection, { uuid, fiscalYear: input.fiscalYear, section: input.section, answersJson, at: call.at });
    const after = statusFormAnswers(connection, input.fiscalYear, context.clock.today()).sections[input.section];
    context.audit({ entity: 'status-form-answers', entityId: id, after });
    return success(requireSaved(after));
  }
  const stored = readStatusSections(connection, input.fiscalYear).find((row) => row.section === input.section);
  if (!stored || !updateStatusSection(connection, { id: stored.id, version: input.expectedVersion, answersJson, at: call.at }))
    return failure('version-conflict', 'expectedVersion');
  const after = statusFormAnswers(connection, input.fiscalYear, context.clock.today()).sections[input.section];
  context.audit({ entity: 'status-form-answers', entityId: stored.id, before, after });
  return success(requireSaved(after));
}

function requireSaved(record: StatusSectionRecord | null): StatusSectionRecord {
  if (!record) throw new Error('a saved status-form section could not be read back');
  return record;
}

/**
 * Another year's answers as this year's starting point (what a treasurer expects each October): every section
 * this year has not answered yet is copied; a section already typed for this year is never overwritten.
 */
export function copyStatusAnswers(
  context: UseCaseContext,
  input: { fiscalYear: number; fromYear: number },
): Result<StatusFormYear & { copied: StatusFormSection[] }> {
  const { connection, call } = context;
  const year = checkFiscalYear(context, input.fiscalYear, 'fiscalYear');
  if (!year.ok) return year;
  if (input.fromYear === input.fiscalYear) return failure('status-form-same-year', 'fromYear');
  const source = readStatusSections(connection, input.fromYear);
  if (source.length === 0) return failure('status-form-nothing-to-copy', 'fromYear', { fiscalYear: input.fromYear });
  const target = new Set(readStatusSections(connection, input.fiscalYear).map((row) => row.section));
  const copied: StatusFormSection[] = [];
  for (const section of statusFormSections) {
    const from = source.find((row) => row.section === section);
    if (!from || target.has(section)) continue;
    const id = insertStatusSection(connection, {
      uuid: newRecordId(),
      fiscalYear: input.fiscalYear,
      section,
      answersJson: from.answersJson,
      at: call.at,
    });
    context.audit({
      entity: 'status-form-answers',
      entityId: id,
      after: { fiscalYear: input.fiscalYear, section, copiedFrom: input.fromYear },
    });
    copied.push(section);
  }
  if (copied.length === 0) return failure('status-form-nothing-to-copy', 'fromYear', { fiscalYear: input.fromYear });
  return success({ ...statusFormAnswers(connection, input.fiscalYear, context.clock.today()), copied });
}
