import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiRoute } from '../api.ts';
import { Problem } from '../errors.ts';
import { findingSchema } from './annual-reports.ts';
import { CheckJobs, checkJobLimits, checkerOf, type UploadedReport } from '../../application/check-jobs.ts';

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

const counts = z.object({ error: z.number(), warning: z.number(), info: z.number() });
const jobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  done: z.number().int().meta({ description: '已读取的文件数' }),
  total: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  reports: z.array(
    z.object({
      source: z.string(),
      agency: z.string().nullable(),
      year: z.number().nullable(),
      format: z.string(),
      counts,
      findings: z.array(findingSchema),
    }),
  ),
  rules: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      count: z.number(),
      reports: z.number(),
    }),
  ),
});

/** Multipart limits as the uploader's own words: which limit, and what to do. */
function uploadProblem(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new Problem(
      413,
      'CHECK_FILE_TOO_LARGE',
      `单个文件不能超过${megabytes(checkJobLimits.fileBytes)}MB`,
      'files',
    );
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
    return new Problem(
      413,
      'CHECK_TOO_MANY_FILES',
      `一次最多上传${checkJobLimits.files}个文件，请分批上传`,
      'files',
    );
  return error;
}

async function readUploads(request: FastifyRequest): Promise<UploadedReport[]> {
  if (!request.isMultipart())
    throw new Problem(415, 'MULTIPART_REQUIRED', '请以 multipart/form-data 上传报告文件', 'files');
  const files: UploadedReport[] = [];
  let total = 0;
  try {
    // preservePath: a folder upload names each file by its path inside the folder.
    const parts = request.files({
      preservePath: true,
      limits: {
        fileSize: checkJobLimits.fileBytes,
        files: checkJobLimits.files,
        parts: checkJobLimits.files + 10,
      },
    });
    for await (const part of parts) {
      const bytes = await part.toBuffer();
      total += bytes.byteLength;
      if (total > checkJobLimits.totalBytes) {
        throw new Problem(
          413,
          'CHECK_UPLOAD_TOO_LARGE',
          `一次上传的文件合计不能超过${megabytes(checkJobLimits.totalBytes)}MB，请分批上传`,
          'files',
        );
      }
      files.push({ name: part.filename || 'report', bytes: new Uint8Array(bytes) });
    }
  } catch (error) {
    throw uploadProblem(error);
  }
  return files;
}

/** 批量核查: upload published reports, check them in the background, poll for progress and findings. */
export async function checkJobRoutes(app: FastifyInstance): Promise<void> {
  const jobs = new CheckJobs();

  apiRoute(app, {
    method: 'POST',
    path: '/check-jobs',
    summary: `上传已发布的年度报告（multipart/form-data，字段 files，可多个；单个不超过${megabytes(checkJobLimits.fileBytes)}MB，每批不超过${checkJobLimits.files}个），后台核查`,
    tags: ['批量核查'],
    status: 202,
    response: jobSchema,
    handler: async ({ request, actor }) => {
      checkerOf(actor); // refuse before reading any upload
      return jobs.start(actor, await readUploads(request));
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: '/check-jobs',
    summary: '本人的核查任务（保留一小时）',
    tags: ['批量核查'],
    response: z.object({ items: z.array(jobSchema) }),
    handler: async ({ actor, reply }) => {
      reply.header('cache-control', 'no-store');
      return { items: jobs.list(actor) };
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: '/check-jobs/:id',
    summary: '核查进度（已读取/总数）与已得出的结果：每份报告的发现、各规则出现次数',
    tags: ['批量核查'],
    params: z.object({ id: z.uuid({ error: '任务编号格式不正确' }) }),
    response: jobSchema,
    handler: async ({ params, actor, reply }) => {
      reply.header('cache-control', 'no-store');
      return jobs.get(actor, params.id);
    },
  });
}
