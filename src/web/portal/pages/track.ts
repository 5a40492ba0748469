import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../../html.ts';
import type { SafeHtml } from '../../html.ts';
import { portalPage, sendHtml } from '../layout.ts';
import { errorSummary, textField } from '../components.ts';
import { csrfInput } from '../../../http/csrf.ts';
import { rateLimits } from '../../../http/security.ts';
import { Problem } from '../../../http/errors.ts';
import { trackRequest } from '../../../application/requests-views.ts';
import type { RequestDeps } from '../../../application/requests.ts';
import type { PublicTracking } from '../../../application/requests-views.ts';

function trackForm(
  request: FastifyRequest,
  reply: FastifyReply,
  values: Record<string, string>,
  message?: string,
): SafeHtml {
  const errors = message ? [{ field: 'number', message }] : [];
  return html`${errorSummary(errors)}
    <form method="post" action="/track" novalidate>
      ${csrfInput(request, reply)}
      ${textField({ name: 'number', label: '申请编号', required: true, value: values.number ?? '', hint: '如 GK-2025-000123', error: message })}
      ${textField({ name: 'code', label: '查询码', required: true, value: '', hint: '提交申请时显示的查询码' })}
      <button type="submit">查询</button>
    </form>`;
}

function trackingHtml(t: PublicTracking): SafeHtml {
  return html`<section aria-labelledby="status-h" class="tracking">
    <h2 id="status-h">申请 ${t.trackingNumber} 的办理情况</h2>
    <dl class="receipt">
      <dt>受理机关</dt>
      <dd>${t.bodyName}</dd>
      <dt>收到申请日期</dt>
      <dd>${t.receiptDate}</dd>
      <dt>当前状态</dt>
      <dd id="status"><strong>${t.statusLabel}</strong>：${t.statusText}</dd>
      ${
        t.outcomeLabel
          ? html`<dt>答复结果</dt>
              <dd id="outcome">${t.outcomeLabel}</dd>`
          : ''
      }
      ${
        t.deadline
          ? html`<dt>答复期限</dt>
              <dd>${t.deadline.dueDate}</dd>`
          : ''
      }
    </dl>
    <h3>办理过程</h3>
    <ol class="timeline">
      ${t.steps.map((s) => html`<li><time datetime="${s.on}">${s.on}</time> <strong>${s.label}</strong> ${s.text}</li>`)}
    </ol>
  </section>`;
}

/** The applicant's tracking page: number + secret code, status in plain words, each step dated. */
export async function trackPages(app: FastifyInstance, deps: RequestDeps): Promise<void> {
  const page = (content: SafeHtml) =>
    portalPage({
      title: '申请进度查询',
      body: html`<h1>政府信息公开申请进度查询</h1>
        ${content}`,
      crumbs: [{ label: '进度查询' }],
    });

  app.get('/track', async (request, reply) => sendHtml(reply, page(trackForm(request, reply, {}))));

  app.post('/track', { config: { rateLimit: rateLimits.publicSubmission } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const number = typeof body.number === 'string' ? body.number.trim().slice(0, 40) : '';
    const code = typeof body.code === 'string' ? body.code.trim().slice(0, 40) : '';
    try {
      const tracking = await trackRequest(deps, number, code);
      const result = html`${trackingHtml(tracking)}
        <h2>查询其他申请</h2>
        ${trackForm(request, reply, {})}`;
      return sendHtml(reply, page(result), { noStore: true });
    } catch (error) {
      if (!(error instanceof Problem) || error.status !== 404) throw error;
      return sendHtml(reply, page(trackForm(request, reply, { number }, error.messageZh)), { status: 404 });
    }
  });
}
