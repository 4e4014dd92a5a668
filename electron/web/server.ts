import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BackendHost, ContractSide } from '../backend/host-types';
import { downloadPath, receiveUpload, serveDownload, uploadPath } from './file-routes';
import { commonHeaders, createTokenChecker, isAllowedHost, isForeignRequest } from './security';
import { readStatic } from './static-files';

export const bodyLimitBytes = 1024 * 1024;
const sides: readonly string[] = ['app', 'fund', 'jobs', 'region'] satisfies readonly ContractSide[];
const apiPath = /^\/api\/([a-z]+)\/([A-Za-z0-9.]{1,100})$/;

export type WebServer = {
  url: string;
  token: string;
  port: number;
  /** What the listening socket reports (server.address()), so a test can see it is bound to loopback only. */
  address: AddressInfo;
  close: () => Promise<void>;
};

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

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Web mode (A13, reliability.md §(d)): the built renderer and the API on 127.0.0.1 only. The API takes
 * `POST /api/{app|fund|jobs|region}/{method}` with a JSON body, the per-launch token in `X-SWF-Token` and, for fund and
 * job calls, the handle of the fund the page is showing in `X-SWF-Fund`; it answers the host's ApiResult as JSON
 * with status 200, whether ok or not; 4xx is kept for refusals by the transport.
 * No method takes a file-system path: the host runs in 'folder' mode, so funds are names in the fund folder.
 */
export async function startWebServer(options: { host: BackendHost; staticDir: string; port?: number }): Promise<WebServer> {
  const tokens = createTokenChecker();
  let port = 0;

  /** The JSON body of a POST carrying the token, or undefined once the refusal is sent. */
  async function readJson(request: IncomingMessage, response: ServerResponse): Promise<{ input: unknown } | undefined> {
    if (request.method !== 'POST') return void refuse(response, 405, 'method-not-allowed', { Allow: 'POST' });
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    if (type !== 'application/json') return void refuse(response, 415, 'json-only');
    if (!tokens.matches(firstHeader(request.headers['x-swf-token']))) return void refuse(response, 401, 'bad-token');
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
      if (!tokens.matches(firstHeader(request.headers['x-swf-token']))) return reply(401, 'bad-token');
      const sendJson = (value: unknown) =>
        send(response, 200, JSON.stringify(value), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
      return receiveUpload(request, options.host.files, reply, sendJson);
    }
    const read = await readJson(request, response);
    if (!read) return;
    return serveDownload(response, options.host.files, (read.input as { fileId?: unknown } | null)?.fileId, reply, commonHeaders);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, side: ContractSide, method: string): Promise<void> {
    const read = await readJson(request, response);
    if (!read) return;
    const { input } = read;
    // Fund and job requests name their fund by its handle (A2); the host refuses a fund that is not open.
    const fund = firstHeader(request.headers['x-swf-fund']);
    const result = await options.host.dispatch(
      side,
      method,
      input,
      side === 'app' || side === 'region' || fund === undefined ? undefined : fund.slice(0, 100),
    );
    send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) return refuse(response, 403, 'bad-host');
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
    const file = await readStatic(options.staticDir, path);
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
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  port = address.port;
  return {
    address,
    url: `http://127.0.0.1:${port}/#token=${tokens.token}`,
    token: tokens.token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
