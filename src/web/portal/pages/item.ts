import type { FastifyInstance } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { html, raw } from '../../html.ts';
import { portalPage, sendHtml } from '../layout.ts';
import { publicBody, relatedInterpretations } from '../queries.ts';
import { findItem } from '../../../storage/items.ts';
import { itemViewBufferOf } from '../../../storage/item-views.ts';
import type { ItemViewBuffer } from '../../../storage/item-views.ts';
import { bodyKey, publicPageCache } from '../public-page-cache.ts';
import { findAttachment, listAttachments } from '../../../storage/attachments.ts';
import type { SqlRunner } from '../../../storage/database.ts';
import { Problem } from '../../../http/errors.ts';

/**
 * How long a rendered page is reused. A change made through this process drops it at once; one
 * made through another instance shows here after at most this long (docs/performance.md) — as
 * long as the public API lets proxies keep the same item (max-age=60).
 */
const PAGE_TTL_MS = 60_000;
/** Pages of ~5–20 KB each: a few tens of MB at most. */
const PAGE_CACHE_ENTRIES = 2_000;

const notFound = () => new Problem(404, 'ITEM_NOT_FOUND', '找不到该政府信息，或该信息尚未公开、已撤回');

/** Where 浏览量 goes in a rendered page: random, so no title or text can contain it. */
const viewsSlot = `views-${randomUUID()}`;

/**
 * An item page rendered once and reused: everything but 浏览量, which changes with each view and
 * is filled in per request from the stored count plus the views buffered since (so it stays exact).
 */
interface RenderedItemPage {
  itemId: string;
  beforeViews: string;
  afterViews: string;
  /** items.view_count as read, plus each batch of views written since (ItemViewBuffer.onWritten). */
  storedViews: number;
  /** Of the page without 浏览量: a browser's copy stays valid until the item or its 解读 change. */
  etag: string;
}

async function renderItemPage(
  db: SqlRunner,
  views: ItemViewBuffer,
  bodyId: string,
  itemId: string,
): Promise<RenderedItemPage> {
  // One round trip instead of three: the item and attachment lookups filter by the body too, and
  // nothing of them is shown unless the body exists and the item is published.
  const [b, item, attachments] = await views.readBetweenFlushes(() =>
    Promise.all([publicBody(db, bodyId), findItem(db, bodyId, itemId), listAttachments(db, bodyId, itemId)]),
  );
  if (!item || item.status !== 'published') throw notFound();
  // The costliest query of the page (a trigram search over every title), hence the page cache.
  const related = await relatedInterpretations(db, b.id, item);
  const meta: Array<[string, string | null]> = [
    ['索引号', item.indexNumber],
    ['发布机构', item.publisher],
    ['公开目录', item.catalogueName],
    ['发布日期', item.publishedOn],
    ['成文日期', item.madeOn],
    ['文号', item.documentNumber],
    ['有效性', item.validity],
    ['浏览量', viewsSlot],
  ];
  const body = html`<article class="item">
    <table class="item-meta">
      <caption class="visually-hidden">
        信息属性
      </caption>
      <tbody>
        ${meta
          .filter(([, value]) => value !== null && value !== '')
          .map(
            ([label, value]) =>
              html`<tr>
                <th scope="row">${label}</th>
                <td>${value}</td>
              </tr>`,
          )}
      </tbody>
    </table>
    <h1>${item.title}</h1>
    <div class="item-body">${raw(item.bodyHtml)}</div>
    ${
      attachments.length
        ? html`<h2>附件</h2>
            <ul>
              ${attachments.map(
                (a) =>
                  html`<li>
                    <a href="/bodies/${b.id}/items/${item.id}/attachments/${a.id}">${a.fileName}</a>
                    <span class="muted"
                      >（${Math.ceil(a.byteSize / 1024)} KB，SHA-256 ${a.sha256.slice(0, 12)}…）</span
                    >
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${
      related.length
        ? html`<h2>相关解读</h2>
            <ul>
              ${related.map((r) => html`<li><a href="/bodies/${b.id}/items/${r.id}">${r.title}</a></li>`)}
            </ul>`
        : ''
    }
  </article>`;
  // item.bodyHtml was sanitised with an allow-list when it was written (never raw input).
  const page = portalPage({
    title: item.title,
    body,
    crumbs: [
      { label: b.name, href: `/bodies/${b.id}` },
      { label: item.catalogueName, href: `/bodies/${b.id}/catalogue/${item.catalogueNodeId}` },
      { label: '正文' },
    ],
  });
  const [beforeViews = '', afterViews = ''] = page.split(viewsSlot);
  const digest = createHash('sha1').update(beforeViews).update(afterViews).digest('base64url');
  return {
    itemId: item.id,
    beforeViews,
    afterViews,
    storedViews: item.viewCount,
    etag: `W/"${digest}"`,
  };
}

/** An item page with the metadata header every disclosure site shows. */
export async function itemPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  const views = itemViewBufferOf(app.deps, db);
  // Runs before the runtime closes the database (src/runtime/server.ts closes the app first).
  app.addHook('onClose', () => views.close());
  const pages = publicPageCache<RenderedItemPage>(app, PAGE_TTL_MS, PAGE_CACHE_ENTRIES);
  const stopCounting = views.onWritten((written) =>
    pages.forEachLoaded((page) => (page.storedViews += written.get(page.itemId) ?? 0)),
  );
  app.addHook('onClose', async () => {
    stopCounting();
  });

  app.get<{ Params: { bodyId: string; itemId: string } }>(
    '/bodies/:bodyId/items/:itemId',
    async (request, reply) => {
      const { bodyId, itemId } = request.params;
      const page = await pages.get(bodyKey(bodyId, itemId), () => renderItemPage(db, views, bodyId, itemId));
      views.add(page.itemId);
      // A browser keeps the page but asks each time (no-cache): a withdrawal is seen at once, and a
      // copy still valid costs a 304 (the view is counted; its 浏览量 figure is the one it had).
      reply.header('etag', page.etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === page.etag) return reply.status(304).send();
      const shownViews = page.storedViews + views.buffered(page.itemId);
      return sendHtml(reply, page.beforeViews + String(shownViews) + page.afterViews);
    },
  );

  app.get<{ Params: { bodyId: string; itemId: string; attachmentId: string } }>(
    '/bodies/:bodyId/items/:itemId/attachments/:attachmentId',
    async (request, reply) => {
      const { bodyId, itemId, attachmentId } = request.params;
      const item = await findItem(app.deps.db, bodyId, itemId);
      if (!item || item.status !== 'published') throw notFound();
      const file = await findAttachment(app.deps.db, bodyId, itemId, attachmentId);
      if (!file) throw new Problem(404, 'ATTACHMENT_NOT_FOUND', '找不到该附件');
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.content));
    },
  );
}
