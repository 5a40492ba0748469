import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_LABELS } from './events.ts';
import { OUTCOMES } from './decisions.ts';
import { REQUEST_ERROR_CODES } from './errors.ts';
import { STATUS_DESCRIPTIONS } from './status.ts';

const doc = (name: string) =>
  readFileSync(new URL(`../../../docs/statutes/${name}`, import.meta.url), 'utf8');

describe('docs/statutes explain what the code does (kept in step by this test)', () => {
  const lifecycle = doc('request-lifecycle.md');
  const outcomes = doc('request-outcomes.md');
  it.each(Object.values(STATUS_DESCRIPTIONS).map((d) => d.labelZh))('status %s is explained', (label) => {
    expect(lifecycle).toContain(label);
  });
  it.each(Object.values(EVENT_LABELS))('step %s is in the table', (label) => {
    expect(lifecycle).toContain(`| ${label} |`);
  });
  it.each(REQUEST_ERROR_CODES.filter((c) => c !== 'REQUEST_INVALID_EVENT'))(
    'error %s is documented',
    (code) => {
      expect(lifecycle).toContain(code);
    },
  );
  it.each(Object.values(OUTCOMES).map((o) => o.table3Row))('表三 row %s is in the outcome table', (row) => {
    expect(outcomes).toContain(`| ${row} |`);
  });
});
