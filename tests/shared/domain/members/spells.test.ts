import { describe, expect, it } from 'vitest';
import { spellsOf } from '../../../../shared/domain/members/spells';

describe('membership spells (Decision 6)', () => {
  it('is one open spell from the approval date while nothing happened', () => {
    expect(spellsOf('2024-01-20', [])).toEqual([{ start: '2024-01-20', end: null }]);
  });

  it('ends the open spell on the date of an exit, that day included', () => {
    expect(spellsOf('2024-01-20', [{ kind: 'resigned', effectiveOn: '2024-06-15' }])).toEqual([{ start: '2024-01-20', end: '2024-06-15' }]);
    expect(spellsOf('2024-01-20', [{ kind: 'deceased', effectiveOn: '2024-09-01' }])).toEqual([{ start: '2024-01-20', end: '2024-09-01' }]);
  });

  it('opens a new spell with a reinstatement, which a later exit ends', () => {
    expect(
      spellsOf('2024-01-20', [
        { kind: 'lapsed', effectiveOn: '2024-06-15' },
        { kind: 'reinstated', effectiveOn: '2025-03-02' },
        { kind: 'deceased', effectiveOn: '2026-01-10' },
      ]),
    ).toEqual([
      { start: '2024-01-20', end: '2024-06-15' },
      { start: '2025-03-02', end: '2026-01-10' },
    ]);
  });

  it('keeps the first end when a second exit follows without a reinstatement, and an "active" event ends nothing', () => {
    expect(
      spellsOf('2024-01-20', [
        { kind: 'lapsed', effectiveOn: '2024-06-01' },
        { kind: 'deceased', effectiveOn: '2024-09-01' },
      ]),
    ).toEqual([{ start: '2024-01-20', end: '2024-06-01' }]);
    expect(spellsOf('2024-01-20', [{ kind: 'active', effectiveOn: '2024-03-01' }])).toEqual([{ start: '2024-01-20', end: null }]);
  });
});
