import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const consoleDir = fileURLToPath(new URL('../../../dist/console/', import.meta.url));

/** Serves the built staff console SPA under /console/ (every unknown path gets index.html). */
export async function consoleRoutes(app: FastifyInstance): Promise<void> {
  const indexFile = `${consoleDir}index.html`;
  if (!existsSync(indexFile)) {
    app.get('/console/*', async (_request, reply) =>
      reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>工作台</title>' +
            '<p>工作台尚未构建，请运行 <code>npm run build:console</code> 后重启。</p></html>',
        ),
    );
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, { root: consoleDir, prefix: '/console/', index: false, wildcard: false });
  const sendIndex = async (_request: unknown, reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(indexHtml);
  app.get('/console', async (_request, reply) => reply.redirect('/console/'));
  app.get('/console/', sendIndex);
  app.get('/console/*', sendIndex);
}
