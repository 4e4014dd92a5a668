import { describe, expect, it } from 'vitest';
import { bylawMediaTypeOf } from '../../../../shared/domain/bylaws/attachment-kind';
import { bylawInForce, inForcePeriods, latestBylawVersion, nextAmendmentNo } from '../../../../shared/domain/bylaws/in-force';
import { checkNewBylawVersion } from '../../../../shared/domain/bylaws/new-version';

const original = { id: 1, amendmentNo: 0, adoptedOn: '2008-03-15', isVoided: false };
const first = { id: 2, amendmentNo: 1, adoptedOn: '2013-06-01', isVoided: false };
const mistyped = { id: 3, amendmentNo: 2, adoptedOn: '2099-01-01', isVoided: true };
const second = { id: 4, amendmentNo: 2, adoptedOn: '2024-01-10', isVoided: false };
const versions = [original, first, mistyped, second];

/** Issue 17 §3: the version in force on a day is the latest adopted on or before it; a voided entry never counts. */
describe('the bylaw in force', () => {
  it('is none before the first adoption, then each version from its adoption date', () => {
    expect(bylawInForce(versions, '2008-03-14')).toBeUndefined();
    expect(bylawInForce(versions, '2008-03-15')?.id).toBe(1);
    expect(bylawInForce(versions, '2013-05-31')?.id).toBe(1);
    expect(bylawInForce(versions, '2013-06-01')?.id).toBe(2);
    expect(bylawInForce(versions, '2024-01-09')?.id).toBe(2);
    expect(bylawInForce(versions, '2024-01-10')?.id).toBe(4);
    // The voided entry dated 2099 never takes over.
    expect(bylawInForce(versions, '2100-01-01')?.id).toBe(4);
  });

  it('runs from its adoption until the day before the next, the latest until now', () => {
    const periods = inForcePeriods(versions);
    expect(periods.get(1)).toEqual({ from: '2008-03-15', until: '2013-05-31' });
    expect(periods.get(2)).toEqual({ from: '2013-06-01', until: '2024-01-09' });
    expect(periods.get(4)).toEqual({ from: '2024-01-10', until: null });
    expect(periods.has(3)).toBe(false);
    // Over a leap day and a year end.
    const leap = inForcePeriods([
      { id: 1, amendmentNo: 0, adoptedOn: '2023-06-01', isVoided: false },
      { id: 2, amendmentNo: 1, adoptedOn: '2024-03-01', isVoided: false },
      { id: 3, amendmentNo: 2, adoptedOn: '2025-01-01', isVoided: false },
    ]);
    expect(leap.get(1)?.until).toBe('2024-02-29');
    expect(leap.get(2)?.until).toBe('2024-12-31');
  });

  it('numbers the next version after the latest live one, 0 for the first', () => {
    expect(nextAmendmentNo([])).toBe(0);
    expect(nextAmendmentNo([original, first, mistyped])).toBe(2);
    expect(nextAmendmentNo(versions)).toBe(3);
    expect(latestBylawVersion([original, first, mistyped])?.id).toBe(2);
  });
});

describe('a new bylaw version', () => {
  it('takes the next number and a later date, each checklist item once', () => {
    expect(checkNewBylawVersion([], { amendmentNo: 0, adoptedOn: '2008-03-15', clauses: [] }).ok).toBe(true);
    expect(checkNewBylawVersion(versions, { amendmentNo: 3, adoptedOn: '2024-01-11', clauses: [{ item: 'identity.name' }] }).ok).toBe(true);
    expect(checkNewBylawVersion(versions, { amendmentNo: 4, adoptedOn: '2025-01-01', clauses: [] })).toMatchObject({
      ok: false,
      error: { code: 'bylaw-amendment-not-next', field: 'amendmentNo', params: { nextNo: 3, given: 4 } },
    });
    expect(checkNewBylawVersion(versions, { amendmentNo: 2, adoptedOn: '2025-01-01', clauses: [] })).toMatchObject({
      error: { code: 'bylaw-amendment-not-next' },
    });
    // The bad case: adopted before the previous version; the same day is refused too (in force for no day).
    for (const adoptedOn of ['2023-12-31', '2024-01-10'])
      expect(checkNewBylawVersion(versions, { amendmentNo: 3, adoptedOn, clauses: [] })).toMatchObject({
        error: { code: 'bylaw-adopted-before-previous', field: 'adoptedOn', params: { previousOn: '2024-01-10' } },
      });
    expect(
      checkNewBylawVersion([], {
        amendmentNo: 0,
        adoptedOn: '2008-03-15',
        clauses: [{ item: 'identity.name' }, { item: 'identity.name' }],
      }),
    ).toMatchObject({ error: { code: 'bylaw-clause-twice', field: 'clauses.1.item' } });
  });
});

describe('an attached file', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  it('is known by its first bytes, not its name', () => {
    expect(bylawMediaTypeOf(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(bylawMediaTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(bylawMediaTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(bylawMediaTypeOf(new TextEncoder().encode('PK\u0003\u0004 a Word file'))).toBeUndefined();
    expect(bylawMediaTypeOf(bytes(0x25, 0x50, 0x44))).toBeUndefined();
    expect(bylawMediaTypeOf(bytes())).toBeUndefined();
  });
});
