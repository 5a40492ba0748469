import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { demoPassword } from '../../src/application/seed-demo.ts';

export interface StaffSession {
  cookie: string;
  csrf: string;
}

/** Signs a demo account in through the API and returns what its requests must carry. */
export async function signInDemo(app: FastifyInstance, username: string): Promise<StaffSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { username, password: demoPassword },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username}: ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { cookie, csrf: response.json().csrfToken };
}

/** One API call as `session` (cookie + CSRF token), or anonymous without one. */
export function injectAs(
  app: FastifyInstance,
  session: StaffSession | undefined,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: { cookie: session?.cookie ?? '', 'x-csrf-token': session?.csrf ?? '' },
  });
}
