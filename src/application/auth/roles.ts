import { vocabulary } from '../../core/vocabulary.ts';

/**
 * Who may do what (RBAC, 等保 2.0 访问控制). Roles are held at one body; `own` grants act on that body
 * only, `subtree` grants also on every body below it (a city's supervisor reads its counties and
 * townships). Applicants' personal data stays with the handling body (个人信息保护法), so no
 * request action is ever granted on a subtree.
 */
export type Role = (typeof roles)[number];
export const {
  codes: roles,
  labels: roleLabels,
  is: isRole,
} = vocabulary({
  officer: '公开办工作人员',
  reviewer: '保密审查员',
  head: '机关负责人',
  supervisor: '上级监督',
  admin: '系统管理员',
});

export const actions = [
  'body.read',
  'body.configure',
  'person.manage',
  'audit.read',
  'catalogue.manage',
  'item.draft',
  'item.review',
  'item.approve',
  'item.publish',
  'item.withdraw',
  'request.read',
  'request.handle',
  'request.approve-extension',
  'appeal.record',
  'activity.record',
  'report.prepare',
  'report.read',
] as const;
export type Action = (typeof actions)[number];

type Scope = 'own' | 'subtree';

const own = (...list: Action[]) => list.map((action) => [action, 'own'] as const);
const subtree = (...list: Action[]) => list.map((action) => [action, 'subtree'] as const);

export const grants: Record<Role, ReadonlyMap<Action, Scope>> = {
  officer: new Map([
    ...own('body.read', 'catalogue.manage', 'item.draft', 'item.publish'),
    ...own('request.read', 'request.handle', 'appeal.record', 'activity.record'),
    ...own('report.prepare', 'report.read'),
  ]),
  // 保密审查 (Art. 17): reads what it reviews, changes nothing else.
  reviewer: new Map([...own('body.read', 'item.review', 'request.read', 'report.read')]),
  // Art. 30 extensions and publication are approved by the body's head.
  head: new Map([
    ...own('body.read', 'item.approve', 'item.publish', 'item.withdraw'),
    ...own('request.read', 'request.approve-extension', 'report.read'),
  ]),
  supervisor: new Map([...subtree('body.read', 'audit.read', 'report.read')]),
  admin: new Map([
    ...subtree('body.read', 'body.configure', 'person.manage', 'audit.read', 'catalogue.manage'),
  ]),
};

export interface RoleGrant {
  bodyId: string;
  role: Role;
}

export interface Actor {
  personId: string;
  name: string;
  bodyId: string;
  roles: RoleGrant[];
}

/**
 * Pure decision: may `actor` do `action` on the body `bodyId`, whose ancestors (parent first) are
 * `ancestorIds`?
 */
export function can(actor: Actor, action: Action, bodyId: string, ancestorIds: readonly string[]): boolean {
  return actor.roles.some(({ bodyId: roleBody, role }) => {
    const scope = grants[role].get(action);
    if (!scope) return false;
    if (roleBody === bodyId) return true;
    return scope === 'subtree' && ancestorIds.includes(roleBody);
  });
}
