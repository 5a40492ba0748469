import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { html } from '../../html.ts';
import type { SafeHtml } from '../../html.ts';
import { portalPage, sendHtml } from '../layout.ts';
import { childBodies, publicBody, publishedItemCountsByNode, publishedReportYears } from '../queries.ts';
import { catalogueTree } from '../../../application/catalogue.ts';
import type { CatalogueNode } from '../../../application/catalogue.ts';
import { listItems } from '../../../storage/items.ts';
import { pageParam, pagination } from '../components.ts';
import { Problem } from '../../../http/errors.ts';
import { bodyKey, publicPageCache } from '../public-page-cache.ts';

/**
 * The four parts of a body's column (国办公开办函〔2019〕61号), each a section with a heading, and
 * the in-page menu listing them: made from one list so the menu and the sections never disagree.
 */
function columnParts(parts: Array<{ id: string; title: string; content: SafeHtml }>): SafeHtml {
  return html`<nav class="column-nav" aria-label="专栏栏目">
      <ul>
        ${parts.map((p) => html`<li><a href="#${p.id}">${p.title}</a></li>`)}
      </ul>
    </nav>
    ${parts.map(
      (p) => html`<section id="${p.id}" aria-labelledby="${p.id}-h">
        <h2 id="${p.id}-h">${p.title}</h2>
        ${p.content}
      </section>`,
    )}`;
}

const kindLabels: Record<string, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇（街道）',
  department: '部门',
};

function treeHtml(bodyId: string, nodes: CatalogueNode[], counts: Map<string, number>): SafeHtml {
  return html`<ul class="tree">
    ${nodes.map(
      (n) =>
        html`<li>
          <a href="/bodies/${bodyId}/catalogue/${n.id}">${n.name}</a>
          <span class="muted">（${counts.get(n.id) ?? 0}）</span
          >${n.children.length ? treeHtml(bodyId, n.children, counts) : ''}
        </li>`,
    )}
  </ul>`;
}

function findNode(nodes: CatalogueNode[], id: string): CatalogueNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const below = findNode(node.children, id);
    if (below) return below;
  }
  return undefined;
}

const uuid = z.uuid();

/**
 * The counts per catalogue node read every published item of the body: kept a minute, dropped at
 * once when the body publishes or withdraws something in this process.
 */
const COUNTS_TTL_MS = 60_000;
const COUNTS_CACHE_BODIES = 1_000;

/** A body's 政府信息公开专栏, laid out as 国办公开办函〔2019〕61号 asks. */
export async function bodyPages(app: FastifyInstance): Promise<void> {
  const nodeCounts = publicPageCache<Map<string, number>>(app, COUNTS_TTL_MS, COUNTS_CACHE_BODIES);
  app.get<{ Params: { bodyId: string } }>('/bodies/:bodyId', async (request, reply) => {
    const db = app.deps.db;
    const b = await publicBody(db, request.params.bodyId);
    const [tree, counts, children, years] = await Promise.all([
      catalogueTree(db, b.id),
      nodeCounts.get(bodyKey(b.id, 'counts'), () => publishedItemCountsByNode(db, b.id)),
      childBodies(db, b.id),
      publishedReportYears(db, b.id),
    ]);
    const promised = b.promisedWorkingDays
      ? html`本机关承诺在收到申请之日起 ${b.promisedWorkingDays} 个工作日内答复（法定期限为20个工作日）。`
      : html`本机关在收到申请之日起20个工作日内答复；需要延长的，经批准可延长不超过20个工作日（条例第三十三条）。`;
    const body = html`<h1>${b.name} 政府信息公开专栏</h1>
      ${columnParts([
        {
          id: 'guide',
          title: '政府信息公开指南',
          content: html`<p>
              ${b.name}依据《中华人民共和国政府信息公开条例》主动公开政府信息，并受理公民、法人和其他组织的政府信息公开申请。
            </p>
            <p>${promised}</p>
            <p>
              <a class="button" href="/bodies/${b.id}/apply">在线提交政府信息公开申请</a>
              <a href="/track">查询办理进度</a>
            </p>`,
        },
        {
          id: 'rules',
          title: '政府信息公开制度',
          content: html`<p>
            本机关执行《中华人民共和国政府信息公开条例》（国务院令第711号）及《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；信息处理费计收方式：${
              b.feeMethod === 'per-volume' ? '按量计收' : '按件计收'
            }。
          </p>`,
        },
        {
          id: 'catalogue',
          title: '法定主动公开内容',
          content: html`${tree.length ? treeHtml(b.id, tree, counts) : html`<p>暂无公开目录。</p>`}
            <p><a href="/search?body=${b.id}">在本机关公开的信息中检索</a></p>`,
        },
        {
          id: 'reports',
          title: '政府信息公开年报',
          content: years.length
            ? html`<ul>
                ${years.map((y) => html`<li><a href="/bodies/${b.id}/reports/${y}">${b.name}${y}年政府信息公开工作年度报告</a></li>`)}
              </ul>`
            : html`<p>暂无已发布的年度报告。</p>`,
        },
      ])}
      ${
        children.length
          ? html`<section aria-labelledby="children-h">
              <h2 id="children-h">所属机关</h2>
              <ul class="body-list">
                ${children.map(
                  (c) =>
                    html`<li>
                      <a href="/bodies/${c.id}">${c.name}</a>
                      <span class="muted">${kindLabels[c.kind] ?? ''}</span>
                    </li>`,
                )}
              </ul>
            </section>`
          : ''
      }`;
    return sendHtml(reply, portalPage({ title: b.name, body, crumbs: [{ label: b.name }] }));
  });

  app.get<{ Params: { bodyId: string; nodeId: string }; Querystring: { page?: string } }>(
    '/bodies/:bodyId/catalogue/:nodeId',
    async (request, reply) => {
      const db = app.deps.db;
      const b = await publicBody(db, request.params.bodyId);
      const nodeId = request.params.nodeId;
      const node = uuid.safeParse(nodeId).success
        ? findNode(await catalogueTree(db, b.id), nodeId)
        : undefined;
      if (!node) throw new Problem(404, 'CATALOGUE_NODE_NOT_FOUND', '找不到该目录栏目');
      const page = pageParam(request.query.page);
      const pageSize = 20;
      const { rows, total } = await listItems(
        db,
        b.id,
        { catalogueNodeId: node.id, publishedOnly: true },
        { limit: pageSize, offset: (page - 1) * pageSize },
      );
      const body = html`<h1>${node.name}</h1>
        ${node.timeLimit ? html`<p class="muted">更新时限：${node.timeLimit}${node.responsible ? html` · 责任人：${node.responsible}` : ''}</p>` : ''}
        ${
          rows.length
            ? html`<ol class="item-list">
                ${rows.map(
                  (i) =>
                    html`<li>
                      <a href="/items/${i.id}">${i.title}</a>
                      <span class="muted">${i.documentNumber ?? ''} ${i.publishedOn ?? ''}</span>
                    </li>`,
                )}
              </ol>`
            : html`<p>本栏目暂无公开信息。</p>`
        }
        ${pagination(`/bodies/${b.id}/catalogue/${node.id}`, new URLSearchParams(), page, Math.ceil(total / pageSize))}`;
      return sendHtml(
        reply,
        portalPage({
          title: node.name,
          body,
          crumbs: [{ label: b.name, href: `/bodies/${b.id}` }, { label: node.name }],
        }),
      );
    },
  );
}
