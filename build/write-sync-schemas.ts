import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syncJsonSchemas } from '../electron/backend/sync/format-json-schemas';

/** `npm run docs:sync`: writes the sync format's JSON Schemas beside docs/sync-format.md (a test checks them). */
const folder = join(import.meta.dirname, '..', 'docs', 'sync-format');
mkdirSync(folder, { recursive: true });
for (const [file, text] of Object.entries(syncJsonSchemas())) writeFileSync(join(folder, file), text);
