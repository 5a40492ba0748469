import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { consoleRoutes } from './console.ts';
// @ts-expect-error — a build script in plain JavaScript, typed by its use here
import { precompress } from '../../../scripts/precompress.mjs';

// A built console as `vite build` lays it out (src/web/console/vite.config.ts): index.html naming
// the entry, and every chunk under assets/ with a content hash in its name.
const index = '<!doctype html><script type="module" src="/console/assets/index-D4x9Qm2p.js"></script>';
const files: Record<string, string> = {
  'index.html': index,
  'assets/index-D4x9Qm2p.js': 'import("./SignIn-B7sYt0aQ.js")',
  'assets/SignIn-B7sYt0aQ.js': 'export const SignIn = 1;',
  'assets/antd-DBPVtHgH.js': 'export {};',
  'assets/index-Ck2v9Lw1.css': 'body{margin:0}',
  // large enough for the build to keep compressed copies of it (scripts/precompress.mjs)
  'assets/Records-Bq1xZ7nP.js': `export const rows = [${'"申请编号",'.repeat(400)}];`,
};
const forever = 'public, max-age=31536000, immutable';

let dir: string;
let app: FastifyInstance;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-console-'));
  mkdirSync(join(dir, 'assets'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  expect(precompress(dir)).toBe(1);
  app = Fastify();
  await app.register(consoleRoutes, { dir });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the console’s files: chunks cached for good, the page asked again (RFC 9111 §5.2.2, RFC 8246)', () => {
  it.each([
    // url, status, content type, cache-control, body
    ['/console/', 200, 'text/html; charset=utf-8', 'no-cache', index],
    ['/console/index.html', 200, 'text/html; charset=utf-8', 'no-cache', index],
    [
      '/console/assets/index-D4x9Qm2p.js',
      200,
      'application/javascript; charset=utf-8',
      forever,
      files['assets/index-D4x9Qm2p.js'],
    ],
    [
      '/console/assets/SignIn-B7sYt0aQ.js',
      200,
      'application/javascript; charset=utf-8',
      forever,
      files['assets/SignIn-B7sYt0aQ.js'],
    ],
    [
      '/console/assets/antd-DBPVtHgH.js',
      200,
      'application/javascript; charset=utf-8',
      forever,
      files['assets/antd-DBPVtHgH.js'],
    ],
    [
      '/console/assets/index-Ck2v9Lw1.css',
      200,
      'text/css; charset=utf-8',
      forever,
      files['assets/index-Ck2v9Lw1.css'],
    ],
    // a route of the SPA (the hash never reaches the server) is the page
    ['/console/requests/GK-2025-0001', 200, 'text/html; charset=utf-8', 'no-cache', index],
    // “..” cannot leave the console folder
    ['/console/assets/..%2F..%2F..%2Fpackage.json', 200, 'text/html; charset=utf-8', 'no-cache', index],
  ] as const)('%s → %i %s, %s', async (url, status, type, cacheControl, body) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['cache-control']).toBe(cacheControl);
    expect(response.body).toBe(body);
  });

  it('a chunk of an older build that is gone is a 404, not the page (a script must not get HTML)', async () => {
    const response = await app.inject({ url: '/console/assets/Records-Old0Hash.js' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).not.toMatch(/html/);
  });

  it('the page asked again while unchanged is a 304 (its validator from the first answer)', async () => {
    const first = await app.inject({ url: '/console/' });
    const etag = first.headers['etag'];
    expect(etag).toEqual(expect.any(String));
    const again = await app.inject({ url: '/console/', headers: { 'if-none-match': etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it.each([
    // accept-encoding, content-encoding sent, how to read the body back (RFC 9110 §8.4, §12.5.3)
    ['br, gzip, deflate', 'br', (bytes: Buffer) => brotliDecompressSync(bytes)],
    ['gzip', 'gzip', (bytes: Buffer) => gunzipSync(bytes)],
    ['identity', undefined, (bytes: Buffer) => bytes],
  ] as const)('a chunk asked with accept-encoding “%s” is sent as %s', async (accept, encoding, decode) => {
    const url = '/console/assets/Records-Bq1xZ7nP.js';
    const response = await app.inject({ url, headers: { 'accept-encoding': accept } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(response.headers['vary']).toBe('accept-encoding');
    expect(response.headers['cache-control']).toBe(forever);
    expect(decode(response.rawPayload).toString('utf8')).toBe(files['assets/Records-Bq1xZ7nP.js']);
  });

  it('/console redirects to /console/', async () => {
    const response = await app.inject({ url: '/console' });
    expect(response.statusCode).toBe(302);
    expect(response.headers['location']).toBe('/console/');
  });
});

describe('before the console is built', () => {
  it('answers 503 with a page that refreshes itself', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'gongkai-console-'));
    const bare = Fastify();
    await bare.register(consoleRoutes, { dir: empty });
    const response = await bare.inject({ url: '/console/' });
    await bare.close();
    rmSync(empty, { recursive: true, force: true });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('工作台正在构建');
  });
});
