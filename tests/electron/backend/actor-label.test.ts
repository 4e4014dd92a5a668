import { describe, expect, it } from 'vitest';
import { actorLabel } from '../../../electron/backend/files/reports/actor-label';

describe('who did it, on paper (issue 20 §2)', () => {
  const names = new Map([['2f0c1a52-5d6e-4c49-9f0b-1f2e3d4c5b6a', 'นางสมศรี ใจงาม']]);
  it('names a person added on the people page by her name, not her UUID', () => {
    expect(actorLabel('2f0c1a52-5d6e-4c49-9f0b-1f2e3d4c5b6a', names)).toBe('นางสมศรี ใจงาม');
  });
  it('names the fixed authors in Thai and leaves an unknown key as recorded', () => {
    expect(actorLabel('treasurer', names)).toBe('เหรัญญิก');
    expect(actorLabel('someone-else', names)).toBe('someone-else');
  });
});
