import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const consoleDir = fileURLToPath(new URL('../../../dist/console/', import.meta.url));

const buildingPage =
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta http-equiv="refresh" content="5">' +
  '<title>工作台</title><p>工作台正在构建，请稍候，本页将自动刷新。（也可运行 <code>npm run build:console</code>）</p></html>';

/**
 * Serves the staff console SPA under /console/. Files are looked up per request, so a server that
 * started before the console was built (first `npm start`) serves it as soon as the build lands.
 */
export async function consoleRoutes(app: FastifyInstance): Promise<void> {
  mkdirSync(consoleDir, { recursive: true });
  await app.register(fastifyStatic, { root: consoleDir, serve: false });

  const send = async (path: string, reply: FastifyReply) => {
    // normalize + prefix check: “..” in the path can never leave the console folder.
    const relative = normalize(path).replace(/^(\.\.(\/|\\|$))+/, '');
    const file = join(consoleDir, relative);
    if (relative && extname(relative) && file.startsWith(consoleDir) && existsSync(file)) {
      return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(relative);
    }
    if (!existsSync(join(consoleDir, 'index.html'))) {
      return reply.status(503).type('text/html; charset=utf-8').send(buildingPage);
    }
    return reply.header('cache-control', 'no-store').sendFile('index.html');
  };
  app.get('/console', async (_request, reply) => reply.redirect('/console/'));
  app.get('/console/', async (_request, reply) => send('', reply));
  app.get<{ Params: { '*': string } }>('/console/*', async (request, reply) =>
    send(request.params['*'], reply),
  );
}
