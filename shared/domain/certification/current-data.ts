import { fiscalYearOf, fiscalYearPeriods, lastDayOfPeriod, type CalendarDate } from '../calendar-date';
import { judgedPart, line, windowStart, type AssessmentLine, type AssessmentPart, type CertificationThresholds } from './assessment';

/** What criterion 1 reads: the status form §1 profile, members' dates, the last year's books, the sync export. */
export type CurrentDataFacts = {
  asOf: CalendarDate;
  /** Status form §1: the chair as the form prints it (a typed signer, else the committee's chair that day). */
  profile: { chairName: string; coordinatorName: string; address: string; subdistrictCode: string; foundedOn: string };
  /** Members active on the day without a birth date or an approval date, and the first one's number. */
  membersMissingDates: { count: number; firstMemberNo: string | null };
  books: {
    openedOn: CalendarDate;
    fiscalYearStartMonth: number;
    lockedThrough: CalendarDate | null;
    /** §10 at the last fiscal year's end: both sides' totals (equal when it balances). */
    section10: { receiptsSatang: number; paymentsSatang: number };
  };
  /** The day the latest sync file stands at, on or before the day (the fund's export log); null: none exported. */
  lastSyncExportOn: CalendarDate | null;
};

/** The fiscal year before the one the day falls in, and its last day (30 September by default, Decision 4). */
export function previousFiscalYear(asOf: CalendarDate, startMonth: number): { fiscalYear: number; yearEnd: CalendarDate } {
  const fiscalYear = fiscalYearOf(asOf, startMonth) - 1;
  const periods = fiscalYearPeriods(fiscalYear, startMonth);
  return { fiscalYear, yearEnd: lastDayOfPeriod(periods[periods.length - 1] ?? asOf.slice(0, 7)) };
}

const isTambonCode = (code: string) => /^\d{6}$/.test(code);

function profilePart(facts: CurrentDataFacts): AssessmentPart {
  const { profile } = facts;
  const evidence: AssessmentLine[] = [];
  const fixes: AssessmentLine[] = [];
  const check = (isPresent: boolean, found: AssessmentLine, missing: string) => {
    evidence.push(isPresent ? found : line(`evidence.${missing}`));
    if (!isPresent) fixes.push(line(`fix.${missing}`));
  };
  check(profile.chairName.trim() !== '', line('evidence.chair', { name: profile.chairName }), 'chair-missing');
  check(profile.coordinatorName.trim() !== '', line('evidence.coordinator', { name: profile.coordinatorName }), 'coordinator-missing');
  check(
    profile.address.trim() !== '' && isTambonCode(profile.subdistrictCode),
    line('evidence.address', { address: profile.address, code: profile.subdistrictCode }),
    'address-missing',
  );
  check(profile.foundedOn !== '', line('evidence.founded', { date: profile.foundedOn }), 'founded-missing');
  return judgedPart('profile', fixes.length === 0, evidence, fixes, { page: 'settings' });
}

function memberDatesPart(facts: CurrentDataFacts): AssessmentPart {
  const { count, firstMemberNo } = facts.membersMissingDates;
  return judgedPart(
    'member-dates',
    count === 0,
    [
      count === 0
        ? line('evidence.member-dates-complete', { date: facts.asOf })
        : line('evidence.member-dates-missing', { count, memberNo: firstMemberNo ?? '' }),
    ],
    [line('fix.member-dates')],
    { page: 'members' },
  );
}

/**
 * The last fiscal year's books: locked through its last day, and §10 balanced then. A fund that opened in the
 * current fiscal year (or later) has had no year end in the app: not applicable until its first one.
 */
function booksPart(facts: CurrentDataFacts): AssessmentPart {
  const { books } = facts;
  const link = { page: 'cashbook', tab: 'yearEnd' } as const;
  const { fiscalYear, yearEnd } = previousFiscalYear(facts.asOf, books.fiscalYearStartMonth);
  if (fiscalYearOf(books.openedOn, books.fiscalYearStartMonth) > fiscalYear)
    return {
      key: 'books-closed',
      status: 'not-applicable',
      evidence: [line('evidence.books-first-year', { date: books.openedOn })],
      fixes: [],
      link,
    };
  const isLocked = books.lockedThrough !== null && books.lockedThrough >= yearEnd;
  const difference = books.section10.receiptsSatang - books.section10.paymentsSatang;
  const evidence = [
    isLocked
      ? line('evidence.books-locked', { fiscalYear, lockedThrough: books.lockedThrough ?? '' })
      : books.lockedThrough === null
        ? line('evidence.books-never-locked', { fiscalYear })
        : line('evidence.books-locked-short', { fiscalYear, lockedThrough: books.lockedThrough, yearEnd }),
    difference === 0
      ? line('evidence.section10-balanced', { date: yearEnd, amount: books.section10.receiptsSatang })
      : line('evidence.section10-unbalanced', { date: yearEnd, amount: difference }),
  ];
  const fixes = [
    ...(isLocked ? [] : [line('fix.books-lock', { fiscalYear, yearEnd })]),
    ...(difference === 0 ? [] : [line('fix.section10', { date: yearEnd })]),
  ];
  return judgedPart('books-closed', isLocked && difference === 0, evidence, fixes, link);
}

function syncPart(facts: CurrentDataFacts, thresholds: CertificationThresholds): AssessmentPart {
  const months = thresholds.syncMonths;
  const from = windowStart(facts.asOf, months);
  const last = facts.lastSyncExportOn;
  const isRecent = last !== null && last >= from && last <= facts.asOf;
  return judgedPart(
    'sync-export',
    isRecent,
    [last === null ? line('evidence.sync-none') : line('evidence.sync-last', { date: last })],
    [line('fix.sync', { months })],
    { page: 'sync' },
  );
}

/** Criterion 1, มีข้อมูลกองทุนฯ ที่เป็นปัจจุบัน: its four parts. */
export function currentDataParts(facts: CurrentDataFacts, thresholds: CertificationThresholds): AssessmentPart[] {
  return [profilePart(facts), memberDatesPart(facts), booksPart(facts), syncPart(facts, thresholds)];
}
