import { describe, expect, it } from 'vitest';
import { periodIndex } from '../../../../shared/domain/calendar-date';
import { duesSummary, paidOutsideOwed } from '../../../../shared/domain/contributions/dues-summary';
import { defaultDuesSettings, owedCount, type DuesFacts } from '../../../../shared/domain/contributions/periods';
import type { StatusEvent } from '../../../../shared/domain/members/spells';
import { spellsOf } from '../../../../shared/domain/members/spells';

type Event = Pick<StatusEvent, 'kind' | 'effectiveOn'>;

/** A member approved on 20 Jan 2024 in a fund that opened on 1 Jan 2024, with the spells the events make. */
function member(events: Event[] = [], overrides: Partial<DuesFacts> = {}): { facts: DuesFacts; events: Event[] } {
  const approvedOn = overrides.approvedOn ?? '2024-01-20';
  return {
    facts: {
      spells: spellsOf(approvedOn, events),
      approvedOn,
      appliedOn: '2024-01-10',
      paidThroughPeriod: null,
      openedOn: '2024-01-01',
      settings: defaultDuesSettings,
      paidPeriods: new Set(),
      ...overrides,
    },
    events,
  };
}

const resigned: Event = { kind: 'resigned', effectiveOn: '2024-06-15' };
const reinstated: Event = { kind: 'reinstated', effectiveOn: '2025-03-02' };

describe('the dues summary kept on the member record', () => {
  it('is active from the approval, owing from the approval month with no end', () => {
    const { facts, events } = member();
    expect(duesSummary(facts, events)).toEqual({
      status: 'active',
      statusSince: '2024-01-20',
      duesStartIndex: periodIndex('2024-01'),
      duesEndIndex: null,
      closedOwedMonths: 0,
    });
  });

  it('ends the dues with the month of an exit and takes its status and date', () => {
    const { facts, events } = member([resigned]);
    expect(duesSummary(facts, events)).toEqual({
      status: 'resigned',
      statusSince: '2024-06-15',
      duesStartIndex: periodIndex('2024-01'),
      duesEndIndex: periodIndex('2024-06'),
      closedOwedMonths: 0,
    });
  });

  it('after a reinstatement owes from the new spell, the earlier spell counted as closed months', () => {
    const { facts, events } = member([resigned, reinstated]);
    expect(duesSummary(facts, events)).toEqual({
      status: 'active',
      statusSince: '2025-03-02',
      duesStartIndex: periodIndex('2025-03'),
      duesEndIndex: null,
      closedOwedMonths: 5,
    });
  });

  it('starts after the month paid through for a member who joined before the app', () => {
    const { facts, events } = member([], { approvedOn: '2019-05-01', paidThroughPeriod: '2023-09' });
    expect(duesSummary(facts, events).duesStartIndex).toBe(periodIndex('2023-10'));
  });

  it('has no dues without a spell', () => {
    const { facts } = member();
    expect(duesSummary({ ...facts, spells: [] }, [])).toEqual({
      status: 'active',
      statusSince: '2024-01-20',
      duesStartIndex: null,
      duesEndIndex: null,
      closedOwedMonths: 0,
    });
  });

  it('counts, at any horizon, the same months owed as the domain does (what the arrears list relies on)', () => {
    for (const events of [
      [],
      [resigned],
      [resigned, reinstated],
      [resigned, reinstated, { kind: 'deceased', effectiveOn: '2026-02-01' }],
    ]) {
      const { facts } = member(events as Event[]);
      const summary = duesSummary(facts, events as Event[]);
      for (const horizon of ['2025-06', '2026-12']) {
        const next = periodIndex(horizon) + 1;
        const start = summary.duesStartIndex ?? next;
        const owed = summary.closedOwedMonths + Math.max(0, Math.min(next, summary.duesEndIndex ?? next) - start);
        expect(owed).toBe(owedCount(facts, horizon));
      }
    }
  });
});

describe('months paid outside membership', () => {
  it('finds none when nothing is paid, or every paid month is owed', () => {
    expect(paidOutsideOwed(member().facts)).toBeUndefined();
    expect(paidOutsideOwed(member([], { paidPeriods: new Set(['2024-01', '2024-02', '2024-12']) }).facts)).toBeUndefined();
  });

  it('finds a month paid in advance beyond the month of an exit: the exit must be refused', () => {
    expect(paidOutsideOwed(member([resigned], { paidPeriods: new Set(['2024-05', '2024-07', '2024-06']) }).facts)).toBe('2024-07');
  });

  it('lets the month of the exit stay paid (Decision 7): a death in a month already paid is not refused for it', () => {
    expect(paidOutsideOwed(member([resigned], { paidPeriods: new Set(['2024-05', '2024-06']) }).facts)).toBeUndefined();
    const died: Event = { kind: 'deceased', effectiveOn: '2024-11-30' };
    expect(paidOutsideOwed(member([died], { paidPeriods: new Set(['2024-10', '2024-11']) }).facts)).toBeUndefined();
    // The month a first spell ended in stays paid after a reinstatement too; months between the spells do not.
    expect(paidOutsideOwed(member([resigned, reinstated], { paidPeriods: new Set(['2024-06', '2025-03']) }).facts)).toBeUndefined();
  });

  it('finds a month paid between two spells, and one before an approval moved later', () => {
    expect(paidOutsideOwed(member([resigned, reinstated], { paidPeriods: new Set(['2024-10', '2025-03']) }).facts)).toBe('2024-10');
    expect(paidOutsideOwed(member([], { approvedOn: '2024-03-10', paidPeriods: new Set(['2024-01', '2024-03']) }).facts)).toBe('2024-01');
  });
});
