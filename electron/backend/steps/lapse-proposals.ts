import type { LapseProposalList } from '../../../shared/api/lapse-types';
import { isActiveOn } from '../../../shared/domain/members/lapses';
import type { Connection } from '../db/execute';
import { lastPaymentOn, readLapseProposalMonths } from '../db/repositories/lapse-repository';
import { statusEventsByMember } from '../db/repositories/member-repository';
import { behindTotals, listedMember, membersBehindListed } from './statements';

/**
 * The members the committee is asked to consider for a lapse as of a day (Decision 8): those active then (a
 * member who already left is not proposed, whatever she still owes) and at least the fund's number of months
 * behind, read through the arrears list's fast path; each with her last payment by then.
 */
export function lapseProposalsOf(connection: Connection, query: { asOf: string; villageId?: number | undefined }): LapseProposalList {
  const proposalMonths = readLapseProposalMonths(connection);
  const events = statusEventsByMember(connection);
  const { rows, places } = membersBehindListed(connection, { ...query, minMonths: proposalMonths }, (row) =>
    isActiveOn(row.approvedOn, events.get(row.id) ?? [], query.asOf),
  );
  return {
    asOf: query.asOf,
    proposalMonths,
    rows: rows.map(({ row, arrearsMonths, owedSatang }) => ({
      ...listedMember(row),
      arrearsMonths,
      owedSatang,
      lastPaidOn: lastPaymentOn(connection, row.id, query.asOf),
    })),
    places,
    totals: behindTotals(rows),
  };
}
