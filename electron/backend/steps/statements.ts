import type { ArrearsList, ArrearsPlace, ArrearsRow, MemberStatement } from '../../../shared/api/fund-types';
import { periodIndex } from '../../../shared/domain/calendar-date';
import { duesStartPeriod, memberArrears, monthStates, overdueHorizon } from '../../../shared/domain/contributions/periods';
import { priceForMonths, rateInForce } from '../../../shared/domain/contributions/plan';
import { sumSatang } from '../../../shared/domain/money/satang';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { membersInArrears } from '../db/repositories/arrears-repository';
import { listPlanRates, readFund } from '../db/repositories/fund-repository';
import { findMemberRow, statusEventsByMember } from '../db/repositories/member-repository';
import { memberReceipts, type ReceiptRecord } from '../db/repositories/receipt-repository';
import { loadMemberFacts, quickMemberFacts } from './member-facts';
import { receiptFromRecord } from './receipts';

/** Receipt numbers for the months whose receipt is among those read in full. */
function receiptNumbers(
  receiptIdByPeriod: ReadonlyMap<string, number>,
  receipts: readonly { record: ReceiptRecord }[],
): Map<string, string> {
  const numbers = new Map(receipts.map(({ record }) => [record.id, record.receiptNo]));
  const byPeriod = new Map<string, string>();
  for (const [period, receiptId] of receiptIdByPeriod) {
    const number = numbers.get(receiptId);
    if (number !== undefined) byPeriod.set(period, number);
  }
  return byPeriod;
}

/** How many of the latest receipts a statement carries in full (the month grid covers all of them). */
const statementReceipts = 24;

/** One member's passbook as of a day: the month grid, the latest receipts, what is overdue. */
export function loadMemberStatement(connection: Connection, memberId: number, asOf: string): Result<MemberStatement> {
  const fund = readFund(connection);
  const loaded = loadMemberFacts(connection, memberId, fund.openedOn);
  if (!loaded) return failure('member-not-found', 'memberId');
  const arrears = memberArrears(loaded.facts, asOf);
  const latest = memberReceipts(connection, memberId, statementReceipts);
  return success({
    memberId,
    duesStart: duesStartPeriod(loaded.facts),
    arrearsMonths: arrears.count,
    overduePeriods: arrears.overdue,
    nextUnpaid: arrears.nextUnpaid,
    months: monthStates(loaded.facts, asOf, receiptNumbers(loaded.receiptIdByPeriod, latest.receipts)),
    receipts: latest.receipts.map((item) => receiptFromRecord(fund, item.record, item)),
    receiptTotal: latest.total,
  });
}

/** What `months` overdue cost at the plan in force on the day (a bundle price when one fits exactly). */
export function owedFor(connection: Connection, months: number, asOf: string): number {
  const rate = rateInForce(listPlanRates(connection), asOf);
  return rate && months > 0 ? priceForMonths(rate, months) : 0;
}

export type ArrearsQuery = { minMonths: number; asOf: string; moo?: number | undefined };

/**
 * The fund's arrears list as of a day, most behind first then in Thai dictionary order, with the totals and the
 * villages of the whole list. `detail` fills in the oldest unpaid month of the rows asked for (a page, or every
 * row for a printed list): it reads each member's months, so a page only does it for its own rows.
 */
export function arrearsListing(
  connection: Connection,
  query: ArrearsQuery,
  window: { offset: number; limit: number },
): Omit<ArrearsList, 'offset'> {
  const horizon = overdueHorizon(query.asOf);
  const behind = membersInArrears(connection, horizon, periodIndex(horizon), query.minMonths);
  const rate = rateInForce(listPlanRates(connection), query.asOf);
  const everyone = [...behind.entries()].flatMap(([memberId, arrearsMonths]) => {
    const row = findMemberRow(connection, memberId);
    return row ? [{ row, arrearsMonths, owedSatang: rate ? priceForMonths(rate, arrearsMonths) : 0 }] : [];
  });
  const places = new Map<string, ArrearsPlace>();
  for (const { row } of everyone) {
    const key = `${row.moo ?? ''}|${row.village}`;
    const place = places.get(key) ?? { moo: row.moo, village: row.village, members: 0 };
    place.members += 1;
    places.set(key, place);
  }
  const rows = query.moo === undefined ? everyone : everyone.filter(({ row }) => (row.moo ?? 0) === query.moo);
  rows.sort(
    (left, right) =>
      right.arrearsMonths - left.arrearsMonths ||
      (left.row.sortKey < right.row.sortKey ? -1 : left.row.sortKey > right.row.sortKey ? 1 : left.row.id - right.row.id),
  );
  const openedOn = readFund(connection).openedOn;
  const events = statusEventsByMember(connection);
  const detailed = rows.slice(window.offset, window.offset + window.limit).map(({ row, arrearsMonths, owedSatang }): ArrearsRow => {
    const facts = quickMemberFacts(connection, row, events.get(row.id) ?? [], openedOn).facts;
    return {
      memberId: row.id,
      memberNo: row.memberNo,
      fullName: `${row.title}${row.firstName} ${row.lastName}`,
      moo: row.moo,
      village: row.village,
      arrearsMonths,
      oldestUnpaid: memberArrears(facts, query.asOf).overdue[0] ?? horizon,
      owedSatang,
    };
  });
  return {
    total: rows.length,
    rows: detailed,
    totals: {
      members: rows.length,
      months: rows.reduce((sum, row) => sum + row.arrearsMonths, 0),
      owedSatang: sumSatang(rows.map((row) => row.owedSatang)),
    },
    places: [...places.values()].sort((left, right) => (left.moo ?? 0) - (right.moo ?? 0) || (left.village < right.village ? -1 : 1)),
  };
}
