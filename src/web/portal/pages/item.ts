import type { FastifyInstance } from 'fastify';
import { html, raw } from '../../html.ts';
import { portalPage, sendHtml } from '../layout.ts';
import { publicBody, relatedInterpretations } from '../queries.ts';
import { findItem } from '../../../storage/items.ts';
import { ItemViewBuffer } from '../../../storage/item-views.ts';
import { RecentCache } from '../recent-cache.ts';
import { findAttachment, listAttachments } from '../../../storage/attachments.ts';
import { Problem } from '../../../http/errors.ts';

const RELATED_TTL_MS = 60_000;

const notFound = () => new Problem(404, 'ITEM_NOT_FOUND', '找不到该政府信息，或该信息尚未公开、已撤回');

/** An item page with the metadata header every disclosure site shows. */
export async function itemPages(app: FastifyInstance): Promise<void> {
  const views = new ItemViewBuffer(app.deps.db);
  views.start();
  // Runs before the runtime closes the database (src/runtime/server.ts closes the app first).
  app.addHook('onClose', () => views.close());
  // The 解读 list is a trigram search over every title, the costliest query of the page; a
  // 解读 published a moment ago shows on its document's page within RELATED_TTL_MS.
  const relatedLists = new RecentCache<Array<{ id: string; title: string }>>(RELATED_TTL_MS, 10_000);
  app.get<{ Params: { bodyId: string; itemId: string } }>(
    '/bodies/:bodyId/items/:itemId',
    async (request, reply) => {
      const db = app.deps.db;
      const { bodyId, itemId } = request.params;
      // One round trip instead of three: the item and attachment lookups filter by the body too, and
      // nothing of them is shown unless the body exists and the item is published.
      const [b, item, attachments] = await Promise.all([
        publicBody(db, bodyId),
        findItem(db, bodyId, itemId),
        listAttachments(db, bodyId, itemId),
      ]);
      if (!item || item.status !== 'published') throw notFound();
      views.add(item.id);
      const related = await relatedLists.get(`${item.id} ${item.title} ${item.documentNumber ?? ''}`, () =>
        relatedInterpretations(db, b.id, item),
      );
      const meta: Array<[string, string | number | null]> = [
        ['索引号', item.indexNumber],
        ['发布机构', item.publisher],
        ['公开目录', item.catalogueName],
        ['发布日期', item.publishedOn],
        ['成文日期', item.madeOn],
        ['文号', item.documentNumber],
        ['有效性', item.validity],
        ['浏览量', item.viewCount + views.buffered(item.id)],
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
      return sendHtml(
        reply,
        portalPage({
          title: item.title,
          body,
          crumbs: [
            { label: b.name, href: `/bodies/${b.id}` },
            { label: item.catalogueName, href: `/bodies/${b.id}/catalogue/${item.catalogueNodeId}` },
            { label: '正文' },
          ],
        }),
      );
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
