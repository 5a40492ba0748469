import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { html } from '../html.ts';
import { portalPage } from './layout.ts';
import { listTopBodies } from '../../storage/bodies.ts';

const portalCss = readFileSync(new URL('./portal.css', import.meta.url), 'utf8');

export async function portalRoutes(app: FastifyInstance): Promise<void> {
  app.get('/assets/portal.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(portalCss),
  );

  app.get('/', async (_request, reply) => {
    const bodies = await listTopBodies(app.deps.db);
    const body = html`<h1>政府信息公开</h1>
      <p>依据《中华人民共和国政府信息公开条例》，以下机关在本平台公开政府信息。</p>
      <ul class="body-list">
        ${bodies.map((b) => html`<li><a href="/bodies/${b.id}">${b.name}</a></li>`)}
      </ul>`;
    return reply.type('text/html; charset=utf-8').send(portalPage({ title: '首页', body }));
  });
}
