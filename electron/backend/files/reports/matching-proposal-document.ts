import type { FundProfile } from '../../../../shared/api/fund-types';
import type { MatchingProposal } from '../../../../shared/api/grant-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import type { DocumentModel, DocumentTable } from '../../../../shared/domain/documents/document-model';
import { matchingTimesLimit } from '../../../../shared/domain/matching/eligibility';
import { proposalWelfareTypesMinimum } from '../../../../shared/domain/matching/proposal';
import { formatBaht } from '../../../../shared/domain/money/money-format';
import { documentText } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

export type MatchingProposalInput = {
  readonly fund: FundProfile;
  readonly proposal: MatchingProposal;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.proposal.${key}`, params);
const passes = (ok: boolean) => text(ok ? 'meets' : 'notYet');

function criteriaTable(input: MatchingProposalInput): DocumentTable {
  const { proposal, fund } = input;
  const { criteria } = proposal;
  return {
    name: text('criteriaTable'),
    columns: [
      { header: text('criterion'), kind: 'text', width: 3 },
      { header: text('fundData'), kind: 'text', width: 3.4 },
      { header: text('result'), kind: 'text', width: 1.2, align: 'center' },
    ],
    rows: [
      {
        cells: [
          text('criteria.operating'),
          text('criteria.operatingData', { date: formatDate(fund.foundedOn, 'th', 'long'), years: criteria.yearsOperating }),
          passes(criteria.operatingAYear),
        ],
      },
      {
        cells: [
          text('criteria.members'),
          text('criteria.membersData', { eligible: proposal.eligibility.counts.eligible, members: proposal.eligibility.counts.members }),
          passes(proposal.eligibility.counts.eligible > 0),
        ],
      },
      {
        cells: [
          text(fund.level === 'tambon' ? 'criteria.coverageTambon' : 'criteria.coverageMunicipality', {
            percent: criteria.coverageThreshold,
          }),
          text('criteria.coverageData', {
            covered: criteria.villagesCovered,
            villages: criteria.villagesInRegister,
            percent: criteria.coveragePercent,
          }),
          passes(criteria.meetsCoverage),
        ],
      },
      {
        cells: [
          text('criteria.welfare', { minimum: proposalWelfareTypesMinimum }),
          text('criteria.welfareData', { types: criteria.welfareTypesPaid }),
          passes(criteria.meetsWelfareTypes),
        ],
      },
    ],
    emptyText: '',
  };
}

const place = (moo: number | null, village: string) =>
  moo === null ? village || text('noVillage') : text('village', { moo, village }).trim();

/**
 * The matching-grant proposal (แบบเสนอเพื่อรับการสนับสนุนกองทุนสวัสดิการชุมชน, domain §(a)3) filled from the data:
 * the fund's facts, the criteria the data can show, members by eligibility at the round's 30 September by
 * village and age group, welfare paid by type since founding, the rounds before, and the amount asked for.
 * The parts only the committee can write (highlights, the sustainability plan) are left to the paper.
 */
export function matchingProposalDocument(input: MatchingProposalInput): DocumentModel {
  const { proposal } = input;
  const counts = proposal.eligibility.counts;
  const cutoff = formatDate(proposal.eligibility.cutoff, 'th', 'long');
  return {
    title: text('title'),
    headings: [...fundHeadings(input.fund, proposal.preparedOn), text('round', { roundNo: proposal.roundNo, cutoff })],
    facts: [
      { label: text('foundedOn'), value: input.fund.foundedOn, kind: 'date' },
      { label: text('currentMembers'), value: proposal.currentMembers, kind: 'count' },
      { label: text('membersAtCutoff', { cutoff }), value: counts.members, kind: 'count' },
      { label: text('eligible'), value: counts.eligible, kind: 'count' },
      { label: text('underAYear'), value: counts.underAYear, kind: 'count' },
      { label: text('matchedOut', { limit: matchingTimesLimit }), value: counts.matchedOut, kind: 'count' },
      { label: text('rate'), value: proposal.ratePerMemberSatang, kind: 'money' },
      { label: text('amountAsked'), value: proposal.amountAskedSatang, kind: 'money' },
    ],
    tables: [
      criteriaTable(input),
      {
        name: text('byVillageTable'),
        columns: [
          { header: text('place'), kind: 'text', width: 3 },
          { header: text('membersShort'), kind: 'count', width: 1.2 },
          { header: text('eligibleShort'), kind: 'count', width: 1.2 },
          { header: text('underAYearShort'), kind: 'count', width: 1.2 },
          { header: text('matchedOutShort'), kind: 'count', width: 1.2 },
        ],
        rows: proposal.eligibility.byVillage.map((row) => ({
          cells: [place(row.moo, row.village), row.members, row.eligible, row.underAYear, row.matchedOut],
        })),
        totals: [text('total'), counts.members, counts.eligible, counts.underAYear, counts.matchedOut],
        emptyText: text('noMembers'),
      },
      {
        name: text('byAgeTable'),
        columns: [
          { header: text('ageBand'), kind: 'text', width: 3 },
          { header: text('membersShort'), kind: 'count', width: 1.2 },
          { header: text('eligibleShort'), kind: 'count', width: 1.2 },
          { header: text('underAYearShort'), kind: 'count', width: 1.2 },
          { header: text('matchedOutShort'), kind: 'count', width: 1.2 },
        ],
        rows: proposal.eligibility.byAge.map((row) => ({
          cells: [documentText(`documents.matching.ages.${row.band}`), row.members, row.eligible, row.underAYear, row.matchedOut],
        })),
        totals: [text('total'), counts.members, counts.eligible, counts.underAYear, counts.matchedOut],
        emptyText: text('noMembers'),
      },
      {
        name: text('welfareTable'),
        columns: [
          { header: text('line'), kind: 'count', width: 0.6, align: 'center' },
          { header: text('welfareType'), kind: 'text', width: 3.4 },
          { header: text('persons'), kind: 'count', width: 1.2 },
          { header: text('amount'), kind: 'money', width: 1.6 },
        ],
        rows: proposal.welfareTypes.map((type, index) => ({ cells: [index + 1, type.nameTh, type.persons, type.amountSatang] })),
        totals:
          proposal.welfareTypes.length > 0
            ? [null, text('total'), proposal.welfareTotal.persons, proposal.welfareTotal.amountSatang]
            : undefined,
        emptyText: text('noWelfare'),
      },
      {
        name: text('roundsTable'),
        columns: [
          { header: text('roundNo'), kind: 'text', width: 0.8, align: 'center' },
          { header: text('cutoff'), kind: 'date', width: 1.6 },
          { header: text('membersCounted'), kind: 'count', width: 1.4 },
          { header: text('amount'), kind: 'money', width: 1.6 },
        ],
        rows: proposal.pastRounds.map((round) => ({
          cells: [String(round.roundNo), round.cutoff, round.membersCounted, round.amountSatang],
        })),
        totals: proposal.pastRounds.length > 0 ? [text('total'), null, null, proposal.pastRoundsTotalSatang] : undefined,
        emptyText: text('noRounds'),
      },
    ],
    notes: [
      text('amountNote', {
        eligible: counts.eligible,
        rate: formatBaht(proposal.ratePerMemberSatang),
        amount: formatBaht(proposal.amountAskedSatang),
      }),
      text('declaration'),
    ],
    signatures: [
      signatureOf(input.signers, 'chair'),
      { role: text('committeeMember') },
      { role: text('committeeMember') },
      { role: text('committeeMember') },
      { role: text('committeeMember') },
      { role: text('localExecutive') },
    ],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name }) },
    orientation: 'portrait',
  };
}
