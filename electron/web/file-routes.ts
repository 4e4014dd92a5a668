import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { incomingLimitBytes } from '../backend/app-handlers';
import type { HostFiles } from '../backend/host-types';

/** The two byte-carrying paths of web mode (issue 13 §4); every other API call is JSON through the dispatcher. */
export const uploadPath = '/api/files/upload';
export const downloadPath = '/api/files/download';

type Reply = (status: number, code: string, extra?: Record<string, string>) => void;
type SendJson = (body: unknown) => void;

const contentTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  // A bylaw's signed paper as it was attached (issue 17 §3).
  jpg: 'image/jpeg',
  png: 'image/png',
};

/**
 * `Content-Disposition` for a Thai file name: RFC 6266's `filename*` in UTF-8, with an ASCII `filename` for the
 * few clients that read only that.
 */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The upload endpoint: `POST /api/files/upload` with the file as the raw body (`application/octet-stream`), its
 * name URL-encoded in `X-SWF-File-Name`, and the token checked by the caller. The body streams into the host's
 * file store, capped and hashed as it comes; the answer names the file by id for the call that reads it next.
 */
export async function receiveUpload(request: IncomingMessage, files: HostFiles, reply: Reply, sendJson: SendJson): Promise<void> {
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (type !== 'application/octet-stream') return reply(415, 'octet-stream-only');
  const declared = Number(request.headers['content-length'] ?? '0');
  // Refused before a byte is read; the rest of the body is never read, so the connection closes.
  if (declared > incomingLimitBytes) return reply(413, 'too-large', { Connection: 'close' });
  let name: string;
  try {
    name = decodeURIComponent(String(request.headers['x-swf-file-name'] ?? ''));
  } catch {
    return reply(400, 'bad-file-name');
  }
  sendJson(await files.receive(name, request));
}

/**
 * The download path: `POST /api/files/download` with `{ "fileId": … }`. A file the backend made is served once,
 * as an attachment with its Thai name, and then forgotten; asking again answers 404.
 */
export async function serveDownload(
  response: ServerResponse,
  files: HostFiles,
  fileId: unknown,
  reply: Reply,
  headers: Record<string, string>,
): Promise<void> {
  const taken = typeof fileId === 'string' ? files.take(fileId) : undefined;
  if (!taken) return reply(404, 'file-not-ready');
  const extension = taken.name.split('.').pop()?.toLowerCase() ?? '';
  response.writeHead(200, {
    ...headers,
    'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
    'Content-Length': String(taken.bytes),
    'Content-Disposition': contentDisposition(taken.name),
    'Cache-Control': 'no-store',
  });
  try {
    await pipeline(taken.open(), response);
  } finally {
    taken.done();
  }
}
