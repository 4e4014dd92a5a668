import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordParts } from '../../../../shared/api/sync-format';
import { canonicalLineWriter } from '../../../../electron/backend/sync/canonical-line';
import { runs, testSeed } from '../../../support/seed';

const seed = testSeed('canonical-line');
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const value = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(fc.string()) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

describe('canonical lines (issue 18: keys sorted once per part)', () => {
  it('are RFC 8785 (the canonicalize library’s bytes) for any flat record of a part’s keys', () => {
    const keys = fc.uniqueArray(fc.oneof(fc.string(), fc.constantFrom('uuid', 'memberUuid', 'é', 'Z', 'a_b', '\u{1F600}')), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        keys.chain((names) => fc.tuple(fc.constant(names), fc.tuple(...names.map(() => value)))),
        ([names, values]) => {
          const record = Object.fromEntries(names.map((name, index) => [name, values[index]]));
          expect(canonicalLineWriter(names)(record)).toBe(canonicalize(record));
        },
      ),
      { seed, numRuns: runs(500) },
    );
  });

  it('writes every part’s record as the library does, Thai text and lists included', () => {
    const line = canonicalLineWriter(Object.keys(recordParts['records/welfare-types.jsonl'].shape));
    const record = { uuid: 'u', code: 'birth', category: 'birth', nameTh: 'คลอดบุตร "แม่"\n', nameEn: 'Birth' };
    expect(line(record)).toBe(canonicalize(record));
    const bylaws = canonicalLineWriter(Object.keys(recordParts['records/bylaw-versions.jsonl'].shape));
    const version = { uuid: 'v', versionNo: 2, amendmentNo: null, adoptedOn: '2026-01-01', clauseItems: ['1.2', '10'], voided: false };
    expect(bylaws(version)).toBe(canonicalize(version));
  });
});
