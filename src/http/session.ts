import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorForToken } from '../application/auth/sign-in.ts';
import type { Actor } from '../application/auth/roles.ts';
import { Problem } from './errors.ts';

export const sessionCookie = 'gk_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member, or null for the public. */
    actor: Actor | null;
  }
}

/** Reads the session cookie on every request; the session itself lives in the database. */
export function registerSessions(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[sessionCookie];
    request.actor = token ? await actorForToken(app.deps.db, token) : null;
  });
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new Problem(401, 'UNAUTHENTICATED', '请先登录');
  return request.actor;
}
