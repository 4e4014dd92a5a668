import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { bylawAttachmentLimitBytes, bylawMediaTypeOf, type BylawMediaType } from '../../../shared/domain/bylaws/attachment-kind';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { FileStore, StoredFile } from './file-store';

/** A file the person brought, read whole and known by its magic bytes: what the fund file keeps. */
export type IncomingAttachment = { fileName: string; mediaType: BylawMediaType; content: Uint8Array; sha256: string };

export function sha256Of(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Reads a brought file (by its id in the host's file store) to be kept in the fund file: refused on `field` when
 * the id names nothing, when it is larger than the limit (checked before a byte is read), or when its first bytes
 * are not a PDF's, a JPEG's or a PNG's. The hash is taken over the bytes read, which are the bytes kept.
 */
export function readIncomingAttachment(files: FileStore, fileId: string, field: string): Result<IncomingAttachment> {
  const stored = files.get(fileId);
  if (!stored) return failure('bylaw-attachment-missing', field);
  const limitMiB = bylawAttachmentLimitBytes / 2 ** 20;
  if (stored.bytes > bylawAttachmentLimitBytes) return failure('bylaw-attachment-too-large', field, { name: stored.name, limitMiB });
  const content = readFileSync(stored.path);
  if (content.byteLength > bylawAttachmentLimitBytes) return failure('bylaw-attachment-too-large', field, { name: stored.name, limitMiB });
  const mediaType = bylawMediaTypeOf(content);
  if (!mediaType) return failure('bylaw-attachment-type', field, { name: stored.name });
  return success({ fileName: stored.name, mediaType, content, sha256: sha256Of(content) });
}

/** Forgets brought files once the fund file holds their bytes: the store's own copies go at once. */
export function releaseIncoming(files: FileStore, fileIds: readonly string[]): void {
  for (const id of fileIds) files.take(id)?.done();
}

/** Writes bytes the fund file holds into the store, to be handed over once like any file the backend made. */
export async function storeOutgoing(files: FileStore, content: Uint8Array, name: string): Promise<StoredFile> {
  const reserved = files.reserve();
  writeFileSync(reserved.path, content);
  return files.keep(reserved, name);
}
