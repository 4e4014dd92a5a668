import type { z } from 'zod';
import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import type { lapseProposalsInput, recordLapsesInput } from '../../../shared/api/lapse-schemas';
import type { LapseProposalList, LapseSettings, RecordedLapses } from '../../../shared/api/lapse-types';
import { success, type Result } from '../../../shared/domain/result';
import { readFundProfile } from '../db/repositories/fund-repository';
import { readLapseProposalMonths, writeLapseProposalMonths } from '../db/repositories/lapse-repository';
import { findVillage } from '../db/repositories/village-repository';
import { lapseProposalsDocument } from '../files/reports/lapse-proposals-document';
import { documentText, villageLabel } from '../messages';
import { documentSigners } from '../steps/committee';
import { lapseProposalsOf } from '../steps/lapse-proposals';
import { lapseDays, recordLapse } from '../steps/lapses';
import { fileDate, produce } from '../steps/produced-files';
import type { JobUseCaseContext, UseCaseContext } from './use-case-context';

type ProposalsInput = z.output<typeof lapseProposalsInput>;
type RecordInput = z.output<typeof recordLapsesInput>;

export function lapseSettings(context: UseCaseContext): Result<LapseSettings> {
  return success({ proposalMonths: readLapseProposalMonths(context.connection) });
}

/** How many overdue months put a member on the list; the list changes with it, nobody's status does. */
export function setLapseSettings(context: UseCaseContext, input: LapseSettings): Result<LapseSettings> {
  const before = readLapseProposalMonths(context.connection);
  writeLapseProposalMonths(context.connection, input.proposalMonths);
  context.audit({
    entity: 'fund',
    entityId: 1,
    before: { lapseProposalMonths: before },
    after: { lapseProposalMonths: input.proposalMonths },
  });
  return success({ proposalMonths: input.proposalMonths });
}

export function lapseProposals(context: UseCaseContext, input: ProposalsInput): Result<LapseProposalList> {
  return success(lapseProposalsOf(context.connection, { asOf: input.asOf ?? context.clock.today(), villageId: input.villageId }));
}

/**
 * The committee's decision recorded for the members it lapsed, all or none: each is checked as a single lapse
 * is (steps/lapses.ts), and the first refusal names the member's place in the list.
 */
export function recordLapses(context: UseCaseContext, input: RecordInput): Result<RecordedLapses> {
  const { connection } = context;
  const decision = { ...input };
  const shared = { resolution: 'resolutionId', effectiveOn: 'effectiveOn', meetingRef: 'meetingRef' };
  const days = lapseDays(connection, decision, { ...shared, member: 'memberIds', transition: 'memberIds' });
  if (!days.ok) return days;
  let meetingRef = input.meetingRef;
  for (const [index, memberId] of input.memberIds.entries()) {
    const field = `memberIds.${index}`;
    const lapsed = recordLapse(context, memberId, decision, days.value, { ...shared, member: field, transition: field });
    if (!lapsed.ok) return lapsed;
    meetingRef = lapsed.value;
  }
  return success({ memberIds: input.memberIds, effectiveOn: days.value.effectiveOn, meetingRef });
}

/** The proposals as A4 PDF or Excel for the committee's meeting. */
export async function exportLapseProposals(
  context: JobUseCaseContext,
  input: ProposalsInput & { format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const asOf = input.asOf ?? clock.today();
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const list = lapseProposalsOf(connection, { asOf, villageId: input.villageId });
  const village = input.villageId ? findVillage(connection, input.villageId) : undefined;
  const place = input.villageId === undefined ? null : village ? villageLabel(village) : documentText('documents.arrears.noVillage');
  const document = lapseProposalsDocument({
    fund: readFundProfile(connection),
    list,
    place,
    signers: documentSigners(connection, clock.today()),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.lapseProposals', { village: place === null ? '' : ` ${place}`, date: fileDate(asOf) });
  return success(await produce(context, document, name, input.format));
}
