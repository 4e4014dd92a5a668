import type { z } from 'zod';
import type { certificationSettingsInput } from '../../../shared/api/certification-schemas';
import type { CertificationHistory, CertificationSettings, KeptAssessment } from '../../../shared/api/certification-types';
import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import type { Assessment } from '../../../shared/domain/certification/assessment';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import {
  findKeptAssessment,
  keepAssessment,
  listKeptAssessments,
  readCertificationSettings,
  saveCertificationSettings,
} from '../db/repositories/certification-repository';
import { readFundProfile } from '../db/repositories/fund-repository';
import { newRecordId } from '../db/record-ids';
import { certificationDocument } from '../files/reports/certification-document';
import { documentText } from '../messages';
import { assessFund } from '../steps/certification-facts';
import { documentSigners } from '../steps/committee';
import { fileDate, produce } from '../steps/produced-files';
import { actorName, type JobUseCaseContext, type UseCaseContext } from './use-case-context';

/** The day asked for, today when none; a day still to come has no data to judge. */
function assessedDay(context: UseCaseContext, asOf: string | undefined): Result<string> {
  const day = asOf ?? context.clock.today();
  if (day > context.clock.today()) return failure('date-in-future', 'asOf', { date: day });
  return success(day);
}

/** The four criteria as of a day, computed live (nothing kept). */
export function assessCertificationUseCase(context: UseCaseContext, input: { asOf?: string | undefined }): Result<Assessment> {
  const day = assessedDay(context, input.asOf);
  return day.ok ? success(assessFund(context.connection, day.value)) : day;
}

/** Computes the assessment and keeps it in the history exactly as computed. */
export function recordCertification(context: UseCaseContext, input: { asOf?: string | undefined }): Result<KeptAssessment> {
  const day = assessedDay(context, input.asOf);
  if (!day.ok) return day;
  return success(keep(context, assessFund(context.connection, day.value)));
}

function keep(context: UseCaseContext, assessment: Assessment): KeptAssessment {
  const kept = { uuid: newRecordId(), computedAt: context.call.at, recordedBy: actorName(context), assessment };
  const id = keepAssessment(context.connection, kept);
  context.audit({ entity: 'certification-assessment', entityId: id, after: { uuid: kept.uuid, asOf: assessment.asOf } });
  return { id, asOf: assessment.asOf, ...kept };
}

export function certificationHistory(context: UseCaseContext): Result<CertificationHistory> {
  return success({ items: listKeptAssessments(context.connection) });
}

export function keptCertification(context: UseCaseContext, input: { assessmentId: number }): Result<KeptAssessment> {
  return keptById(context.connection, input.assessmentId);
}

function keptById(connection: Connection, id: number): Result<KeptAssessment> {
  const kept = findKeptAssessment(connection, id);
  return kept ? success(kept) : failure('certification-assessment-not-found', 'assessmentId', { id });
}

export function certificationSettings(context: UseCaseContext): Result<CertificationSettings> {
  return success(readCertificationSettings(context.connection));
}

/** The thresholds and the coordinator, saved over the version read; a phone with no name is refused on the name. */
export function updateCertificationSettings(
  context: UseCaseContext,
  input: z.output<typeof certificationSettingsInput>,
): Result<CertificationSettings> {
  const before = readCertificationSettings(context.connection);
  if (before.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  if (input.coordinatorName === '' && input.coordinatorPhone !== '')
    return failure('certification-coordinator-name-required', 'coordinatorName');
  const { expectedVersion: _expected, ...values } = input;
  const after = { ...values, version: before.version + 1 };
  saveCertificationSettings(context.connection, after);
  context.audit({ entity: 'certification-settings', entityId: 1, before, after });
  return success(readCertificationSettings(context.connection));
}

/**
 * The certification report on A4 or in Excel: a kept assessment as it was, or a live one, kept in the history
 * first (a fund opened read-only cannot keep it; its report still goes out, marked as not kept).
 */
export async function exportCertification(
  context: JobUseCaseContext,
  input: { asOf?: string | undefined; assessmentId?: number | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  if (input.asOf !== undefined && input.assessmentId !== undefined) return failure('certification-one-source', 'assessmentId');
  let kept: KeptAssessment | null;
  let assessment: Assessment;
  if (input.assessmentId !== undefined) {
    const found = keptById(connection, input.assessmentId);
    if (!found.ok) return found;
    kept = found.value;
    assessment = kept.assessment;
  } else {
    const day = assessedDay(context, input.asOf);
    if (!day.ok) return day;
    assessment = assessFund(connection, day.value);
    kept = keepLive(context, assessment);
  }
  const document = certificationDocument({
    fund: readFundProfile(connection),
    assessment,
    kept,
    signers: documentSigners(connection, assessment.asOf),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.certification', { date: fileDate(assessment.asOf) });
  return success(await produce(context, document, name, input.format));
}

function keepLive(context: JobUseCaseContext, assessment: Assessment): KeptAssessment | null {
  try {
    const kept = context.commit(() => success(keep(context, assessment)));
    return kept.ok ? kept.value : null;
  } catch {
    // Read-only: nothing to keep into.
    return null;
  }
}
