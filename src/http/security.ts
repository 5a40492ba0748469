import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from 'helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { registerSessions } from './session.ts';
import { registerCsrfProtection } from './csrf.ts';

/** Per-route limits (`config: { rateLimit: rateLimits.signIn }`); counters in memory per instance. */
export const rateLimits = {
  signIn: { max: 20, timeWindow: '1 minute' },
  publicSubmission: { max: 10, timeWindow: '1 minute' },
  export: { max: 30, timeWindow: '1 minute' },
} as const;

/** Input size limits: JSON/form bodies (Fastify bodyLimit is 1 MiB), item HTML, attachments. */
export const sizeLimits = {
  itemHtmlChars: 200_000,
  attachmentBytes: 20 * 1024 * 1024,
} as const;

/**
 * Headers, cookies, sessions, CSRF and rate limits (等保 2.0 level 2), registered on the root so
 * they apply to every route. antd injects <style> tags, hence style-src 'unsafe-inline'; scripts
 * only from our own origin.
 */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 1_048_576 });
  // helmet itself, built once: @fastify/helmet 13 builds a new helmet middleware on every request
  // (≈ 9 % of a cached portal page's CPU in bench/item-page.ts).
  const secureHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Same-origin only: a page elsewhere may not embed or read our documents.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  app.addHook('onRequest', (request, reply, done) => {
    // helmet passes an Error only for a dynamic CSP directive gone wrong (ours are static strings).
    secureHeaders(request.raw, reply.raw, (error?: unknown) => {
      done(error instanceof Error ? error : undefined);
    });
  });
  await app.register(rateLimit, { global: false });
  // Files are read in the route with request.file(); limits stop oversized uploads while streaming.
  await app.register(multipart, {
    limits: { fileSize: sizeLimits.attachmentBytes, files: 10, fields: 50, fieldSize: 100_000 },
  });
  registerSessions(app);
  registerCsrfProtection(app);
}
