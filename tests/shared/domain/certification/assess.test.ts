import { describe, expect, it } from 'vitest';
import { assessCertification, type CertificationFacts } from '../../../../shared/domain/certification/assess';
import { criterionStatus, defaultThresholds, windowStart } from '../../../../shared/domain/certification/assessment';
import { previousFiscalYear } from '../../../../shared/domain/certification/current-data';
import { clauseItems } from '../../../../shared/domain/bylaws/clause-groups';

const asOf = '2026-11-25';

/** A fund that meets every criterion: its last sync file stands at 1 October 2026. */
function passingFacts(): CertificationFacts {
  return {
    currentData: {
      asOf,
      profile: {
        chairName: 'นายหนึ่ง',
        coordinatorName: 'นางสอง',
        address: 'ที่ทำการ อบต.',
        subdistrictCode: '860214',
        foundedOn: '2006-01-01',
      },
      membersMissingDates: { count: 0, firstMemberNo: null },
      books: {
        openedOn: '2024-01-01',
        fiscalYearStartMonth: 10,
        lockedThrough: '2026-09-30',
        section10: { receiptsSatang: 500, paymentsSatang: 500 },
      },
      lastSyncExportOn: '2026-10-01',
    },
    committee: {
      asOf,
      term: { termNo: 2, startsOn: '2025-01-01', endsOn: '2028-12-31' },
      holders: { chair: 'นายหนึ่ง', treasurer: 'นางสอง', secretary: 'นายสาม' },
      lastMeeting: { meetingNo: 4, meetingYear: 2026, meetingOn: '2026-08-26' },
    },
    bylaws: { asOf, inForce: { versionNo: 1, amendmentNo: 0, title: 'ข้อบังคับ', adoptedOn: '2020-01-01', coveredItems: [...clauseItems] } },
    welfare: {
      asOf,
      lastMemberPayout: { voucherId: 1, voucherNo: 'PV2570-000001', paidOn: '2025-11-26' },
      lastCommunityPayment: { voucherId: 2, voucherNo: 'PV2570-000002', paidOn: '2026-11-25' },
      typesInForce: ['เจ็บป่วย', 'เสียชีวิต', 'คลอดบุตร'],
    },
  };
}

const statuses = (facts: CertificationFacts, thresholds = defaultThresholds) =>
  assessCertification(facts, thresholds).criteria.map((criterion) => criterion.status);
const partOf = (facts: CertificationFacts, key: string) =>
  assessCertification(facts, defaultThresholds)
    .criteria.flatMap((criterion) => criterion.parts)
    .find((part) => part.key === key);

describe('the certification rules', () => {
  it('passes every criterion when the data meets them', () => {
    expect(statuses(passingFacts())).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(partOf(passingFacts(), 'sync-export')).toMatchObject({ status: 'pass', fixes: [], link: { page: 'sync' } });
  });

  it('asks for a sync file within the months of the setting, counted back from the day', () => {
    const facts = passingFacts();
    facts.currentData.lastSyncExportOn = '2025-11-26';
    expect(statuses(facts)[0]).toBe('pass');
    facts.currentData.lastSyncExportOn = '2025-11-25';
    expect(statuses(facts)[0]).toBe('fail');
    facts.currentData.lastSyncExportOn = null;
    expect(partOf(facts, 'sync-export')?.evidence[0]?.code).toBe('certification.evidence.sync-none');
  });

  it('a failing part fails its criterion whatever else it holds; not applicable counts as passing', () => {
    expect(criterionStatus([{ status: 'fail' }, { status: 'not-yet-available' }])).toBe('fail');
    expect(criterionStatus([{ status: 'pass' }, { status: 'not-applicable' }])).toBe('pass');
    // Assessments kept before the app could export a sync file hold that part as not yet available: amber, as kept.
    expect(criterionStatus([{ status: 'not-applicable' }, { status: 'not-yet-available' }])).toBe('incomplete');
  });

  it('asks for every profile field of status form §1, with a fix for each one missing', () => {
    const facts = passingFacts();
    facts.currentData.profile = { ...facts.currentData.profile, chairName: ' ', subdistrictCode: '8602' };
    expect(partOf(facts, 'profile')?.fixes.map((line) => line.code)).toEqual([
      'certification.fix.chair-missing',
      'certification.fix.address-missing',
    ]);
  });

  it('closes the last fiscal year: locked through its end and §10 balanced, not applicable in the first year', () => {
    expect(previousFiscalYear('2026-11-25', 10)).toEqual({ fiscalYear: 2026, yearEnd: '2026-09-30' });
    expect(previousFiscalYear('2026-09-30', 10)).toEqual({ fiscalYear: 2025, yearEnd: '2025-09-30' });
    expect(previousFiscalYear('2026-05-01', 1)).toEqual({ fiscalYear: 2025, yearEnd: '2025-12-31' });
    const short = passingFacts();
    short.currentData.books.lockedThrough = '2026-09-29';
    expect(partOf(short, 'books-closed')).toMatchObject({ status: 'fail', fixes: [{ code: 'certification.fix.books-lock' }] });
    const unbalanced = passingFacts();
    unbalanced.currentData.books.section10 = { receiptsSatang: 500, paymentsSatang: 499 };
    expect(partOf(unbalanced, 'books-closed')?.evidence[1]).toEqual({
      code: 'certification.evidence.section10-unbalanced',
      params: { date: '2026-09-30', amount: 1 },
    });
    const young = passingFacts();
    young.currentData.books = { ...young.currentData.books, openedOn: '2026-10-01', lockedThrough: null };
    expect(partOf(young, 'books-closed')?.status).toBe('not-applicable');
    young.currentData.books.openedOn = '2026-09-30';
    expect(partOf(young, 'books-closed')?.status).toBe('fail');
  });

  it('counts the months back to the same day, the day after it first (a short month ends on its last day)', () => {
    expect(windowStart('2026-11-25', 3)).toBe('2026-08-26');
    expect(windowStart('2026-11-25', 12)).toBe('2025-11-26');
    expect(windowStart('2026-05-31', 3)).toBe('2026-03-01');
    expect(windowStart('2026-02-15', 3)).toBe('2025-11-16');
    const old = passingFacts();
    old.committee.lastMeeting = { meetingNo: 4, meetingYear: 2026, meetingOn: '2026-08-25' };
    expect(statuses(old)[1]).toBe('fail');
    const late = passingFacts();
    late.welfare.lastMemberPayout = { voucherId: 1, voucherNo: 'PV', paidOn: '2025-11-25' };
    expect(statuses(late)[3]).toBe('fail');
  });

  it('asks for a chair, a treasurer and a secretary on the day, and a running term', () => {
    const facts = passingFacts();
    facts.committee.holders = { chair: 'นายหนึ่ง' };
    expect(partOf(facts, 'officers')?.fixes.map((line) => line.code)).toEqual([
      'certification.fix.treasurer-vacant',
      'certification.fix.secretary-vacant',
    ]);
    facts.committee.term = null;
    expect(partOf(facts, 'term')?.status).toBe('fail');
  });

  it('asks the bylaw in force to cover every essential group, naming the groups left out', () => {
    const facts = passingFacts();
    facts.bylaws.inForce = { versionNo: 2, amendmentNo: 1, title: 'ข้อบังคับ', adoptedOn: '2026-01-01', coveredItems: ['identity.name'] };
    const clauses = partOf(facts, 'clauses');
    expect(clauses?.status).toBe('fail');
    expect(clauses?.fixes).toHaveLength(6);
    expect(clauses?.evidence[0]).toEqual({ code: 'certification.evidence.group-missing.identity', params: { missing: 2 } });
    facts.bylaws.inForce = null;
    expect(statuses(facts)[2]).toBe('fail');
  });

  it('asks for the minimum number of welfare types, a setting', () => {
    expect(statuses(passingFacts(), { ...defaultThresholds, minWelfareTypes: 4 })[3]).toBe('fail');
    expect(statuses(passingFacts(), { ...defaultThresholds, minWelfareTypes: 2 })[3]).toBe('pass');
  });
});
