import type { SqlRunner } from '../storage/database.ts';
import type { Actor } from './auth/roles.ts';

export interface AuditEntry {
  bodyId: string;
  /** The signed-in person, or a label such as `system` / `public` for changes nobody signed in made. */
  actor: Actor | { name: string };
  /** verb in the past tense of the domain: `item.published`, `person.created` … */
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one row to the audit log inside the caller's transaction, so the change and its record
 * commit together or not at all. The table refuses update/delete (migration 0004).
 */
async function recordAudit(tx: SqlRunner, entry: AuditEntry): Promise<void> {
  const actorId = 'personId' in entry.actor ? entry.actor.personId : null;
  await tx.query(
    `insert into audit_log (body_id, actor_id, actor_name, action, entity, entity_id, before, after)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      entry.bodyId,
      actorId,
      entry.actor.name,
      entry.action,
      entry.entity,
      entry.entityId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
}

/** The record a change touched: one entity of one body. */
export interface AuditSubject {
  bodyId: string;
  entity: string;
  entityId: string;
}

/**
 * `recordAudit` as commands call it right after storing a change: who did what to which record,
 * and the record's state before and/or after.
 */
export async function auditedChange(
  tx: SqlRunner,
  actor: AuditEntry['actor'],
  action: string,
  subject: AuditSubject,
  change: Pick<AuditEntry, 'before' | 'after'>,
): Promise<void> {
  await recordAudit(tx, { ...subject, actor, action, ...change });
}

export interface AuditRow {
  id: number;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  at: string;
}

export async function listAudit(
  db: SqlRunner,
  bodyId: string,
  page: { limit: number; offset: number },
): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `select id::int as id, actor_name as "actorName", action, entity, entity_id as "entityId", before, after,
            to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at
       from audit_log where body_id = $1 order by id desc limit $2 offset $3`,
    [bodyId, page.limit, page.offset],
  );
}
