import type { FastifyError, FastifyInstance } from 'fastify';

/** A problem the user can fix or must know about: a stable code and a Chinese message. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly field?: string,
  ) {
    super(messageZh);
    this.name = 'Problem';
  }
}

export interface ProblemBody {
  code: string;
  message: string;
  field?: string;
}

/**
 * The database cannot be reached (connection refused/cut, PostgreSQL class 08 or shutting down):
 * a passing outage, so 503 and "try later", not a 500 that reads like a bug.
 */
function databaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (/^08/.test(code) || ['57P01', '57P02', '57P03'].includes(code)))
    return true;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))
    return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connection error|timeout exceeded when trying to connect/i.test(message);
}

/** PostgreSQL refuses NUL and unconvertible characters in text: the input is at fault, not us. */
function invalidCharacter(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '22021' || code === '22P05';
}

/** Every error leaves as `{code, message}` in Chinese; a stack trace never reaches a user. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Problem, request, reply) => {
    if (error instanceof Problem) {
      const body: ProblemBody = { code: error.code, message: error.messageZh };
      if (error.field) body.field = error.field;
      return reply.status(error.status).send(body);
    }
    if (invalidCharacter(error)) {
      return reply.status(400).send({
        code: 'INPUT_INVALID_CHARACTER',
        message: '提交的内容含有无法识别的字符（如空字符），请删除后重试',
      });
    }
    const status = databaseUnavailable(error) ? 503 : (error.statusCode ?? 500);
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(status === 503 ? 503 : 500).send({
        code: status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL',
        message: status === 503 ? '服务暂时不可用，请稍后再试' : '服务器内部错误，请稍后再试',
      });
    }
    if (error.validation) {
      return reply.status(400).send({ code: 'VALIDATION', message: `请求参数有误：${error.message}` });
    }
    const messages: Record<number, [string, string]> = {
      413: ['PAYLOAD_TOO_LARGE', '提交的内容过大'],
      415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型'],
      429: ['RATE_LIMITED', '请求过于频繁，请稍后再试'],
    };
    const [code, message] = messages[status] ?? [error.code ?? 'BAD_REQUEST', '请求有误'];
    return reply.status(status).send({ code, message });
  });
  // A NUL byte is never part of a valid address, id or query; refuse it before any handler runs.
  app.addHook('onRequest', async (request) => {
    if (/%00/i.test(request.url) || request.url.includes(String.fromCharCode(0))) {
      throw new Problem(400, 'INPUT_INVALID_CHARACTER', '请求地址含有无法识别的字符（如空字符）');
    }
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ code: 'NOT_FOUND', message: '找不到请求的页面或资源' }),
  );
}
