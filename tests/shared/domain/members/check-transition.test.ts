import { describe, expect, it } from 'vitest';
import { checkTransition, type MemberStanding } from '../../../../shared/domain/members/check-transition';

const today = '2025-01-01';
const active: MemberStanding = { status: 'active', approvedOn: '2024-01-20', spells: [{ start: '2024-01-20', end: null }] };
const resigned: MemberStanding = { status: 'resigned', approvedOn: '2024-01-20', spells: [{ start: '2024-01-20', end: '2024-06-15' }] };
const lapsed: MemberStanding = { ...resigned, status: 'lapsed' };
const deceased: MemberStanding = { ...resigned, status: 'deceased' };

const change = (kind: Parameters<typeof checkTransition>[1]['kind'], effectiveOn: string) => ({ kind, effectiveOn });
const ok = { ok: true, value: undefined };

describe('which status may follow which (Decisions 6 and 8)', () => {
  it('lets an active member resign, lapse or die on or after the start of the spell', () => {
    expect(checkTransition(active, change('resigned', '2024-06-15'), today)).toEqual(ok);
    expect(checkTransition(active, change('lapsed', '2024-01-20'), today)).toEqual(ok);
    expect(checkTransition(active, change('deceased', today), today)).toEqual(ok);
  });

  it('refuses an exit dated before the spell began', () => {
    expect(checkTransition(active, change('resigned', '2024-01-19'), today)).toEqual({
      ok: false,
      error: { code: 'status-date-before-spell', field: 'effectiveOn', params: { since: '2024-01-20' } },
    });
  });

  it('refuses a date in the future, whatever the change', () => {
    expect(checkTransition(active, change('resigned', '2025-01-02'), today)).toEqual({
      ok: false,
      error: { code: 'date-in-future', field: 'effectiveOn' },
    });
  });

  it('reinstates a resigned or lapsed member only after the spell ended', () => {
    expect(checkTransition(resigned, change('reinstated', '2024-06-16'), today)).toEqual(ok);
    expect(checkTransition(lapsed, change('reinstated', '2024-12-01'), today)).toEqual(ok);
    const beforeEnd = { ok: false, error: { code: 'status-date-before-spell', field: 'effectiveOn', params: { since: '2024-06-15' } } };
    expect(checkTransition(resigned, change('reinstated', '2024-06-15'), today)).toEqual(beforeEnd);
    expect(checkTransition(lapsed, change('reinstated', '2024-03-01'), today)).toEqual(beforeEnd);
  });

  it('refuses to reinstate a member who never left', () => {
    expect(checkTransition(active, change('reinstated', '2024-06-16'), today)).toEqual({
      ok: false,
      error: { code: 'status-not-allowed', field: 'kind', params: { status: 'reinstated', current: 'active' } },
    });
  });

  it('lets a member who left die later, but not leave again', () => {
    expect(checkTransition(lapsed, change('deceased', '2024-09-01'), today)).toEqual(ok);
    expect(checkTransition(resigned, change('lapsed', '2024-09-01'), today)).toEqual({
      ok: false,
      error: { code: 'status-not-allowed', field: 'kind', params: { status: 'lapsed', current: 'resigned' } },
    });
    expect(checkTransition(lapsed, change('deceased', '2024-06-14'), today)).toEqual({
      ok: false,
      error: { code: 'status-date-before-spell', field: 'effectiveOn', params: { since: '2024-06-15' } },
    });
  });

  it('allows nothing after a death', () => {
    for (const kind of ['reinstated', 'resigned', 'deceased'] as const) {
      expect(checkTransition(deceased, change(kind, '2024-09-01'), today)).toEqual({
        ok: false,
        error: { code: 'already-deceased', field: 'kind' },
      });
    }
  });
});
