import type { CertificationSettings } from '../../../shared/api/certification-types';
import { assessCertification, type CertificationFacts } from '../../../shared/domain/certification/assess';
import type { Assessment } from '../../../shared/domain/certification/assessment';
import { requiredOffices, type RequiredOffice } from '../../../shared/domain/certification/committee-criterion';
import { previousFiscalYear } from '../../../shared/domain/certification/current-data';
import { payoutWindowStart } from '../../../shared/domain/certification/welfare-criterion';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { ruleInForce } from '../../../shared/domain/welfare/rules';
import type { Connection } from '../db/execute';
import {
  bylawInForce,
  lastCommitteeMeeting,
  lastPayment,
  membersMissingDates,
  readCertificationSettings,
  startedRuleVersions,
} from '../db/repositories/certification-repository';
import { readFund, readFundProfile } from '../db/repositories/fund-repository';
import { balancesOn } from '../db/repositories/section10-repository';
import { lastSyncExportOn } from '../db/repositories/sync-export-repository';
import { committeeOn, documentSigners } from './committee';
import { section10From } from './section10';

/** The source types of the vouchers criterion 4 counts (a welfare payout, a community payment of status form §7). */
const memberPayoutSource = 'welfare.payClaim';
const communityPaymentSource = 'community.record';

/** The four criteria as of a day, from the fund's data under its thresholds. */
export function assessFund(connection: Connection, asOf: string): Assessment {
  const settings = readCertificationSettings(connection);
  return assessCertification(certificationFacts(connection, asOf, settings), settings);
}

/** Every fact the criteria read, each from one short query or an aggregate (issue 17 §5's 200 ms budget). */
export function certificationFacts(connection: Connection, asOf: string, settings: CertificationSettings): CertificationFacts {
  const fund = readFund(connection);
  const profile = readFundProfile(connection);
  const committee = committeeOn(connection, asOf);
  const { yearEnd } = previousFiscalYear(asOf, fund.fiscalYearStartMonth);
  // §10 at the last year end is read only when the fund had that year end in the app.
  const hadYearEnd = fiscalYearOf(fund.openedOn, fund.fiscalYearStartMonth) <= fiscalYearOf(yearEnd, fund.fiscalYearStartMonth);
  const section10 = hadYearEnd ? section10From(yearEnd, balancesOn(connection, yearEnd)) : undefined;
  const holders: Partial<Record<RequiredOffice, string>> = {};
  for (const office of requiredOffices) {
    const seat = committee?.seats.find((candidate) => candidate.position === office);
    if (seat) holders[office] = seat.fullName;
  }
  const window = { from: payoutWindowStart(asOf, settings), to: asOf };
  return {
    currentData: {
      asOf,
      profile: {
        // As status form §1 prints it: a chair's name typed in the print settings, else the committee's chair that day.
        chairName: documentSigners(connection, asOf).chair.fullName,
        coordinatorName: settings.coordinatorName,
        address: profile.address,
        subdistrictCode: profile.subdistrictCode,
        foundedOn: profile.foundedOn,
      },
      membersMissingDates: membersMissingDates(connection, asOf),
      books: {
        openedOn: fund.openedOn,
        fiscalYearStartMonth: fund.fiscalYearStartMonth,
        lockedThrough: fund.lockedThrough,
        section10: { receiptsSatang: section10?.receiptsTotalSatang ?? 0, paymentsSatang: section10?.paymentsTotalSatang ?? 0 },
      },
      lastSyncExportOn: lastSyncExportOn(connection, asOf),
    },
    committee: {
      asOf,
      term: committee ? { termNo: committee.term.termNo, startsOn: committee.term.startsOn, endsOn: committee.term.endsOn } : null,
      holders,
      lastMeeting: lastCommitteeMeeting(connection, asOf),
    },
    bylaws: { asOf, inForce: bylawInForce(connection, asOf) },
    welfare: {
      asOf,
      lastMemberPayout: lastPayment(connection, memberPayoutSource, window),
      lastCommunityPayment: lastPayment(connection, communityPaymentSource, window),
      typesInForce: welfareTypesInForce(connection, asOf),
    },
  };
}

/** The names of the welfare types whose rule has a version in force on the day (Decision 11's effective dating). */
function welfareTypesInForce(connection: Connection, asOf: string): string[] {
  const byType = new Map<number, { name: string; versions: { effectiveFrom: string; effectiveTo: string | null }[] }>();
  for (const version of startedRuleVersions(connection, asOf)) {
    const entry = byType.get(version.typeId) ?? { name: version.nameTh, versions: [] };
    entry.versions.push(version);
    byType.set(version.typeId, entry);
  }
  return [...byType.values()].filter((entry) => ruleInForce(entry.versions, asOf) !== undefined).map((entry) => entry.name);
}
