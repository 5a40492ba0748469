import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const consoleDir = fileURLToPath(new URL('../../../dist/console/', import.meta.url));

const buildingPage =
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta http-equiv="refresh" content="5">' +
  '<title>工作台</title><p>工作台正在构建，请稍候，本页将自动刷新。（也可运行 <code>npm run build:console</code>）</p></html>';

/** Vite names every file under assets/ by a hash of its content: a changed file gets a new name. */
const hashedAsset = /^assets[\\/]/;
const forever = 'public, max-age=31536000, immutable';
/** index.html names the current chunks: always asked again (a 304 while it is unchanged). */
const revalidate = 'no-cache';

/**
 * Serves the staff console SPA under /console/. Files are looked up per request, so a server that
 * started before the console was built (first `npm start`) serves it as soon as the build lands.
 * `dir` is the built console (dist/console); tests give their own.
 */
export async function consoleRoutes(app: FastifyInstance, options: { dir?: string }): Promise<void> {
  const dir = options.dir ?? consoleDir;
  mkdirSync(dir, { recursive: true });
  // cacheControl: false — @fastify/send would otherwise replace the header set below by max-age=0.
  // preCompressed: the build writes name.br / name.gz (scripts/precompress.mjs); sent when the
  // browser accepts them, the file itself otherwise.
  await app.register(fastifyStatic, { root: dir, serve: false, cacheControl: false, preCompressed: true });

  const send = async (path: string, reply: FastifyReply) => {
    // normalize + prefix check: “..” in the path can never leave the console folder.
    const relative = normalize(path).replace(/^(\.\.(\/|\\|$))+/, '');
    const file = join(dir, relative);
    if (relative && extname(relative) && file.startsWith(dir) && existsSync(file)) {
      return reply
        .header('cache-control', hashedAsset.test(relative) ? forever : revalidate)
        .header('vary', 'accept-encoding')
        .sendFile(relative);
    }
    // A chunk of an older build (a page left open across an upgrade) is gone: not the page instead.
    if (hashedAsset.test(relative)) return reply.callNotFound();
    if (!existsSync(join(dir, 'index.html'))) {
      return reply.status(503).type('text/html; charset=utf-8').send(buildingPage);
    }
    return reply.header('cache-control', revalidate).header('vary', 'accept-encoding').sendFile('index.html');
  };
  app.get('/console', async (_request, reply) => reply.redirect('/console/'));
  app.get('/console/', async (_request, reply) => send('', reply));
  app.get<{ Params: { '*': string } }>('/console/*', async (request, reply) =>
    send(request.params['*'], reply),
  );
}
