import type { ArrearsList, ArrearsPlace, ArrearsRow, MemberStatement, StatementReceipt } from '../../../shared/api/fund-types';
import { countedOn, duesFactsAsOf } from '../../../shared/domain/contributions/arrears';
import { duesStartPeriod, memberArrears, monthStates, overdueHorizon } from '../../../shared/domain/contributions/periods';
import { priceForMonths, rateInForce } from '../../../shared/domain/contributions/plan';
import { sumSatang } from '../../../shared/domain/money/satang';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { findArrearsMember, type ArrearsMember } from '../db/repositories/arrears-repository';
import { fundDues, listPlanRates, readFund } from '../db/repositories/fund-repository';
import { statusEventsByMember } from '../db/repositories/member-repository';
import { duesFactsOnDay, membersBehind, type MemberBehind } from './arrears';
import { loadMemberHistory, quickMemberFacts } from './member-facts';

/** How many of the latest receipts a statement lists (the month grid covers all of them). */
const statementReceipts = 24;

/**
 * One member's passbook as of a day (Decision 7): the month grid, the latest receipts, what is overdue, all as
 * the fund stood at the end of that day — receipts received later are not on it, and a void made later does not
 * show. Read from the member's own ranges (member_receipts, the months index) and nothing else: a few pages,
 * even the first time after the fund file is opened.
 */
export function loadMemberStatement(connection: Connection, memberId: number, asOf: string): Result<MemberStatement> {
  const fund = readFund(connection);
  const loaded = loadMemberHistory(connection, memberId);
  if (!loaded) return failure('member-not-found', 'memberId');
  const facts = duesFactsAsOf(loaded.history, fundDues(fund), asOf);
  const arrears = memberArrears(facts, asOf);
  const received = loaded.receipts.filter((receipt) => receipt.receivedOn <= asOf);
  const numbers = new Map(received.map((receipt) => [receipt.receiptId, receipt.receiptNo]));
  const periods = new Map<number, string[]>();
  const receiptNoByPeriod = new Map<string, string>();
  for (const month of loaded.history.paidMonths) {
    // A month of memo history has no receipt of the app: it shows as paid, without a number.
    if (month.receiptId === null) continue;
    periods.set(month.receiptId, [...(periods.get(month.receiptId) ?? []), month.period]);
    const number = numbers.get(month.receiptId);
    if (number !== undefined && countedOn(month, asOf)) receiptNoByPeriod.set(month.period, number);
  }
  const latest = received.slice(-statementReceipts).reverse();
  return success({
    memberId,
    duesStart: duesStartPeriod(facts),
    arrearsMonths: arrears.count,
    overduePeriods: arrears.overdue,
    nextUnpaid: arrears.nextUnpaid,
    months: monthStates(facts, asOf, receiptNoByPeriod),
    receipts: latest.map((receipt): StatementReceipt => ({
      id: receipt.receiptId,
      receiptNo: receipt.receiptNo,
      receivedOn: receipt.receivedOn,
      periods: (periods.get(receipt.receiptId) ?? []).sort(),
      totalSatang: receipt.totalSatang,
      hasEntryFee: receipt.hasEntryFee,
      void: receipt.void && receipt.void.voidedOn <= asOf ? receipt.void : null,
    })),
    receiptTotal: received.length,
  });
}

/** What `months` overdue cost at the plan in force on the day (a bundle price when one fits exactly). */
export function owedFor(connection: Connection, months: number, asOf: string): number {
  const rate = rateInForce(listPlanRates(connection), asOf);
  return rate && months > 0 ? priceForMonths(rate, months) : 0;
}

export type ArrearsQuery = { minMonths: number; asOf: string; villageId?: number | undefined };

/** A member behind on the day with her line of the list, what her overdue months cost, and how the step found her. */
export type BehindMember = { row: ArrearsMember; member: MemberBehind; arrearsMonths: number; owedSatang: number };

/**
 * Every member at least `minMonths` behind as of a day whom `keep` keeps, most behind first then in Thai
 * dictionary order, narrowed to the village asked for; `places` are the villages of the whole list, in หมู่ order
 * with communities without a หมู่ after them and members with no village last.
 */
export function membersBehindListed(
  connection: Connection,
  query: ArrearsQuery,
  keep: (row: ArrearsMember) => boolean = () => true,
): { rows: BehindMember[]; places: ArrearsPlace[] } {
  const fund = readFund(connection);
  const behind = membersBehind(connection, fundDues(fund), query.asOf, query.minMonths);
  const rate = rateInForce(listPlanRates(connection), query.asOf);
  const everyone = [...behind.entries()].flatMap(([memberId, member]) => {
    const row = findArrearsMember(connection, memberId);
    return row && keep(row)
      ? [{ row, member, arrearsMonths: member.months, owedSatang: rate ? priceForMonths(rate, member.months) : 0 }]
      : [];
  });
  const places = new Map<number, ArrearsPlace>();
  for (const { row } of everyone) {
    const place = places.get(row.villageId ?? 0) ?? { villageId: row.villageId, moo: row.moo, village: row.village, members: 0 };
    place.members += 1;
    places.set(row.villageId ?? 0, place);
  }
  const rows = query.villageId === undefined ? everyone : everyone.filter(({ row }) => (row.villageId ?? 0) === query.villageId);
  rows.sort(
    (left, right) =>
      right.arrearsMonths - left.arrearsMonths ||
      (left.row.sortKey < right.row.sortKey ? -1 : left.row.sortKey > right.row.sortKey ? 1 : left.row.id - right.row.id),
  );
  return {
    rows,
    places: [...places.values()].sort(
      (left, right) =>
        Number(left.villageId === null) - Number(right.villageId === null) ||
        (left.moo ?? 100) - (right.moo ?? 100) ||
        (left.village < right.village ? -1 : left.village > right.village ? 1 : 0),
    ),
  };
}

/** A member behind as a line of a list names her: number, name, village. */
export function listedMember(row: ArrearsMember) {
  return {
    memberId: row.id,
    memberNo: row.memberNo,
    fullName: `${row.title}${row.firstName} ${row.lastName}`,
    villageId: row.villageId,
    moo: row.moo,
    village: row.village,
  };
}

/** The totals the lists print above and under their lines: members, months, baht. */
export function behindTotals(rows: readonly Pick<BehindMember, 'arrearsMonths' | 'owedSatang'>[]): ArrearsList['totals'] {
  return {
    members: rows.length,
    months: rows.reduce((sum, row) => sum + row.arrearsMonths, 0),
    owedSatang: sumSatang(rows.map((row) => row.owedSatang)),
  };
}

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
  const fund = readFund(connection);
  const dues = fundDues(fund);
  const horizon = overdueHorizon(query.asOf, fund.dues.dueDay);
  const { rows, places } = membersBehindListed(connection, query);
  const events = statusEventsByMember(connection);
  const detailed = rows.slice(window.offset, window.offset + window.limit).map(({ row, member, arrearsMonths, owedSatang }): ArrearsRow => {
    // The oldest unpaid month: from the facts the list already worked out, from the facts as they stand now
    // when nothing after the day changes the overdue months, or else from the member's history.
    const facts =
      member.facts ??
      (member.isAsNow
        ? quickMemberFacts(connection, row, events.get(row.id) ?? [], dues).facts
        : duesFactsOnDay(connection, row.id, dues, query.asOf));
    return {
      ...listedMember(row),
      arrearsMonths,
      oldestUnpaid: (facts && memberArrears(facts, query.asOf).overdue[0]) ?? horizon,
      owedSatang,
    };
  });
  return { total: rows.length, rows: detailed, totals: behindTotals(rows), places };
}
