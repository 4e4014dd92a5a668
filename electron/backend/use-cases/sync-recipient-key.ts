import { readFileSync } from 'node:fs';
import { recipientKeyFileMaxBytes } from '../../../shared/api/sync-personal-format';
import type { SyncRecipientKey } from '../../../shared/api/sync-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readRecipientKey } from '../sync/recipient-key';
import type { UseCaseContext } from './use-case-context';

/**
 * Reads the regional workspace's key file the treasurer picked (Decision 18), so the page can say, before she
 * confirms, whose key the members' personal data will be encrypted to. The text goes back with the fingerprint:
 * the page hands that same text to `sync.export`, so the key she confirmed is the key used.
 */
export function readRecipientKeyFile(context: UseCaseContext, input: { fileId: string }): Result<SyncRecipientKey> {
  const stored = context.files.get(input.fileId);
  if (!stored) return failure('sync-key-file-missing', 'fileId');
  // a key file is a few hundred bytes: a larger file is not one, and is not read into memory
  if (stored.bytes > recipientKeyFileMaxBytes) return failure('sync-key-file-not-json', 'fileId');
  const contents = readFileSync(stored.path, 'utf8');
  const key = readRecipientKey(contents);
  if (!key.ok) return key;
  return success({ contents, fingerprint: key.value.fingerprint, workspace: key.value.workspace, createdAt: key.value.createdAt });
}
