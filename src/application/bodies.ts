import type { Database } from '../storage/database.ts';
import { findBody, updateBodySettings } from '../storage/bodies.ts';
import type { BodySettings } from '../storage/bodies.ts';
import { Problem } from '../http/errors.ts';
import { authorize } from './auth/authorize.ts';
import type { Actor } from './auth/roles.ts';
import { recordAudit } from './audit.ts';
import { checkIndexNumberPattern } from './items/index-number.ts';

/** Changes a body's settings (admin of the body or above); 索引号 patterns are checked first. */
export async function configureBody(
  db: Database,
  actor: Actor | null,
  bodyId: string,
  changes: Partial<BodySettings>,
): Promise<BodySettings> {
  return db.transaction(async (tx) => {
    const who = await authorize(tx, actor, 'body.configure', bodyId);
    const body = await findBody(tx, bodyId);
    if (!body) throw new Problem(404, 'BODY_NOT_FOUND', '找不到该机关');
    const before: BodySettings = {
      cataloguePattern: body.cataloguePattern,
      indexNumberPattern: body.indexNumberPattern,
      feeMethod: body.feeMethod,
      promisedWorkingDays: body.promisedWorkingDays,
      reportDue: body.reportDue,
    };
    const after: BodySettings = { ...before, ...changes };
    checkIndexNumberPattern(after.indexNumberPattern);
    await updateBodySettings(tx, bodyId, after);
    await recordAudit(tx, {
      bodyId,
      actor: who,
      action: 'body.configured',
      entity: 'body',
      entityId: bodyId,
      before,
      after,
    });
    return after;
  });
}
