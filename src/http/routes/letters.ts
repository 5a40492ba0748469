import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api.ts';
import { requestDeps } from '../request-deps.ts';
import {
  LETTER_EXTRA_FIELDS,
  LETTER_SLUGS,
  letterOfRequest,
  lettersOfRequest,
} from '../../application/requests-letters.ts';
import { letterDocx, letterHtml } from '../../render/letter/index.ts';

const requestParams = z.object({ bodyId: z.string().min(1).max(64), requestId: z.uuid() });
const letterParams = requestParams.extend({
  kind: z.enum(LETTER_SLUGS, {
    error: `文书类型须为：${LETTER_SLUGS.join('、')}（reply 为答复告知书）`,
  }),
});
const extrasQuery = z.object(
  Object.fromEntries(
    LETTER_EXTRA_FIELDS.map((field) => [field, z.string().trim().min(1).max(1000).optional()]),
  ) as Record<(typeof LETTER_EXTRA_FIELDS)[number], z.ZodOptional<z.ZodString>>,
);

/** How each format is sent: the DOCX as a download, the printable page shown in the browser. */
const formats = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    disposition: 'attachment',
    summary:
      '下载文书（DOCX，公文格式）：答复告知书、补正告知书、延期答复告知书、收费通知书、征求第三方意见函',
  },
  html: {
    type: 'text/html; charset=utf-8',
    disposition: 'inline',
    summary: '文书打印页（A4，可在浏览器中打印或另存为 PDF）',
  },
} as const;

/** 答复告知书 and the notices of a request, made from its history (officers of the body only). */
export async function letterRoutes(app: FastifyInstance): Promise<void> {
  const deps = requestDeps(app);
  const base = '/bodies/:bodyId/requests/:requestId/letters';

  apiRoute(app, {
    method: 'GET',
    path: base,
    summary: '该申请办理过程中应出具的文书（每类最新一份）及生成前须补填的内容',
    tags: ['依申请公开（工作台）'],
    params: requestParams,
    response: z.array(
      z.object({
        slug: z.enum(LETTER_SLUGS),
        kind: z.string(),
        title: z.string(),
        on: z.string(),
        needs: z.array(z.object({ field: z.string(), label: z.string() })),
      }),
    ),
    handler: async ({ params, actor, reply }) => {
      reply.header('cache-control', 'no-store');
      return lettersOfRequest(deps, actor, params.bodyId, params.requestId);
    },
  });

  for (const [extension, format] of Object.entries(formats) as Array<
    [keyof typeof formats, (typeof formats)[keyof typeof formats]]
  >) {
    apiRoute(app, {
      method: 'GET',
      path: `${base}/:kind.${extension}`,
      summary: format.summary,
      tags: ['依申请公开（工作台）'],
      params: letterParams,
      query: extrasQuery,
      response: z.string(),
      contentType: format.type,
      handler: async ({ params, query, actor, reply }) => {
        const { bodyId, requestId, kind } = params;
        const letter = await letterOfRequest(deps, actor, bodyId, requestId, kind, query, extension);
        const name = `${letter.title}-${letter.reference.replace(/[〔〕]/g, '')}.${extension}`;
        reply
          .header(
            'content-disposition',
            `${format.disposition}; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .header('cache-control', 'no-store');
        // A Buffer is sent as bytes; apiRoute types bodies as strings (CSV…).
        return (extension === 'docx' ? await letterDocx(letter) : letterHtml(letter)) as string;
      },
    });
  }
}
