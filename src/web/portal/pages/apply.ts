import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../../html.ts';
import { portalPage, sendHtml } from '../layout.ts';
import { errorSummary, fileField, radioField, selectField, textField } from '../components.ts';
import type { FieldError } from '../components.ts';
import { publicBody } from '../queries.ts';
import { csrfInput, csrfToken } from '../../../http/csrf.ts';
import { rateLimits } from '../../../http/security.ts';
import { Problem } from '../../../http/errors.ts';
import { submitRequest } from '../../../application/requests.ts';
import type { RequestDeps } from '../../../application/requests.ts';
import {
  RequestInputProblem,
  accessForms,
  publicSubmissionSchema,
  requestInputProblems,
  deliveryForms,
  idTypes,
} from '../../../application/requests-input.ts';
import { APPLICANT_TYPES } from '../../../core/request/vocabulary.ts';
import type { BodySettingsRow } from '../../../storage/bodies.ts';
import {
  applicantFileExtensions,
  applicantFileLimits,
} from '../../../application/requests-applicant-files.ts';
import { attachmentsField, readApplyForm } from './apply-form-data.ts';
import type { FormValues } from './apply-form-data.ts';

const honeypotField = 'website';

/** Flat form fields (`applicant.name`) into the nested submission the application expects. */
export function submissionFromForm(values: FormValues): Record<string, unknown> {
  const applicant: Record<string, string> = {};
  const submission: Record<string, unknown> = { applicant };
  for (const [key, value] of Object.entries(values)) {
    if (key === '_csrf' || key === honeypotField) continue;
    if (key.startsWith('applicant.')) {
      if (value !== '') applicant[key.slice('applicant.'.length)] = value;
    } else if (value !== '' && ['applicantType', 'description', 'deliveryForm', 'accessForm'].includes(key)) {
      submission[key] = value;
    }
  }
  return submission;
}

function applyForm(
  request: FastifyRequest,
  reply: FastifyReply,
  b: BodySettingsRow,
  values: FormValues,
  errors: FieldError[],
): string {
  const err = (field: string) => errors.find((e) => e.field === field)?.message;
  const v = (field: string) => values[field] ?? '';
  const body = html`<h1>政府信息公开申请</h1>
    <p>
      向
      <strong>${b.name}</strong>
      申请获取政府信息（《中华人民共和国政府信息公开条例》第二十七条至第二十九条）。带 * 的为必填项。
    </p>
    ${errorSummary(errors)}
    <form
      method="post"
      action="/bodies/${b.id}/apply?_csrf=${csrfToken(request, reply)}"
      enctype="multipart/form-data"
      novalidate
    >
      ${csrfInput(request, reply)}
      <div class="hp" aria-hidden="true">
        <label for="f-website">网站（请勿填写）</label
        ><input id="f-website" name="${honeypotField}" tabindex="-1" autocomplete="off" />
      </div>
      <h2>申请人信息</h2>
      ${radioField({ name: 'applicantType', label: '申请人类型 *', options: APPLICANT_TYPES, value: v('applicantType'), error: err('applicantType'), hint: '公民选“自然人”；企业、机构等选相应的法人或其他组织类型。' })}
      ${textField({ name: 'applicant.name', label: '姓名（法人或其他组织填联系人姓名）', required: true, value: v('applicant.name'), error: err('applicant.name'), autocomplete: 'name' })}
      ${textField({ name: 'applicant.organisation', label: '单位名称（法人或其他组织必填）', value: v('applicant.organisation'), error: err('applicant.organisation'), autocomplete: 'organization' })}
      ${selectField({ name: 'applicant.idType', label: '证件类型 *', options: idTypes, value: v('applicant.idType') || '居民身份证', error: err('applicant.idType') })}
      ${textField({ name: 'applicant.idNumber', label: '证件号码', required: true, value: v('applicant.idNumber'), error: err('applicant.idNumber'), hint: '法人或其他组织填统一社会信用代码。' })}
      ${textField({ name: 'applicant.phone', label: '联系电话', type: 'tel', value: v('applicant.phone'), error: err('applicant.phone'), autocomplete: 'tel', hint: '电话、电子邮箱、通信地址至少填写一项。' })}
      ${textField({ name: 'applicant.email', label: '电子邮箱', type: 'email', value: v('applicant.email'), error: err('applicant.email'), autocomplete: 'email' })}
      ${textField({ name: 'applicant.address', label: '通信地址', value: v('applicant.address'), error: err('applicant.address'), autocomplete: 'street-address' })}
      ${textField({ name: 'applicant.postalCode', label: '邮政编码', value: v('applicant.postalCode'), error: err('applicant.postalCode'), autocomplete: 'postal-code' })}
      <h2>所需信息</h2>
      ${textField({ name: 'description', label: '所需政府信息的名称、文号或者便于查询的其他特征性描述', required: true, multiline: true, value: v('description'), error: err('description') })}
      ${radioField({ name: 'deliveryForm', label: '政府信息的提供形式 *', options: deliveryForms, value: v('deliveryForm'), error: err('deliveryForm') })}
      ${selectField({ name: 'accessForm', label: '获取信息的方式', options: accessForms, value: v('accessForm'), error: err('accessForm'), emptyLabel: '（不指定）' })}
      ${fileField({
        name: attachmentsField,
        label: '附件（可选）',
        accept: applicantFileExtensions.map((e) => `.${e}`).join(','),
        hint: `如身份证明、营业执照、授权委托书的扫描件或照片；最多 ${applicantFileLimits.count} 个，每个不超过 ${applicantFileLimits.bytes / 1024 / 1024} MB，格式：${applicantFileExtensions.join('、')}。附件只供办理机关查看，不会公开。`,
        error: err(attachmentsField),
      })}
      <p class="hint">个人信息仅用于办理本申请，依法保护，不会公开（《中华人民共和国个人信息保护法》）。</p>
      <button type="submit">提交申请</button>
    </form>`;
  return portalPage({
    title: errors.length ? '（有错误）政府信息公开申请' : '政府信息公开申请',
    body,
    crumbs: [{ label: b.name, href: `/bodies/${b.id}` }, { label: '申请' }],
  });
}

/** The online request form (Art. 29) and its receipt with the tracking number and due date. */
export async function applyPages(app: FastifyInstance, deps: RequestDeps): Promise<void> {
  app.get<{ Params: { bodyId: string } }>('/bodies/:bodyId/apply', async (request, reply) => {
    const b = await publicBody(app.deps.db, request.params.bodyId);
    return sendHtml(reply, applyForm(request, reply, b, {}, []));
  });

  app.post<{ Params: { bodyId: string } }>(
    '/bodies/:bodyId/apply',
    { config: { rateLimit: rateLimits.publicSubmission } },
    async (request, reply) => {
      const b = await publicBody(app.deps.db, request.params.bodyId);
      const { values, files, fileErrors } = await readApplyForm(request);
      // A filled honeypot is a bot: nothing is stored, and it learns nothing useful.
      if (values[honeypotField])
        throw new Problem(400, 'SUBMISSION_REFUSED', '提交未被接受，请刷新页面后重新填写');
      try {
        const submission = submissionFromForm(values);
        // A file refused: nothing is stored, and every other mistake is shown in the same round.
        if (fileErrors.length) {
          const parsed = publicSubmissionSchema.safeParse(submission);
          throw new RequestInputProblem([
            ...(parsed.success ? [] : requestInputProblems(parsed.error.issues)),
            ...fileErrors.map((message) => ({
              code: 'ATTACHMENT_REFUSED',
              message,
              field: attachmentsField,
            })),
          ]);
        }
        const receipt = await submitRequest(deps, b.id, submission, files);
        const body = html`<div class="panel-success" role="status">
            <h1>申请已提交</h1>
            <p>申请编号</p>
            <p class="big" id="tracking-number">${receipt.trackingNumber}</p>
          </div>
          <dl class="receipt">
            <dt>查询码</dt>
            <dd id="tracking-code">
              <strong>${receipt.trackingCode}</strong
              >（请妥善保存，凭申请编号和查询码查询办理进度；查询码只显示这一次）
            </dd>
            <dt>受理机关</dt>
            <dd>${receipt.bodyName}</dd>
            <dt>收到申请日期</dt>
            <dd id="receipt-date">${receipt.receiptDate}</dd>
            <dt>法定答复期限</dt>
            <dd id="due-date">${receipt.dueDate ?? '（待定）'}</dd>
            ${
              receipt.promisedDueDate
                ? html`<dt>本机关承诺答复日期</dt>
                    <dd>${receipt.promisedDueDate}</dd>`
                : ''
            }
          </dl>
          <p>
            答复期限自收到申请之次日起按工作日计算（《中华人民共和国政府信息公开条例》第三十三条），需要补正、征求第三方意见或缴费的期间不计算在内。
          </p>
          <p><a href="/track">查询办理进度</a></p>`;
        const crumbs = [{ label: b.name, href: `/bodies/${b.id}` }, { label: '申请已提交' }];
        return sendHtml(reply, portalPage({ title: '申请已提交', body, crumbs }), { noStore: true });
      } catch (error) {
        if (!(error instanceof RequestInputProblem)) throw error;
        const errors = error.problems.map((p) => ({ field: p.field, message: p.message }));
        return sendHtml(reply, applyForm(request, reply, b, values, errors), { status: 400 });
      }
    },
  );
}
