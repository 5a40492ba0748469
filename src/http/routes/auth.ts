import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api.ts';
import { signIn, signOut } from '../../application/auth/sign-in.ts';
import { roles } from '../../application/auth/roles.ts';
import { clearSessionCookie, sessionCookie, setSessionCookie } from '../session.ts';
import { csrfToken } from '../csrf.ts';
import { rateLimits } from '../security.ts';

const actorSchema = z.object({
  personId: z.string(),
  name: z.string(),
  bodyId: z.string(),
  roles: z.array(z.object({ bodyId: z.string(), role: z.enum(roles) })),
});

const sessionSchema = z.object({
  actor: actorSchema.nullable(),
  csrfToken: z.string().meta({ description: '写操作时放入 x-csrf-token 请求头' }),
});

export async function authRoutes(app: FastifyInstance): Promise<void> {
  apiRoute(app, {
    method: 'POST',
    path: '/auth/sign-in',
    summary: '工作人员登录（连续失败5次锁定15分钟）',
    tags: ['登录'],
    body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
    response: sessionSchema,
    status: 200,
    rateLimit: rateLimits.signIn,
    handler: async ({ request, reply, body }) => {
      const signedIn = await signIn(app.deps.db, { ...body, remoteAddress: request.ip });
      setSessionCookie(request, reply, signedIn.token, signedIn.expiresAt);
      return { actor: signedIn.actor, csrfToken: csrfToken(request, reply, signedIn.token) };
    },
  });

  apiRoute(app, {
    method: 'POST',
    path: '/auth/sign-out',
    summary: '退出登录',
    tags: ['登录'],
    response: z.object({ signedOut: z.boolean() }),
    status: 200,
    handler: async ({ request, reply }) => {
      const token = request.cookies[sessionCookie];
      if (token) await signOut(app.deps.db, token);
      clearSessionCookie(reply);
      return { signedOut: true };
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: '/auth/session',
    summary: '当前登录状态与 CSRF 令牌',
    tags: ['登录'],
    response: sessionSchema,
    handler: async ({ request, reply, actor }) => ({
      actor,
      csrfToken: csrfToken(request, reply, request.cookies[sessionCookie]),
    }),
  });
}
