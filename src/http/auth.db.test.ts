import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { buildApp } from './app.ts';
import { createLogger } from '../runtime/logger.ts';
import { demoPassword, seedDemo } from '../application/seed-demo.ts';
import { lockout } from '../application/auth/sign-in.ts';

function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
}

function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

describeEachDatabase('sign-in, sessions, CSRF and lock-out', (get) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
  });
  afterAll(async () => app.close());

  const signIn = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username, password } });

  it('opens a database session with an httpOnly cookie and returns the actor and a CSRF token', async () => {
    const response = await signIn('bss-gongkai', demoPassword);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.actor).toMatchObject({ name: '李晓梅', bodyId: 'jiaohe-baishishan' });
    expect(body.actor.roles).toEqual([{ bodyId: 'jiaohe-baishishan', role: 'officer' }]);
    const cookie = response.cookies.find((c) => c.name === 'gk_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    // the token is stored only as its hash
    const rows = await get().db.query<{ token_hash: string }>('select token_hash from sessions');
    expect(rows.map((r) => r.token_hash)).not.toContain(cookie?.value);
    const session = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: cookieHeader(cookiesOf(response)) },
    });
    expect(session.json().actor.name).toBe('李晓梅');
  });

  it('refuses a wrong password and an unknown user with the same code', async () => {
    const wrong = await signIn('bss-head', 'not-the-password');
    const unknown = await signIn('nobody-here', 'whatever-it-is');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('BAD_CREDENTIALS');
  });

  it(`locks the account after ${lockout.maxFailures} failures, even for the right password`, async () => {
    for (let i = 0; i < lockout.maxFailures; i += 1) {
      expect((await signIn('bss-baomi', `wrong-${i}`)).statusCode).toBe(401);
    }
    const locked = await signIn('bss-baomi', demoPassword);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    // another account is not affected
    expect((await signIn('bss-gongkai2', demoPassword)).statusCode).toBe(200);
  });

  describe('CSRF', () => {
    it('refuses a state change with the session cookie but without the token (a forged cross-site post)', async () => {
      const response = await signIn('bss-admin', demoPassword);
      const cookies = cookieHeader(cookiesOf(response));
      const forged = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-out',
        headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'x=1',
      });
      expect(forged.statusCode).toBe(403);
      expect(forged.json().code).toBe('CSRF_INVALID');
      const wrongToken = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-out',
        headers: { cookie: cookies, 'x-csrf-token': 'A'.repeat(43) },
      });
      expect(wrongToken.statusCode).toBe(403);
      const genuine = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-out',
        headers: { cookie: cookies, 'x-csrf-token': response.json().csrfToken },
      });
      expect(genuine.statusCode).toBe(200);
      // the session is gone from the database
      const after = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/session',
        headers: { cookie: cookies },
      });
      expect(after.json().actor).toBeNull();
    });

    it('accepts an anonymous form post only with the double-submit token in a hidden field', async () => {
      const first = await app.inject({ method: 'GET', url: '/api/v1/auth/session' });
      const token = first.json().csrfToken as string;
      const cookies = cookieHeader(cookiesOf(first));
      const post = (payload: string) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-out',
          headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
          payload,
        });
      expect((await post('x=1')).statusCode).toBe(403);
      expect((await post(`_csrf=${encodeURIComponent(token)}`)).statusCode).toBe(200);
    });
  });

  it('sends security headers (CSP, frame, nosniff) on every response', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers bad input with a coded Chinese problem, not a 500', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { username: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'VALIDATION', message: '“password”为必填项', field: 'password' });
  });

  it('appends an audit row for each sign-in, and the audit log refuses edits', async () => {
    const rows = await get().db.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'session.opened'",
    );
    expect(rows[0]?.n).toBeGreaterThanOrEqual(3);
    await expect(get().db.query("update audit_log set action = 'x'")).rejects.toThrow(/append-only/);
    await expect(get().db.query('delete from audit_log')).rejects.toThrow(/append-only/);
  });

  it('an expired session no longer signs anyone in, and the next sign-in sweeps it away', async () => {
    const response = await signIn('bss-gongkai2', demoPassword);
    const cookies = cookieHeader(cookiesOf(response));
    const { db } = get();
    await db.query(
      "update sessions set expires_at = now() - interval '1 minute' where person_id = (select id from people where username = 'bss-gongkai2')",
    );
    const after = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: cookies },
    });
    expect(after.json().actor).toBeNull();
    await signIn('bss-head', demoPassword);
    const [left] = await db.query<{ n: number }>(
      'select count(*)::int as n from sessions where expires_at < now()',
    );
    expect(left?.n).toBe(0);
  });

  it('refuses a body over 1 MiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { username: 'x', password: 'y'.repeat(1_100_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  // Last in this file: it uses up the sign-in allowance of this client address.
  it('rate-limits sign-in per client address with 429 RATE_LIMITED', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { username: `flood-${i}`, password: 'x' },
        remoteAddress: '203.0.113.9',
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json().code).toBe('RATE_LIMITED');
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(20);
  });
});
