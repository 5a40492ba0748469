import { describe, expect, it } from 'vitest';
import { decide, type RequestCommand } from './decide.ts';
import { EVENT_LABELS } from './events.ts';
import { REQUEST_EVENT_TYPES } from './events.ts';
import { INITIAL_STATE, replay } from './state.ts';
import { REQUEST_STATUSES, STATUS_DESCRIPTIONS } from './status.ts';
import { findTransition, TRANSITIONS } from './transitions.ts';
import { officialCalendar } from './testing/official-calendar.ts';
import { HISTORY_TO, sampleCommand } from './testing/histories.ts';

const calendar = officialCalendar();

/** Dates each row's command is issued on: inside every period the rules check. */
const ISSUED_ON: Partial<Record<RequestCommand['type'], string>> = {
  received: '2024-03-01',
  'correction-requested': '2024-03-04',
  // Art. 33 ¶2: within the ordinary period (received 03-01 → due 03-29).
  extended: '2024-03-20',
};

describe('each row of the transition table is allowed and leads where the table says', () => {
  it.each(TRANSITIONS.map((t) => [`${t.from} × ${t.event} → ${t.to} (${t.basis})`, t] as const))(
    '%s',
    (_name, row) => {
      expect(row.basis).toMatch(/第.+条|109号|撤回/);
      const state = replay(HISTORY_TO[row.from]);
      expect(state.status).toBe(row.from);
      const command = sampleCommand(row.event, ISSUED_ON[row.event] ?? '2024-04-30');
      const result = decide(state, command, calendar);
      expect(result).toEqual({ ok: true, events: [command] });
      expect(replay(result.ok ? result.events : [], state).status).toBe(row.to);
    },
  );
});

const refusedPairs = REQUEST_STATUSES.flatMap((status) =>
  REQUEST_EVENT_TYPES.filter((event) => !findTransition(status, event)).map(
    (event) => [status, event] as const,
  ),
);

describe('every pair not in the table is refused with REQUEST_TRANSITION_REFUSED', () => {
  it('covers the whole cross product', () => {
    expect(refusedPairs.length + TRANSITIONS.length).toBe(
      REQUEST_STATUSES.length * REQUEST_EVENT_TYPES.length,
    );
  });
  it.each(refusedPairs)('%s × %s', (status, event) => {
    const state = replay(HISTORY_TO[status]);
    const result = decide(state, sampleCommand(event, '2024-04-30'), calendar);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('REQUEST_TRANSITION_REFUSED');
    expect(result.error.messageZh).toContain(STATUS_DESCRIPTIONS[status].labelZh);
    expect(result.error.messageZh).toContain(EVENT_LABELS[event]);
  });
});

describe('evolve refuses an event that the table does not allow (corrupt history)', () => {
  it('throws rather than skipping', () => {
    expect(() => replay([sampleCommand('decided', '2024-03-01')])).toThrow(/inconsistent/);
  });
});

describe('texts for the three audiences', () => {
  const allTexts = [
    ...Object.entries(STATUS_DESCRIPTIONS).map(([k, d]) => [`status ${k}`, d.texts] as const),
    ...TRANSITIONS.map((t) => [`${t.from} × ${t.event}`, t.texts] as const),
  ];
  it.each(allTexts)('%s has one sentence per audience', (_name, texts) => {
    for (const text of [texts.applicant, texts.public, texts.staff]) {
      expect(text).toMatch(/^[^。]+。$/u);
    }
  });
  it('the public text never addresses the applicant (no personal data)', () => {
    for (const [, texts] of allTexts) expect(texts.public).not.toMatch(/您/);
  });
  it('every status reachable in the table has a description', () => {
    for (const t of TRANSITIONS) expect(STATUS_DESCRIPTIONS[t.to].labelZh).not.toBe('');
  });
  it('the initial state is none', () => {
    expect(INITIAL_STATE.status).toBe('none');
  });
});
