import { request } from 'node:http';
import type { WebServer } from '../../electron/web/server';

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };
export type Outgoing = { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean };

/** http.request, not fetch: fetch will not let a test set Host, Origin or Sec-Fetch-Site. */
export function call(server: WebServer, options: Outgoing): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { Host: `127.0.0.1:${server.port}`, ...options.headers };
    const outgoing = request(
      { agent: false, host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    // A server that answers 413 before reading stops the upload; the answer still arrives.
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    if (options.chunked && options.body !== undefined) {
      const body = Buffer.from(options.body);
      for (let start = 0; start < body.length; start += 64 * 1024) outgoing.write(body.subarray(start, start + 64 * 1024));
    } else if (options.body !== undefined) outgoing.write(options.body);
    outgoing.end();
  });
}
