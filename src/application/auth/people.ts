import type { SqlRunner } from '../../storage/database.ts';
import { findPersonByUsername, grantRole, insertPerson } from '../../storage/people.ts';
import { bodyExists } from '../../storage/bodies.ts';
import { Problem } from '../../http/errors.ts';
import { hashPassword, passwordWeakness } from './passwords.ts';
import { isRole } from './roles.ts';
import type { Actor, Role } from './roles.ts';
import { auditedChange } from '../audit.ts';

export interface NewPerson {
  bodyId: string;
  username: string;
  displayName: string;
  roles: string[];
  password: string;
}

const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** Creates a staff account with its roles at its body; the password is checked, then hashed. */
export async function addPerson(
  tx: SqlRunner,
  actor: Actor | { name: string },
  person: NewPerson,
  /** a hash already made for this password (demo accounts share one, to start fast) */
  precomputedHash?: string,
): Promise<string> {
  const username = person.username.trim().toLowerCase();
  if (!usernamePattern.test(username)) {
    throw new Problem(
      400,
      'USERNAME_INVALID',
      '用户名须为3至64位小写字母、数字或 . _ -，并以字母或数字开头',
      'username',
    );
  }
  const displayName = person.displayName.trim();
  if (!displayName || displayName.length > 50) {
    throw new Problem(400, 'NAME_INVALID', '姓名不能为空且不能超过50个字符', 'displayName');
  }
  const badRole = person.roles.find((role) => !isRole(role));
  if (badRole !== undefined || person.roles.length === 0) {
    throw new Problem(
      400,
      'ROLE_INVALID',
      '角色须为 officer、reviewer、head、supervisor、admin 之一',
      'roles',
    );
  }
  const weakness = passwordWeakness(person.password);
  if (weakness) throw new Problem(400, 'PASSWORD_WEAK', weakness, 'password');
  if (!(await bodyExists(tx, person.bodyId))) {
    throw new Problem(404, 'BODY_NOT_FOUND', `找不到机关“${person.bodyId}”`, 'bodyId');
  }
  if (await findPersonByUsername(tx, username)) {
    throw new Problem(409, 'USERNAME_TAKEN', `用户名“${username}”已被使用`, 'username');
  }
  const id = await insertPerson(tx, {
    bodyId: person.bodyId,
    username,
    displayName,
    passwordHash: precomputedHash ?? (await hashPassword(person.password)),
  });
  for (const role of person.roles as Role[]) await grantRole(tx, id, person.bodyId, role);
  const subject = { bodyId: person.bodyId, entity: 'person', entityId: id };
  // never the password or its hash
  await auditedChange(tx, actor, 'person.created', subject, {
    after: { username, displayName, roles: person.roles },
  });
  return id;
}
