import type { z } from 'zod';
import type { addCommitteeSeatInput, addCommitteeTermInput, endCommitteeSeatInput } from '../../../shared/api/committee-schemas';
import type { CommitteeOverview, CommitteeSeat, CommitteeSettings, CommitteeTerm } from '../../../shared/api/committee-types';
import { checkNewTerm, checkSeatDays, termOn, type SeatDays } from '../../../shared/domain/committee/committee';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import {
  endCommitteeSeat,
  findCommitteeSeat,
  insertCommitteeSeat,
  insertCommitteeTerm,
  listCommitteeTerms,
  readCommitteeSettings,
  saveCommitteeSettings,
} from '../db/repositories/committee-repository';
import { findMemberRow } from '../db/repositories/member-repository';
import { villageExists } from '../db/repositories/village-repository';
import { newRecordId } from '../db/record-ids';
import { readFund, readFundProfile } from '../db/repositories/fund-repository';
import { committeeListDocument } from '../files/reports/committee-document';
import { documentText } from '../messages';
import { committeeOfTerm, documentSigners } from '../steps/committee';
import { citeResolution } from '../steps/resolution-citations';
import { fileDate, produce } from '../steps/produced-files';
import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import type { JobUseCaseContext, UseCaseContext } from './use-case-context';

type SeatInput = z.output<typeof addCommitteeSeatInput>;

/** The committee page: the setting, every term with its seats (ended ones kept), and the term running today. */
export function committeeOverview(context: UseCaseContext): Result<CommitteeOverview> {
  const today = context.clock.today();
  const terms = listCommitteeTerms(context.connection);
  return success({
    settings: readCommitteeSettings(context.connection),
    terms,
    currentTermId: termOn(terms, today)?.id ?? null,
    today,
  });
}

/** A new term (ชุดที่): its number is new and it shares no day with another term. */
export function addCommitteeTerm(context: UseCaseContext, input: z.output<typeof addCommitteeTermInput>): Result<CommitteeTerm> {
  const { connection, clock } = context;
  const checked = checkNewTerm(listCommitteeTerms(connection), input);
  if (!checked.ok) return checked;
  // A term appointed before the fund kept its meetings in the app is entered from paper, in words.
  const citation = citeResolution(connection, {
    resolutionId: input.appointedByResolutionId,
    field: 'appointedByResolutionId',
    kind: 'committee-appointment',
    decisions: ['approved'],
    targetId: null,
    takesEffectOn: input.startsOn,
    settingApplies: input.startsOn >= readFund(connection).openedOn,
  });
  if (!citation.ok) return citation;
  const term = { ...input, appointedBy: citation.value?.reference ?? input.appointedBy };
  const id = insertCommitteeTerm(connection, { ...term, uuid: newRecordId(), createdAt: clock.now() });
  context.audit({ entity: 'committee-term', entityId: id, after: term });
  return termById(connection, id);
}

const daysOf = (seat: CommitteeSeat): SeatDays => ({
  id: seat.id,
  position: seat.position,
  name: seat.fullName,
  memberId: seat.memberId,
  startsOn: seat.startsOn,
  endsOn: seat.endsOn,
});

/**
 * A seat for a member of the register or an outsider by name (refused when the fund's bylaw setting requires
 * membership), within its term's days, and never a second holder of the chair, the secretary or the treasurer
 * on any day.
 */
export function addCommitteeSeat(context: UseCaseContext, input: SeatInput): Result<CommitteeSeat> {
  const { connection, clock } = context;
  const term = listCommitteeTerms(connection).find((candidate) => candidate.id === input.termId);
  if (!term) return failure('committee-term-not-found', 'termId');
  const person = checkPerson(connection, input);
  if (!person.ok) return person;
  if (input.villageId !== null && !villageExists(connection, input.villageId)) return failure('village-not-found', 'villageId');
  const days = checkSeatDays(term, term.seats.map(daysOf), {
    id: 0,
    position: input.position,
    name: person.value,
    memberId: input.memberId,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
  });
  if (!days.ok) return days;
  const outsiderName = input.memberId === null ? input.outsiderName : '';
  const id = insertCommitteeSeat(connection, { ...input, outsiderName, uuid: newRecordId(), createdAt: clock.now() });
  context.audit({ entity: 'committee-seat', entityId: id, after: { ...input, outsiderName } });
  const seat = findCommitteeSeat(connection, id);
  return seat ? success(seat) : failure('committee-seat-not-found', 'seatId');
}

/** The name the seat is held by: a member of the register (on the seat's first day, when the bylaw requires it) or an outsider. */
function checkPerson(connection: Connection, input: SeatInput): Result<string> {
  const { seatsMustBeMembers } = readCommitteeSettings(connection);
  if (input.memberId === null) {
    if (input.outsiderName === '') return failure('committee-seat-person-required', 'outsiderName');
    if (seatsMustBeMembers) return failure('committee-seat-not-member', 'outsiderName', { name: input.outsiderName });
    return success(input.outsiderName);
  }
  if (input.outsiderName !== '') return failure('committee-seat-one-person', 'outsiderName');
  const member = findMemberRow(connection, input.memberId);
  if (!member || member.void) return failure('member-not-found', 'memberId');
  const name = `${member.title}${member.firstName} ${member.lastName}`;
  const isMemberThen = member.approvedOn <= input.startsOn && (member.status === 'active' || member.statusSince >= input.startsOn);
  if (seatsMustBeMembers && !isMemberThen) return failure('committee-seat-not-member', 'memberId', { name });
  return success(name);
}

/** Ends a seat on a day within its term (a chair replaced: this seat ends, the next begins the day after). */
export function endCommitteeSeatUseCase(context: UseCaseContext, input: z.output<typeof endCommitteeSeatInput>): Result<CommitteeSeat> {
  const { connection, clock } = context;
  const seat = findCommitteeSeat(connection, input.seatId);
  if (!seat) return failure('committee-seat-not-found', 'seatId');
  if (seat.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  const term = listCommitteeTerms(connection).find((candidate) => candidate.id === seat.termId);
  if (!term) return failure('committee-term-not-found', 'seatId');
  const days = checkSeatDays(term, term.seats.map(daysOf), { ...daysOf(seat), endsOn: input.endsOn });
  if (!days.ok) return days;
  endCommitteeSeat(connection, {
    id: seat.id,
    endsOn: input.endsOn,
    endReason: input.reason,
    version: seat.version + 1,
    updatedAt: clock.now(),
  });
  context.audit({
    entity: 'committee-seat',
    entityId: seat.id,
    before: { endsOn: seat.endsOn, endReason: seat.endReason },
    after: { endsOn: input.endsOn, endReason: input.reason },
  });
  const ended = findCommitteeSeat(connection, seat.id);
  return ended ? success(ended) : failure('committee-seat-not-found', 'seatId');
}

/** The bylaw setting on who may sit; ended seats stay as recorded, and no outsider may still sit when it is turned on. */
export function updateCommitteeSettings(context: UseCaseContext, input: CommitteeSettings): Result<CommitteeSettings> {
  const before = readCommitteeSettings(context.connection);
  if (input.seatsMustBeMembers && !before.seatsMustBeMembers) {
    // Requiring membership while an outsider sits (today or later) would leave a seat the bylaw refuses: end it first.
    const today = context.clock.today();
    const outsider = listCommitteeTerms(context.connection)
      .flatMap((term) => term.seats.map((seat) => ({ seat, lastDay: seat.endsOn ?? term.endsOn })))
      .find(({ seat, lastDay }) => seat.memberId === null && lastDay >= today)?.seat;
    if (outsider)
      return failure('committee-outsider-seated', 'seatsMustBeMembers', { name: outsider.fullName, position: outsider.position });
  }
  saveCommitteeSettings(context.connection, input);
  context.audit({ entity: 'committee-settings', entityId: 1, before, after: input });
  return success(readCommitteeSettings(context.connection));
}

function termById(connection: Connection, id: number): Result<CommitteeTerm> {
  const term = listCommitteeTerms(connection).find((candidate) => candidate.id === id);
  return term ? success(term) : failure('committee-term-not-found', 'termId');
}

/**
 * The committee list (status form §8's shape) as an A4 PDF or an Excel workbook: the chosen term, else the one
 * running on the day (today unless given), with the seats holding office on that day.
 */
export async function exportCommittee(
  context: JobUseCaseContext,
  input: { termId?: number | undefined; asOf?: string | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const day = input.asOf ?? clock.today();
  const terms = listCommitteeTerms(connection);
  const term = input.termId === undefined ? termOn(terms, day) : terms.find((candidate) => candidate.id === input.termId);
  if (!term) return input.termId === undefined ? failure('committee-no-term', 'asOf') : failure('committee-term-not-found', 'termId');
  const committee = committeeOfTerm(term, day);
  const document = committeeListDocument({
    fund: readFundProfile(connection),
    committee,
    signers: documentSigners(connection, committee.day),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.committee', { termNo: term.termNo, date: fileDate(committee.day) });
  return success(await produce(context, document, name, input.format));
}
