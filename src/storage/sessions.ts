import type { SqlRunner } from './database.ts';

export interface SessionRow {
  personId: string;
  bodyId: string;
  expiresAt: Date;
}

export async function insertSession(
  db: SqlRunner,
  session: { tokenHash: string; personId: string; bodyId: string; expiresAt: Date },
): Promise<void> {
  await db.query(
    'insert into sessions (token_hash, person_id, body_id, expires_at) values ($1, $2, $3, $4)',
    [session.tokenHash, session.personId, session.bodyId, session.expiresAt.toISOString()],
  );
}

/** The live session for a token hash, with its person's display name; expired or disabled → none. */
export async function findLiveSession(
  db: SqlRunner,
  tokenHash: string,
): Promise<(SessionRow & { displayName: string }) | undefined> {
  const [row] = await db.query<SessionRow & { displayName: string }>(
    `select s.person_id as "personId", s.body_id as "bodyId", s.expires_at as "expiresAt",
            p.display_name as "displayName"
       from sessions s join people p on p.id = s.person_id
      where s.token_hash = $1 and s.expires_at > now() and not p.disabled`,
    [tokenHash],
  );
  return row;
}

export async function deleteSession(db: SqlRunner, tokenHash: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [tokenHash]);
}

export async function recordSignInAttempt(
  db: SqlRunner,
  attempt: {
    username: string;
    personId: string | null;
    bodyId: string | null;
    succeeded: boolean;
    remoteAddress: string | null;
  },
): Promise<void> {
  await db.query(
    `insert into sign_in_attempts (username, person_id, body_id, succeeded, remote_address)
     values ($1, $2, $3, $4, $5)`,
    [attempt.username, attempt.personId, attempt.bodyId, attempt.succeeded, attempt.remoteAddress],
  );
}

/** Failures for a user name since its last success, within the window. */
export async function recentFailures(
  db: SqlRunner,
  username: string,
  windowMinutes: number,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from sign_in_attempts
      where username = $1 and not succeeded
        and attempted_at > now() - make_interval(mins => $2::int)
        and attempted_at > coalesce(
          (select max(attempted_at) from sign_in_attempts where username = $1 and succeeded), '-infinity')`,
    [username, windowMinutes],
  );
  return row?.n ?? 0;
}

/** Expired sessions are useless; sign-in sweeps them so the table does not grow without bound. */
export async function deleteExpiredSessions(db: SqlRunner): Promise<void> {
  await db.query('delete from sessions where expires_at < now()');
}
