// Requests to the app as a given demo account (session cookie + CSRF header), or anonymously;
// JSON, multipart file uploads and raw bytes. Each request comes from its own loopback address so
// the per-address rate limits of the public routes do not mix the callers up.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { demoPassword } from '../../src/application/seed-demo.ts';

export interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Below /api/v1. */
  url: string;
  payload?: object;
  /** multipart/form-data with one file (field `file` unless named). */
  file?: { name: string; content: string; field?: string };
  /** application/octet-stream body. */
  raw?: string;
}

export interface StaffClient {
  /** `who`: a user name, or null for an anonymous caller. */
  send(who: string | null, call: Call): Promise<LightMyRequestResponse>;
  /** The signed-in session of a user (signed in once, then reused). */
  session(username: string): Promise<{ cookie: string; csrf: string }>;
}

let address = 0;
const nextAddress = () => {
  address++;
  return `127.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255 || 1}`;
};

function multipart(file: NonNullable<Call['file']>): { body: Buffer; type: string } {
  const boundary = `----gongkai${Date.now().toString(16)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\n` +
        'content-type: text/plain\r\n\r\n',
    ),
    Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

export function staffClient(app: FastifyInstance): StaffClient {
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  async function sessionOf(username: string) {
    const known = sessions.get(username);
    if (known) return known;
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { username, password: demoPassword },
      remoteAddress: nextAddress(),
    });
    if (response.statusCode !== 200)
      throw new Error(`sign-in ${username}: ${response.statusCode} ${response.body}`);
    const token = response.cookies.find((c) => c.name === 'gk_session')?.value;
    const session = { cookie: `gk_session=${token}`, csrf: String(response.json().csrfToken) };
    sessions.set(username, session);
    return session;
  }
  return {
    session: sessionOf,
    async send(who, call) {
      const session = who ? await sessionOf(who) : undefined;
      const headers: Record<string, string> = session
        ? { cookie: session.cookie, 'x-csrf-token': session.csrf }
        : {};
      let payload: string | Buffer | object | undefined = call.payload;
      if (call.file) {
        const form = multipart(call.file);
        payload = form.body;
        headers['content-type'] = form.type;
      } else if (call.raw !== undefined) {
        payload = Buffer.from(call.raw);
        headers['content-type'] = 'application/octet-stream';
      }
      return app.inject({
        method: call.method,
        url: `/api/v1${call.url}`,
        headers,
        remoteAddress: nextAddress(),
        ...(payload === undefined ? {} : { payload }),
      });
    },
  };
}
