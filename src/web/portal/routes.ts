import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { homePage } from './pages/home.ts';
import { bodyPages } from './pages/body.ts';
import { itemPages } from './pages/item.ts';
import { searchPage } from './pages/search.ts';
import { applyPages } from './pages/apply.ts';
import { trackPages } from './pages/track.ts';
import { reportDownloads, reportPages } from './pages/reports.ts';
import { portalPage, sendHtml } from './layout.ts';
import { html } from '../html.ts';
import { Problem } from '../../http/errors.ts';
import { requestDeps } from '../../http/request-deps.ts';

const portalCss = readFileSync(new URL('./portal.css', import.meta.url), 'utf8');

/** The public portal: server-rendered HTML, works without JavaScript. */
export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const deps = requestDeps(app);

  // Problems on HTML pages render as a page, not JSON (a person reads them).
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof Problem && error.status < 500) {
      const body = html`<h1>${error.status === 404 ? '页面不存在' : '无法完成请求'}</h1>
        <p>${error.messageZh}</p>
        <p><a href="/">返回首页</a></p>`;
      return sendHtml(reply, portalPage({ title: '提示', body }), { status: error.status });
    }
    throw error;
  });

  app.get('/assets/portal.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(portalCss),
  );
  await homePage(app);
  await bodyPages(app);
  await itemPages(app);
  await searchPage(app);
  await applyPages(app, deps);
  await trackPages(app, deps);
  await reportPages(app);
  await reportDownloads(app);
}
