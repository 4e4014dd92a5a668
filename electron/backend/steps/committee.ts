import type { CommitteeRecords, CommitteeSeat, CommitteeTerm } from '../../../shared/api/committee-types';
import type { PrintSettings, SignerRole } from '../../../shared/api/printing-types';
import { fiscalYearPeriods, lastDayOfPeriod } from '../../../shared/domain/calendar-date';
import { committeeDayOf, communityRoles, seatsOn, termOn, type CommitteePosition } from '../../../shared/domain/committee/committee';
import type { Connection } from '../db/execute';
import { listCommitteeTerms } from '../db/repositories/committee-repository';
import { readFund } from '../db/repositories/fund-repository';
import { readPrintSettings } from '../db/repositories/print-settings-repository';
import { documentText, villageLabel } from '../messages';

/** The committee as it stood on a day: the term running then and the seats holding office that day. */
export type CommitteeOnDay = { day: string; term: CommitteeTerm; seats: CommitteeSeat[] };

const daysOf = (seat: CommitteeSeat) => ({ ...seat, name: seat.fullName });

export function committeeOn(connection: Connection, day: string): CommitteeOnDay | undefined {
  const term = termOn(listCommitteeTerms(connection), day);
  if (!term) return undefined;
  return { day, term, seats: seatsOn(term, term.seats.map(daysOf), day) };
}

/**
 * The committee list a term prints: the term's seats on `day` when it runs then; a term already over prints as it
 * stood on its last day, one not yet begun as on its first.
 */
export function committeeOfTerm(term: CommitteeTerm, day: string): CommitteeOnDay {
  const shown = day < term.startsOn ? term.startsOn : day > term.endsOn ? term.endsOn : day;
  return { day: shown, term, seats: seatsOn(term, term.seats.map(daysOf), shown) };
}

/** The office in the fund as papers print it (ประธาน, เหรัญญิก …). */
export const positionText = (position: CommitteePosition) => documentText(`committee.positions.${position}`);

/** The role in the community as status form §8.2 prints it: "ผู้แทนสมาชิก หมู่ 4 บ้านหนองบัว", then any words typed beside it. */
export function communityRoleText(seat: Pick<CommitteeSeat, 'communityRole' | 'village' | 'roleNote'>): string {
  const role = documentText(`committee.roles.${seat.communityRole}`);
  return [role, seat.village ? villageLabel(seat.village) : '', seat.roleNote].filter((part) => part !== '').join(' ');
}

/** A fiscal year's committee for status form §8, when the fund has a term within the year; the typed answers stand otherwise. */
export function committeeRecordsOf(connection: Connection, fiscalYear: number, today: string): CommitteeRecords | null {
  const fund = readFund(connection);
  const periods = fiscalYearPeriods(fiscalYear, fund.fiscalYearStartMonth);
  const yearStart = `${periods[0] ?? today.slice(0, 7)}-01`;
  const yearEnd = lastDayOfPeriod(periods[periods.length - 1] ?? today.slice(0, 7));
  const asOf = yearEnd < today ? yearEnd : today;
  const terms = listCommitteeTerms(connection);
  const day = committeeDayOf(terms, yearStart, asOf);
  const committee = day === undefined ? undefined : termOn(terms, day);
  if (day === undefined || !committee) return null;
  const seats = seatsOn(committee, committee.seats.map(daysOf), day);
  const others = seats.filter((seat) => seat.communityRole === 'other' && seat.roleNote !== '').map((seat) => seat.roleNote);
  return {
    day,
    termNo: committee.termNo,
    answers: {
      memberCount: seats.length,
      composition: communityRoles.filter((role) => seats.some((seat) => seat.communityRole === role)),
      compositionOther: [...new Set(others)].join(', '),
      members: seats.map((seat) => ({
        fullName: seat.fullName,
        fundPosition: positionText(seat.position),
        communityRole: communityRoleText(seat),
        phone: seat.phone,
      })),
    },
  };
}

/** The office each signer's block stands for. The checker is not an office of one holder, so it is never filled from the committee. */
const signerPositions: Partial<Record<SignerRole, CommitteePosition>> = { chair: 'chair', treasurer: 'treasurer', secretary: 'secretary' };

/** The names the committee records give the signers today: the holder of each single office on the day. */
export function committeeSignerNames(connection: Connection, day: string): Partial<Record<SignerRole, string>> {
  const committee = committeeOn(connection, day);
  const names: Partial<Record<SignerRole, string>> = {};
  for (const [role, position] of Object.entries(signerPositions) as [SignerRole, CommitteePosition][]) {
    const holder = committee?.seats.find((seat) => seat.position === position);
    if (holder) names[role] = holder.fullName;
  }
  return names;
}

/**
 * Who signs the fund's papers printed on `day`: a name the treasurer typed in the print settings wins; an office
 * left blank there is signed by whoever holds it on the committee that day; otherwise a blank bracket.
 */
export function documentSigners(connection: Connection, day: string): PrintSettings['signers'] {
  const { signers } = readPrintSettings(connection);
  const fromCommittee = committeeSignerNames(connection, day);
  const filled = { ...signers };
  for (const [role, name] of Object.entries(fromCommittee) as [SignerRole, string][]) {
    if (filled[role].fullName === '') filled[role] = { ...filled[role], fullName: name };
  }
  return filled;
}
