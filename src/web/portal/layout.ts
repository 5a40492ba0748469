import { html } from '../html.ts';
import type { SafeHtml } from '../html.ts';

export interface PageOptions {
  title: string;
  body: SafeHtml;
  siteName?: string;
}

/** The portal's page shell: Chinese, mobile-first, readable without JavaScript. */
export function portalPage({ title, body, siteName = '政府信息公开' }: PageOptions): string {
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
          <div class="wrap"><a class="site-name" href="/">${siteName}</a></div>
        </header>
        <main id="main" class="wrap">${body}</main>
        <footer class="site-footer">
          <div class="wrap">依据《中华人民共和国政府信息公开条例》公开 · Gongkai</div>
        </footer>
      </body>
    </html>`.value;
}
