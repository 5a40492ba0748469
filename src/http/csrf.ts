import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../web/html.ts';
import type { SafeHtml } from '../web/html.ts';
import { Problem } from './errors.ts';
import { sessionCookie } from './session.ts';

export const csrfCookie = 'gk_csrf';
export const csrfHeader = 'x-csrf-token';
export const csrfField = '_csrf';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// What a cross-site <form> can send without a CORS preflight.
const formTypes = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i;

/**
 * With a session the token is derived from the (httpOnly) session token, so another site can
 * neither read nor plant it (synchronizer token without storage). Without a session it is a random
 * double-submit cookie, which protects the portal's public forms.
 */
function sessionBoundToken(sessionToken: string): string {
  return createHash('sha256').update(`gongkai-csrf\0${sessionToken}`).digest('base64url');
}

function expectedToken(request: FastifyRequest): string | undefined {
  const session = request.cookies[sessionCookie];
  if (session) return sessionBoundToken(session);
  return request.cookies[csrfCookie];
}

/** The token to put in a form or header for this visitor; sets the anonymous cookie if needed. */
export function csrfToken(request: FastifyRequest, reply: FastifyReply, sessionToken?: string): string {
  if (sessionToken) return sessionBoundToken(sessionToken);
  const existing = expectedToken(request);
  if (existing) return existing;
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(csrfCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
  request.cookies[csrfCookie] = token;
  return token;
}

/** `<input type="hidden" name="_csrf">` for the portal's HTML forms. */
export function csrfInput(request: FastifyRequest, reply: FastifyReply): SafeHtml {
  return html`<input type="hidden" name="${csrfField}" value="${csrfToken(request, reply)}" />`;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Refuses unsafe requests that a foreign page could forge: those carrying our cookies and those of
 * a form content type. A JSON request without cookies has no ambient authority to abuse.
 */
export function registerCsrfProtection(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!unsafeMethods.has(request.method)) return;
    const hasCookie = Boolean(request.cookies[sessionCookie] ?? request.cookies[csrfCookie]);
    const formLike = formTypes.test(request.headers['content-type'] ?? '');
    if (!hasCookie && !formLike) return;
    const body = request.body as Record<string, unknown> | undefined;
    const header = request.headers[csrfHeader];
    // Multipart bodies are read later, in the route: a no-JS upload form puts the token in its action URL.
    const query = request.query as Record<string, unknown> | undefined;
    const sent =
      typeof header === 'string'
        ? header
        : typeof body?.[csrfField] === 'string'
          ? body[csrfField]
          : typeof query?.[csrfField] === 'string' &&
              /^multipart\//i.test(request.headers['content-type'] ?? '')
            ? query[csrfField]
            : '';
    const expected = expectedToken(request);
    if (!expected || !sent || !sameToken(sent, expected)) {
      throw new Problem(403, 'CSRF_INVALID', '页面已过期或请求来源无法验证，请刷新页面后重新提交');
    }
  });
}
