import type { FastifyReply } from 'fastify';
import { html } from '../html.ts';
import type { SafeHtml } from '../html.ts';

export interface Crumb {
  label: string;
  href?: string;
}

export interface PageOptions {
  title: string;
  body: SafeHtml;
  crumbs?: Crumb[];
  siteName?: string;
  /** Search box prefilled with this query. */
  query?: string;
}

/** The portal's page shell: Chinese, mobile-first, readable without JavaScript, landmarks for screen readers. */
export function portalPage({
  title,
  body,
  crumbs = [],
  siteName = '政府信息公开',
  query = '',
}: PageOptions): string {
  const trail = crumbs.length
    ? html`<nav class="crumbs" aria-label="当前位置">
        <ol>
          <li><a href="/">首页</a></li>
          ${crumbs.map((c) =>
            c.href
              ? html`<li><a href="${c.href}">${c.label}</a></li>`
              : html`<li aria-current="page">${c.label}</li>`,
          )}
        </ol>
      </nav>`
    : '';
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} - ${siteName}</title>
        <link rel="stylesheet" href="/assets/portal.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">跳到正文</a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="site-name" href="/">${siteName}</a>
            <form class="site-search" role="search" action="/search" method="get">
              <label for="site-q" class="visually-hidden">搜索政府信息</label>
              <input
                id="site-q"
                name="q"
                type="search"
                value="${query}"
                placeholder="搜索政府信息（支持繁体）"
              />
              <button type="submit">搜索</button>
            </form>
          </div>
        </header>
        <div class="wrap">${trail}</div>
        <main id="main" class="wrap">${body}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              依据《中华人民共和国政府信息公开条例》公开 · <a href="/track">申请进度查询</a> ·
              <a href="/api/docs">开放接口</a>
            </p>
          </div>
        </footer>
      </body>
    </html>`.value;
}

/** Sends a portal page; receipts and tracking results (`noStore`) are never kept by a cache. */
export function sendHtml(
  reply: FastifyReply,
  page: string,
  options: { status?: number; noStore?: boolean } = {},
): FastifyReply {
  if (options.noStore) reply.header('cache-control', 'no-store');
  return reply
    .status(options.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(page);
}
