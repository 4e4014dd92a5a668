import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncJsonSchemas } from '../../../../electron/backend/sync/format-json-schemas';
import { defaultSyncLimits } from '../../../../electron/backend/sync/limits';
import { syncFileRules } from '../../../../electron/backend/sync/sync-file-layout';

/**
 * Issue 18 §6: docs/sync-format.md is the format for a reader in another language, so it must not drift from the
 * code: its JSON Schemas are the ones generated from the zod schemas (`npm run docs:sync` writes them), and the
 * document names every entry in its order, every limit and every reason the checks give.
 */
const folder = join(import.meta.dirname, '..', '..', '..', '..', 'docs');
const document = readFileSync(join(folder, 'sync-format.md'), 'utf8');

describe('the sync format document', () => {
  it('carries the JSON Schemas generated from the zod schemas, and no others', () => {
    const generated = syncJsonSchemas();
    expect(readdirSync(join(folder, 'sync-format')).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, text] of Object.entries(generated)) {
      expect(readFileSync(join(folder, 'sync-format', file), 'utf8'), `${file}: run npm run docs:sync`).toBe(text);
    }
  });

  it('names every entry in the order the reader insists on', () => {
    const positions = syncFileRules.map((rule) => document.indexOf(`\`${rule.name}\``));
    expect(positions.every((position) => position >= 0)).toBe(true);
    const parts = syncFileRules.slice(3).map((rule) => document.indexOf(`| \`${rule.name}\` |`));
    expect(parts).toEqual([...parts].sort((a, b) => a - b));
  });

  it('states the limits and every reason a check gives', () => {
    expect(document).toContain(`≤ ${defaultSyncLimits.fileBytes / 1024 / 1024} MiB`);
    expect(document).toContain(`≤ ${defaultSyncLimits.entryCount}`);
    expect(document).toContain(`≤ ${defaultSyncLimits.compressionRatio} : 1`);
    expect(document).toContain(`≤ ${defaultSyncLimits.lineBytes / 1024} KiB`);
    expect(document).toContain(`≤ ${defaultSyncLimits.jsonDepth} levels`);
    const reasons = [
      'too-large',
      'not-a-zip',
      'bad-entry',
      'missing-entry',
      'entry-too-large',
      'overlapping-entries',
      'bad-manifest',
      'unsupported-schema',
      'new-fund',
      'key-mismatch',
      'bad-signature',
      'demo-file',
      'hash-mismatch',
      'line-too-long',
      'bad-encoding',
      'bad-json',
      'too-deep',
      'record-invalid',
      'count-mismatch',
      'conflicting-sequence',
      'sequence-gap',
      'prev-hash-mismatch',
      'wrong-recipient',
      'decrypt-failed',
    ];
    for (const reason of reasons) expect(document).toContain(`\`${reason}\``);
  });
});
