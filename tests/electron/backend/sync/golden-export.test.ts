import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportGoldenFund, goldenFile, type GoldenExport } from '../../../support/sync-golden';

/**
 * Issue 18's golden file: a fixed fund exported on a fixed day gives a fixed sync file, byte for byte. A change
 * here is a change of the format (or of the fund's schema, which the manifest names): remake the fixture with
 * `npx tsx tests/support/make-sync-golden.ts`, and say in the commit why the file changed.
 */
describe('the golden sync file', () => {
  it('is the same file, byte for byte, every time the fixed fund is exported on the fixed day', async () => {
    const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as GoldenExport;
    const made = await exportGoldenFund();
    // The manifest first, for a readable difference; then every byte of the file.
    expect(made.manifest).toEqual(golden.manifest);
    expect(made).toEqual(golden);
    expect(golden.manifest.parts.find((part) => part.name === 'records/members.jsonl')?.records).toBeGreaterThan(3);
  });
});
