import type { SqlRunner } from '../storage/database.ts';
import { findBody, updateBodySettings } from '../storage/bodies.ts';
import type { BodySettings, BodySettingsRow } from '../storage/bodies.ts';
import { pick } from '../storage/sql.ts';
import { Problem } from '../http/errors.ts';
import { bodyCommand } from './body-commands.ts';
import { auditedChange } from './audit.ts';
import { checkIndexNumberPattern } from './items/index-number.ts';

/** A body by id, or the one 404 that the API, the portal and the commands all give. */
export async function requireBody(db: SqlRunner, bodyId: string): Promise<BodySettingsRow> {
  const body = await findBody(db, bodyId);
  if (!body) throw new Problem(404, 'BODY_NOT_FOUND', '找不到该机关');
  return body;
}

const settingFields = [
  'cataloguePattern',
  'indexNumberPattern',
  'feeMethod',
  'promisedWorkingDays',
  'reportDue',
] as const satisfies ReadonlyArray<keyof BodySettings>;

/** Changes a body's settings (admin of the body or above); 索引号 patterns are checked first. */
export const configureBody = bodyCommand(
  'body.configure',
  async (tx, who, bodyId, changes: Partial<BodySettings>): Promise<BodySettings> => {
    const before: BodySettings = pick(await requireBody(tx, bodyId), settingFields);
    const after: BodySettings = { ...before, ...changes };
    checkIndexNumberPattern(after.indexNumberPattern);
    await updateBodySettings(tx, bodyId, after);
    const subject = { bodyId, entity: 'body', entityId: bodyId };
    await auditedChange(tx, who, 'body.configured', subject, { before, after });
    return after;
  },
);
