import { z } from 'zod';
import { recordPartNames, recordParts, syncManifest } from '../../../shared/api/sync-format';
import { personalRecord, recipientKeyFile } from '../../../shared/api/sync-personal-format';

/**
 * The JSON Schemas of docs/sync-format/, generated from the zod schemas the exporter and the verifier use, so a
 * reader written from the document accepts exactly what this app writes. `npm run docs:sync` writes them; a test
 * fails when a schema changed and the document's copy did not.
 */
export function syncJsonSchemas(): Record<string, string> {
  const schemas: [string, z.ZodType][] = [
    ['manifest.schema.json', syncManifest],
    ...recordPartNames.map((name): [string, z.ZodType] => [
      `${name.slice('records/'.length, -'.jsonl'.length)}.schema.json`,
      recordParts[name],
    ]),
    // the full-data entry's decrypted lines, and the regional workspace's key file (Decision 18)
    ['personal.schema.json', personalRecord],
    ['swfkey.schema.json', recipientKeyFile],
  ];
  return Object.fromEntries(schemas.map(([file, schema]) => [file, `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`]));
}
