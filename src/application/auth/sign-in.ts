import { createHash, randomBytes } from 'node:crypto';
import type { Database, SqlRunner } from '../../storage/database.ts';
import { findPersonByUsername, rolesOf } from '../../storage/people.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  insertSession,
  recentFailures,
  recordSignInAttempt,
} from '../../storage/sessions.ts';
import { Problem } from '../../http/errors.ts';
import { spendDecoyVerification, verifyPassword } from './passwords.ts';
import type { Actor } from './roles.ts';
import { auditedChange } from '../audit.ts';

/** 等保 2.0 登录失败处理: 5 failures within 15 minutes lock the account for the rest of the window. */
export const lockout = { maxFailures: 5, windowMinutes: 15 };
export const sessionHours = 8;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

/**
 * Checks the password and opens a session. Unknown name and wrong password give the same answer;
 * a locked account is refused even with the right password.
 */
export async function signIn(
  db: Database,
  input: { username: string; password: string; remoteAddress: string | null },
): Promise<SignedIn> {
  const username = input.username.trim();
  if ((await recentFailures(db, username, lockout.windowMinutes)) >= lockout.maxFailures) {
    await recordSignInAttempt(db, {
      username,
      personId: null,
      bodyId: null,
      succeeded: false,
      remoteAddress: input.remoteAddress,
    });
    throw new Problem(
      423,
      'ACCOUNT_LOCKED',
      `登录失败次数过多，账户已临时锁定，请${lockout.windowMinutes}分钟后再试`,
    );
  }
  const person = await findPersonByUsername(db, username);
  const ok = person && !person.disabled ? await verifyPassword(input.password, person.passwordHash) : false;
  if (!person) await spendDecoyVerification(input.password);
  if (!ok || !person) {
    await recordSignInAttempt(db, {
      username,
      personId: person?.id ?? null,
      bodyId: person?.bodyId ?? null,
      succeeded: false,
      remoteAddress: input.remoteAddress,
    });
    throw new Problem(401, 'BAD_CREDENTIALS', '用户名或密码错误');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionHours * 3600_000);
  const actor: Actor = {
    personId: person.id,
    name: person.displayName,
    bodyId: person.bodyId,
    roles: await rolesOf(db, person.id),
  };
  await db.transaction(async (tx) => {
    await deleteExpiredSessions(tx);
    await insertSession(tx, {
      tokenHash: hashToken(token),
      personId: person.id,
      bodyId: person.bodyId,
      expiresAt,
    });
    await recordSignInAttempt(tx, {
      username,
      personId: person.id,
      bodyId: person.bodyId,
      succeeded: true,
      remoteAddress: input.remoteAddress,
    });
    const subject = { bodyId: person.bodyId, entity: 'person', entityId: person.id };
    await auditedChange(tx, actor, 'session.opened', subject, {});
  });
  return { token, expiresAt, actor };
}

/** The actor behind a session token, or null when the token is unknown, expired or its person disabled. */
export async function actorForToken(db: SqlRunner, token: string): Promise<Actor | null> {
  const session = await findLiveSession(db, hashToken(token));
  if (!session) return null;
  return {
    personId: session.personId,
    name: session.displayName,
    bodyId: session.bodyId,
    roles: await rolesOf(db, session.personId),
  };
}

export async function signOut(db: SqlRunner, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}
