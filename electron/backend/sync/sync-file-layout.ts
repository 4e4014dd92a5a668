import { manifestEntry, recordPartNames, signatureEntry, statusFormEntry } from '../../../shared/api/sync-format';
import { personalEntry } from '../../../shared/api/sync-personal-format';
import { defaultSyncLimits } from './limits';
import type { ZipEntryRule } from './zip-reader';

/**
 * The `.swfsync` container's entries, in the one order the exporter writes and the reader insists on: the
 * manifest and its signature stored (so a person can read the manifest with any ZIP tool), the status form and
 * every record part deflated. Every part is always present, an empty part as an empty entry, so a missing or an
 * extra part is refused by name before anything is read. The full-data entry (Decision 18) comes last, stored
 * (ciphertext does not compress), and only in a full-data file: the manifest says whether it must be there.
 */
export const syncFileRules: readonly ZipEntryRule[] = [
  { name: manifestEntry, compression: 'store', required: true, maxBytes: defaultSyncLimits.manifestBytes },
  { name: signatureEntry, compression: 'store', required: true, maxBytes: defaultSyncLimits.signatureBytes },
  { name: statusFormEntry, compression: 'deflate', required: true, maxBytes: defaultSyncLimits.manifestBytes },
  ...recordPartNames.map((name) => ({ name, compression: 'deflate' as const, required: true })),
  { name: personalEntry, compression: 'store', required: false },
];
