import type { FastifyInstance } from 'fastify';
import { html } from '../../html.ts';
import type { SafeHtml } from '../../html.ts';
import { portalPage, sendHtml } from '../layout.ts';
import { bodyTree } from '../queries.ts';
import type { BodyNode } from '../queries.ts';

function bodyList(nodes: BodyNode[]): SafeHtml {
  return html`<ul class="body-list">${nodes.map(
    (b) =>
      html`<li><a href="/bodies/${b.id}">${b.name}</a>${b.children.length ? bodyList(b.children) : ''}</li>`,
  )}</ul>`;
}

export async function homePage(app: FastifyInstance): Promise<void> {
  app.get('/', async (_request, reply) => {
    const bodies = await bodyTree(app.deps.db);
    const body = html`<h1>政府信息公开</h1>
<p>依据《中华人民共和国政府信息公开条例》，以下机关在本平台公开政府信息、受理政府信息公开申请、发布年度报告。</p>
<h2>公开主体</h2>
${bodyList(bodies)}
<h2>办事入口</h2>
<ul class="actions">
<li><a href="/search">检索政府信息</a></li>
<li><a href="/track">查询申请办理进度</a></li>
</ul>`;
    return sendHtml(reply, portalPage({ title: '首页', body }));
  });
}
