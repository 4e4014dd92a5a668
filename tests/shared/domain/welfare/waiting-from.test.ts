import { describe, expect, it } from 'vitest';
import { defaultDuesSettings, paidDays } from '../../../../shared/domain/contributions/periods';
import { decideClaim } from '../../../../shared/domain/welfare/decide-claim';
import type { WaitingFrom } from '../../../../shared/domain/welfare/rules';
import { input, member, typeOf } from './fixtures';

/** The birth benefit with its 180-day waiting period counted from elsewhere than the approval date. */
function birthWaitingFrom(waitingFrom: WaitingFrom) {
  return typeOf('birth').versions.map((version) => ({ ...version, waitingDays: 180, waitingFrom }));
}

const waitingLine = (decision: ReturnType<typeof decideClaim>) => decision.lines.find((line) => line.code.startsWith('welfare.waiting'));

describe('where the waiting period starts (Decision 11, per rule)', () => {
  // Approved 15 Jan 2021; an event on 1 June 2021 is 137 days after approval.
  const event = '2021-06-01';

  it('counts from the approval date by default', () => {
    const decision = decideClaim(input('birth', { eventDate: event, versions: birthWaitingFrom('approval') }));
    expect(decision.refusal?.code).toBe('claim-waiting-period');
    expect(waitingLine(decision)).toMatchObject({ code: 'welfare.waiting', params: { days: 137 }, passed: false });
  });

  it('counts from the application date for the first spell only', () => {
    const applied = member({ appliedOn: '2020-11-01' });
    const decision = decideClaim(input('birth', { eventDate: event, versions: birthWaitingFrom('application'), member: applied }));
    expect(waitingLine(decision)).toMatchObject({
      code: 'welfare.waiting-application',
      params: { from: '2020-11-01', days: 212 },
      passed: true,
    });
    expect(decision.eligible).toBe(true);
    // A reinstated spell waits from its own start, whatever the old application date.
    const reinstated = member({
      appliedOn: '2010-01-01',
      spells: [
        { start: '2010-02-01', end: '2015-01-01' },
        { start: '2021-01-15', end: null },
      ],
    });
    expect(
      waitingLine(decideClaim(input('birth', { eventDate: event, versions: birthWaitingFrom('application'), member: reinstated }))),
    ).toMatchObject({ params: { from: '2021-01-15' }, passed: false });
  });

  it('counts from the first payment, and fails without one', () => {
    const paid = decideClaim(
      input('birth', {
        eventDate: '2021-08-01',
        versions: birthWaitingFrom('first-payment'),
        member: member({ firstPaymentOn: '2021-02-01' }),
      }),
    );
    expect(waitingLine(paid)).toMatchObject({ code: 'welfare.waiting-first-payment', params: { days: 181 }, passed: true });
    const never = decideClaim(
      input('birth', { eventDate: '2021-08-01', versions: birthWaitingFrom('first-payment'), member: member({ firstPaymentOn: null }) }),
    );
    expect(never.refusal?.code).toBe('claim-waiting-period');
    expect(waitingLine(never)?.code).toBe('welfare.waiting-no-payment');
  });

  it('counts the days of contributions paid up ("1 baht a day")', () => {
    const short = decideClaim(
      input('birth', { eventDate: event, versions: birthWaitingFrom('paid-days'), member: member({ paidDays: 179 }) }),
    );
    expect(short.refusal?.code).toBe('claim-waiting-period');
    const enough = decideClaim(
      input('birth', { eventDate: event, versions: birthWaitingFrom('paid-days'), member: member({ paidDays: 181 }) }),
    );
    expect(enough.eligible).toBe(true);
  });

  it('adds up the days of the paid months, paid ahead and entered-before-the-app months included', () => {
    const facts = {
      spells: [{ start: '2024-01-15', end: null }],
      approvedOn: '2024-01-15',
      appliedOn: '2024-01-05',
      paidThroughPeriod: '2024-01',
      openedOn: '2024-02-01',
      settings: defaultDuesSettings,
      paidPeriods: new Set(['2024-02', '2024-03', '2024-05']),
    };
    // January (memo, 31) + February 2024 (leap, 29) + March (31) + May (31); April unpaid.
    expect(paidDays(facts, '2024-01', '2024-12')).toBe(31 + 29 + 31 + 31);
  });
});
