import { describe, expect, it } from 'vitest';
import { actions, can, roles } from './roles.ts';
import type { Action, Actor, Role } from './roles.ts';

// Bodies: city ─ county ─ township; a sibling township under the same county.
const ancestorsOf: Record<string, string[]> = {
  city: [],
  county: ['city'],
  township: ['county', 'city'],
  sibling: ['county', 'city'],
};

/**
 * The expected matrix, written out by hand from issue 7 and the regulation (not derived from the
 * grants table): what each role may do on its own body, and what on a body below it.
 */
const expected: Record<Role, { own: Action[]; below: Action[] }> = {
  // 公开办 staff: draft and publish items, handle requests (Art. 4), record appeals, prepare the 年报.
  officer: {
    own: [
      'body.read',
      'catalogue.manage',
      'item.draft',
      'item.publish',
      'request.read',
      'request.handle',
      'appeal.record',
      'activity.record',
      'report.prepare',
      'report.read',
    ],
    below: [],
  },
  // 保密审查 (Art. 17): reviews, changes nothing else.
  reviewer: { own: ['body.read', 'item.review', 'request.read', 'report.read'], below: [] },
  // Head: approves publication and Art. 30 extensions.
  head: {
    own: [
      'body.read',
      'item.approve',
      'item.publish',
      'item.withdraw',
      'request.read',
      'request.approve-extension',
      'report.read',
    ],
    below: [],
  },
  // Supervisor reads subordinate bodies but never applicants' personal data (个人信息保护法).
  supervisor: {
    own: ['body.read', 'audit.read', 'report.read'],
    below: ['body.read', 'audit.read', 'report.read'],
  },
  admin: {
    own: ['body.read', 'body.configure', 'person.manage', 'audit.read', 'catalogue.manage'],
    below: ['body.read', 'body.configure', 'person.manage', 'audit.read', 'catalogue.manage'],
  },
};

/** A person holding each of `held` at one body. */
function actorWith(held: Role | Role[], bodyId: string): Actor {
  const grants = (Array.isArray(held) ? held : [held]).map((role) => ({ bodyId, role }));
  return { personId: 'p', name: '测试', bodyId, roles: grants };
}

const cases = roles.flatMap((role) =>
  actions.flatMap((action) =>
    (['own', 'below', 'parent', 'sibling'] as const).map((relation) => {
      const allowed =
        relation === 'own'
          ? expected[role].own.includes(action)
          : relation === 'below'
            ? expected[role].below.includes(action)
            : false;
      return { role, action, relation, allowed };
    }),
  ),
);

describe('RBAC matrix: role × action × own / subordinate / parent / sibling body', () => {
  // The actor holds the role at the county.
  const target = { own: 'county', below: 'township', parent: 'city', sibling: 'sibling' } as const;
  it.each(cases)('$role $action on $relation body → $allowed', ({ role, action, relation, allowed }) => {
    const bodyId = relation === 'sibling' ? 'sibling' : target[relation];
    const actor = actorWith(role, relation === 'sibling' ? 'township' : 'county');
    expect(can(actor, action, bodyId, ancestorsOf[bodyId] ?? [])).toBe(allowed);
  });

  it('no role may read requests of another body, not even a supervisor above it', () => {
    for (const role of roles) {
      expect(can(actorWith(role, 'city'), 'request.read', 'township', ancestorsOf.township ?? [])).toBe(
        false,
      );
    }
  });

  it('several roles combine: officer + reviewer at one body', () => {
    const actor = actorWith(['officer', 'reviewer'], 'county');
    expect(can(actor, 'item.draft', 'county', ['city'])).toBe(true);
    expect(can(actor, 'item.review', 'county', ['city'])).toBe(true);
    expect(can(actor, 'item.approve', 'county', ['city'])).toBe(false);
  });
});
