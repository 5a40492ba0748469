import type { SqlRunner } from '../../storage/database.ts';
import { bodyAncestorIds } from '../../storage/bodies.ts';
import { Problem } from '../../http/errors.ts';
import { can } from './roles.ts';
import type { Action, Actor } from './roles.ts';

/**
 * The one gate every staff command passes: throws 401 without a signed-in actor, 403 when the
 * actor's roles do not cover `action` on `bodyId` (see roles.ts for the matrix).
 */
export async function authorize(
  db: SqlRunner,
  actor: Actor | null | undefined,
  action: Action,
  bodyId: string,
): Promise<Actor> {
  if (!actor) throw new Problem(401, 'UNAUTHENTICATED', '请先登录');
  if (actor.roles.some((r) => r.bodyId === bodyId) && can(actor, action, bodyId, [])) return actor;
  const ancestors = await bodyAncestorIds(db, bodyId);
  if (!can(actor, action, bodyId, ancestors)) {
    throw new Problem(403, 'FORBIDDEN', '您没有权限对该机关执行此操作');
  }
  return actor;
}
