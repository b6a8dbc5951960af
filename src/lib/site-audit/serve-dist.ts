/**
 * A small static file server for dist/ that behaves like the production host: it applies the rules
 * of dist/_headers to every response, redirects a directory without its trailing slash, and answers
 * unknown paths with 404.html and status 404. Used by the CSP browser test and by Lighthouse, so both
 * see the real security headers (astro preview does not apply _headers).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileForUrlPath } from './dist-files.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

function createDistServer(distDir: string): Server {
  const root = path.resolve(distDir);
  const headersPath = path.join(root, '_headers');
  const rules = existsSync(headersPath)
    ? parseHeadersFile(readFileSync(headersPath, 'utf8'), headersPath)
    : [];

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, file: string): void => {
      for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
      response.setHeader('Content-Type', contentTypes[path.extname(file)] ?? 'application/octet-stream');
      response.setHeader('Content-Length', statSync(file).size);
      response.setHeader('Cache-Control', 'no-cache');
      response.writeHead(status);
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileForUrlPath(root, url.pathname);
    if (file !== undefined) {
      send(200, file);
      return;
    }
    if (!url.pathname.endsWith('/') && fileForUrlPath(root, `${url.pathname}/`) !== undefined) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const notFound = path.join(root, '404.html');
    if (existsSync(notFound)) send(404, notFound);
    else response.writeHead(404).end();
  });
}

/** Starts the server on 127.0.0.1; port 0 picks a free port. */
export async function serveDist(distDir: string, port = 0): Promise<RunningServer> {
  const server = createDistServer(distDir);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
