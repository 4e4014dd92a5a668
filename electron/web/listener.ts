import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContractSide, HostFiles } from '../backend/host-types';
import { downloadPath, receiveUpload, serveDownload, uploadPath } from './file-routes';
import { commonHeaders, isForeignRequest } from './security';
import { readStatic } from './static-files';

export const bodyLimitBytes = 1024 * 1024;
const sides: readonly string[] = ['app', 'fund', 'jobs', 'region'] satisfies readonly ContractSide[];
const apiPath = /^\/api\/([a-z]+)\/([A-Za-z0-9.]{1,100})$/;

/** One API call as the transport read it: the method, its JSON input, the fund header and who sent it. */
export type ApiCall = {
  side: ContractSide;
  method: string;
  input: unknown;
  fund: string | undefined;
  token: string | undefined;
  from: string;
};
/** What goes back: the host's ApiResult with 200, or a transport refusal (4xx) carrying a code. */
export type ApiAnswer = { status: number; body: unknown };

/**
 * What differs between web mode's two listeners (reliability.md §(d)): the trainer's own on 127.0.0.1 and a room's on
 * the LAN (issue 19 §4). Everything else — JSON-only POSTs, Origin and Sec-Fetch-Site, body limits, headers,
 * timeouts, the contained static folder, codes-only errors — is the same code for both.
 */
export type ListenerRules = {
  /** DNS rebinding: the Host header must name this machine as the browser reached it, with the port. */
  isAllowedHost: (host: string | undefined, port: number) => boolean;
  /** Whether the `X-SWF-Token` header opens the API (401 otherwise). */
  admits: (token: string | undefined) => boolean;
  /** A call that needs no token (a room's join); every other check still applies. */
  isOpenCall?: (side: string, method: string) => boolean;
  answer: (call: ApiCall) => Promise<ApiAnswer>;
  files: HostFiles;
  staticDir: string;
  /** GET paths sent elsewhere (a room's bare address goes to its join page). */
  redirects?: Readonly<Record<string, string>>;
};

export type Listening = { server: Server; address: AddressInfo; close: () => Promise<void> };

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...commonHeaders, 'Content-Type': type, ...extra });
  response.end(body);
}

/** Transport-level refusals carry a code only: no stack traces, no personal data. */
function refuse(response: ServerResponse, status: number, code: string, extra: Record<string, string> = {}): void {
  send(response, status, JSON.stringify({ ok: false, error: { code } }), 'application/json; charset=utf-8', {
    'Cache-Control': 'no-store',
    ...extra,
  });
}

/**
 * Reads the body up to the limit. Past the limit it stops listening and leaves the rest unread (the reply
 * closes the connection), so a large upload costs at most one MiB of memory.
 */
function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > bodyLimitBytes) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > bodyLimitBytes) {
        request.off('data', onData);
        request.off('end', onEnd);
        request.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', reject);
  });
}

export function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Web mode's HTTP listener (A13): `POST /api/{app|fund|jobs|region}/{method}` with a JSON body and the token in
 * `X-SWF-Token` (fund and job calls also name their fund in `X-SWF-Fund`), the one upload endpoint and the one
 * download path, and the built renderer's files. Binds where it is told and nowhere else.
 */
export async function listen(rules: ListenerRules, where: { address: string; port: number }): Promise<Listening> {
  let port = 0;

  /** The JSON body of a POST carrying a token that opens the API, or undefined once the refusal is sent. */
  async function readJson(request: IncomingMessage, response: ServerResponse, isOpen = false): Promise<{ input: unknown } | undefined> {
    if (request.method !== 'POST') return void refuse(response, 405, 'method-not-allowed', { Allow: 'POST' });
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    if (type !== 'application/json') return void refuse(response, 415, 'json-only');
    if (!isOpen && !rules.admits(firstHeader(request.headers['x-swf-token']))) return void refuse(response, 401, 'bad-token');
    const body = await readBody(request);
    // The rest of an oversized body is never read, so this connection cannot carry another request.
    if (body === 'too-large') return void refuse(response, 413, 'too-large', { Connection: 'close' });
    try {
      return { input: body.length === 0 ? {} : JSON.parse(body.toString('utf8')) };
    } catch {
      return void refuse(response, 400, 'bad-json');
    }
  }

  /** Bytes in and out (issue 13 §4): the one upload endpoint and the one download path, token-checked like the API. */
  async function handleFiles(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const reply = (status: number, code: string, extra: Record<string, string> = {}) => refuse(response, status, code, extra);
    if (path === uploadPath) {
      if (request.method !== 'POST') return reply(405, 'method-not-allowed', { Allow: 'POST' });
      if (!rules.admits(firstHeader(request.headers['x-swf-token']))) return reply(401, 'bad-token');
      const sendJson = (value: unknown) =>
        send(response, 200, JSON.stringify(value), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
      return receiveUpload(request, rules.files, reply, sendJson);
    }
    const read = await readJson(request, response);
    if (!read) return;
    return serveDownload(response, rules.files, (read.input as { fileId?: unknown } | null)?.fileId, reply, commonHeaders);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, side: ContractSide, method: string): Promise<void> {
    const read = await readJson(request, response, rules.isOpenCall?.(side, method) === true);
    if (!read) return;
    const fund = firstHeader(request.headers['x-swf-fund']);
    const answer = await rules.answer({
      side,
      method,
      input: read.input,
      fund: fund?.slice(0, 100),
      token: firstHeader(request.headers['x-swf-token']),
      from: request.socket.remoteAddress ?? '',
    });
    send(response, answer.status, JSON.stringify(answer.body), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!rules.isAllowedHost(request.headers.host, port)) return refuse(response, 403, 'bad-host');
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const isApi = path === '/api' || path.startsWith('/api/');
    if (isForeignRequest(request.headers, { isApi })) return refuse(response, 403, 'foreign-origin');
    if (isApi) {
      if (path === uploadPath || path === downloadPath) return handleFiles(request, response, path);
      const match = apiPath.exec(path);
      if (!match || !sides.includes(match[1] ?? '')) return refuse(response, 404, 'not-found');
      return handleApi(request, response, match[1] as ContractSide, match[2] ?? '');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'method-not-allowed', { Allow: 'GET, HEAD' });
    const redirect = rules.redirects?.[path];
    if (redirect) return send(response, 302, '', 'text/plain; charset=utf-8', { Location: redirect, 'Cache-Control': 'no-store' });
    const file = await readStatic(rules.staticDir, path);
    if (!file) return refuse(response, 404, 'not-found');
    // Revalidated each time: a new build on the same port must never run beside stale chunks.
    send(response, 200, file.body, file.type, { 'Cache-Control': 'no-cache' });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // Only a code leaves the server; the host already logs its own failures.
      if (!response.headersSent) refuse(response, 500, 'internal');
      else response.destroy();
    });
  });
  // Malformed requests and header timeouts: a bare status and nothing else, then the socket goes.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable && error.code !== 'ECONNRESET') {
      const status =
        error.code === 'ERR_HTTP_REQUEST_TIMEOUT' || error.code === 'ERR_HTTP_HEADERS_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    } else socket.destroy();
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(where.port, where.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  port = address.port;
  return {
    server,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
