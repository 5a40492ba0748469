import type { SqlRunner } from './database.ts';
import type { Role, RoleGrant } from '../application/auth/roles.ts';

export interface PersonRow {
  id: string;
  bodyId: string;
  username: string;
  displayName: string;
  passwordHash: string;
  disabled: boolean;
}

const personColumns = `id, body_id as "bodyId", username, display_name as "displayName",
  password_hash as "passwordHash", disabled`;

export async function findPersonByUsername(db: SqlRunner, username: string): Promise<PersonRow | undefined> {
  const [row] = await db.query<PersonRow>(`select ${personColumns} from people where username = $1`, [
    username,
  ]);
  return row;
}

export async function insertPerson(
  db: SqlRunner,
  person: Omit<PersonRow, 'id' | 'disabled'>,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into people (body_id, username, display_name, password_hash) values ($1, $2, $3, $4) returning id`,
    [person.bodyId, person.username, person.displayName, person.passwordHash],
  );
  if (!row) throw new Error('insert into people returned nothing');
  return row.id;
}

export async function grantRole(db: SqlRunner, personId: string, bodyId: string, role: Role): Promise<void> {
  await db.query(
    `insert into person_roles (person_id, body_id, role) values ($1, $2, $3) on conflict do nothing`,
    [personId, bodyId, role],
  );
}

export async function rolesOf(db: SqlRunner, personId: string): Promise<RoleGrant[]> {
  return db.query<RoleGrant>(
    `select body_id as "bodyId", role from person_roles where person_id = $1 order by body_id, role`,
    [personId],
  );
}

export interface PersonSummary {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
}

export async function listPeople(db: SqlRunner, bodyId: string): Promise<PersonSummary[]> {
  return db.query<PersonSummary>(
    `select p.id, p.username, p.display_name as "displayName", p.disabled,
            coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
       from people p left join person_roles r on r.person_id = p.id and r.body_id = p.body_id
      where p.body_id = $1 group by p.id order by p.username`,
    [bodyId],
  );
}
