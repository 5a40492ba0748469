// Fuzzing every public form field and query parameter (issue 10): whatever a visitor sends to the
// portal search, the request form, the tracking form or the public API, the answer is never a 5xx.
// Each case comes from its own loopback address so the per-address rate limit (10/min) does not
// turn the run into a test of 429s; a few cases keep one address on purpose to reach the limit.
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from './support/databases.ts';
import { buildApp } from '../src/http/app.ts';
import { createLogger } from '../src/runtime/logger.ts';
import { seedDemo } from '../src/application/seed-demo.ts';
import { APPLICANT_TYPES } from '../src/core/request/vocabulary.ts';
import { deliveryForms, accessForms, idTypes } from '../src/application/requests-input.ts';

const bodyIds = ['jiaohe-baishishan', 'jilin-jiaohe'];
const csrf = 'fuzz-csrf-token-0123456789';

/** Values a hostile or careless visitor sends: odd Unicode, NUL, SQL/HTML, huge, numbers-as-text. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    "' or 1=1 --",
    '%',
    '_',
    '\\',
    '<script>alert(1)</script>',
    '繁體字資訊公開',
    '-1',
    '0',
    '1e309',
    'NaN',
    '9999999999999999999999',
    '2025-02-30',
    'GK-2025-000001',
    '__proto__',
    'constructor',
  ),
  fc.constantFrom('x'.repeat(7000), '公'.repeat(6000)),
  fc.constantFrom(...APPLICANT_TYPES, ...deliveryForms, ...accessForms, ...idTypes),
);

/** Distinct loopback addresses, one per generated case. */
let nextAddress = 0;
function freshAddress(): string {
  nextAddress++;
  return `127.${(nextAddress >> 16) & 255}.${(nextAddress >> 8) & 255}.${nextAddress & 255 || 1}`;
}

/** A lone surrogate cannot travel in a URL (clients send U+FFFD instead), so make the segment well formed. */
function pathSegment(value: string): string {
  return encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

function form(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) {
    for (const one of Array.isArray(v) ? v : [v]) params.append(k, one);
  }
  return params.toString();
}

const applyFields = [
  'applicantType',
  'applicant.name',
  'applicant.organisation',
  'applicant.idType',
  'applicant.idNumber',
  'applicant.phone',
  'applicant.email',
  'applicant.address',
  'applicant.postalCode',
  'description',
  'deliveryForm',
  'accessForm',
  'website',
] as const;

const fieldsOf = <K extends string>(names: readonly K[]) =>
  fc.record(
    Object.fromEntries(names.map((n) => [n, fc.oneof(nasty, fc.array(nasty, { maxLength: 3 }))])) as Record<
      K,
      fc.Arbitrary<string | string[]>
    >,
    { requiredKeys: [] },
  );

describeEachDatabase('fuzz: public forms and query parameters never answer 5xx', (get) => {
  let app: FastifyInstance;
  const seen: Array<{ what: string; status: number }> = [];

  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  const check = (what: string, status: number) => {
    seen.push({ what, status });
    expect(status, `${what} → ${status}`).toBeLessThan(500);
  };

  it('GET /search with any q/body/kind/validity/year/sort/page', async () => {
    const names = ['q', 'body', 'kind', 'validity', 'year', 'sort', 'page'] as const;
    await fc.assert(
      fc.asyncProperty(fieldsOf(names), async (query) => {
        const res = await app.inject({
          method: 'GET',
          url: `/search?${form(query)}`,
          remoteAddress: freshAddress(),
        });
        check(`/search?${form(query).slice(0, 200)}`, res.statusCode);
      }),
      { numRuns: 30 },
    );
  });

  it('POST /bodies/:id/apply with any form fields, with and without the CSRF token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...bodyIds), nasty),
        fieldsOf(applyFields),
        fc.boolean(),
        async (bodyId, fields, withToken) => {
          const res = await app.inject({
            method: 'POST',
            url: `/bodies/${pathSegment(bodyId)}/apply`,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              cookie: `gk_csrf=${csrf}`,
            },
            payload: form(withToken ? { ...fields, _csrf: csrf } : fields),
            remoteAddress: freshAddress(),
          });
          check(`/bodies/${bodyId}/apply ${form(fields).slice(0, 200)}`, res.statusCode);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('POST /track with any number and code', async () => {
    await fc.assert(
      fc.asyncProperty(fieldsOf(['number', 'code'] as const), async (fields) => {
        const res = await app.inject({
          method: 'POST',
          url: '/track',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `gk_csrf=${csrf}` },
          payload: form({ ...fields, _csrf: csrf }),
          remoteAddress: freshAddress(),
        });
        check(`/track ${form(fields).slice(0, 200)}`, res.statusCode);
      }),
      { numRuns: 25 },
    );
  });

  it('POST /api/v1/public/requests with any JSON (and non-JSON) body', async () => {
    const jsonValue = fc.oneof(nasty, fc.integer(), fc.constant(null), fc.boolean(), fc.array(nasty));
    const applicant = fc.record(
      Object.fromEntries(
        ['name', 'organisation', 'idType', 'idNumber', 'phone', 'email', 'address', 'postalCode', 'x'].map(
          (k) => [k, jsonValue],
        ),
      ),
      { requiredKeys: [] },
    );
    const submission = fc.record(
      {
        bodyId: fc.oneof(fc.constantFrom(...bodyIds), jsonValue),
        applicantType: jsonValue,
        applicant: fc.oneof(applicant, jsonValue),
        description: jsonValue,
        deliveryForm: jsonValue,
        accessForm: jsonValue,
        extra: jsonValue,
      },
      { requiredKeys: [] },
    );
    const payload = fc.oneof(
      { weight: 8, arbitrary: submission.map((s) => JSON.stringify(s)) },
      { weight: 1, arbitrary: fc.string() },
      { weight: 1, arbitrary: fc.json() },
    );
    await fc.assert(
      fc.asyncProperty(payload, async (body) => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/public/requests',
          headers: { 'content-type': 'application/json' },
          payload: body,
          remoteAddress: freshAddress(),
        });
        check(`/api/v1/public/requests ${body.slice(0, 200)}`, res.statusCode);
        if (res.statusCode >= 400) {
          // Errors keep the API's shape: a stable code and a Chinese message.
          const problem = res.json<{ code?: unknown; message?: unknown }>();
          expect(typeof problem.code).toBe('string');
          expect(String(problem.message)).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('GET /api/v1/public/requests/:number with any number and code', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, fc.oneof(nasty, fc.array(nasty, { maxLength: 2 })), async (number, code) => {
        const res = await app.inject({
          method: 'GET',
          url: `/api/v1/public/requests/${pathSegment(number)}?${form({ code })}`,
          remoteAddress: freshAddress(),
        });
        check(`/api/v1/public/requests/${number.slice(0, 80)}`, res.statusCode);
      }),
      { numRuns: 40 },
    );
  });

  it('one address past the limit gets 429, not 5xx', async () => {
    const address = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/public/requests',
        headers: { 'content-type': 'application/json' },
        payload: '{}',
        remoteAddress: address,
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // The fuzzing above reached the handlers, not only the validators or the limiter.
    expect(seen.some((s) => s.status === 200 || s.status === 201)).toBe(true);
  });
});
