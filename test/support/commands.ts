import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '../../src/application/auth/roles.ts';
import type { Problem } from '../../src/http/errors.ts';

/** A staff member holding one role at one body (a fresh person id each time). */
export function staffActor(bodyId: string, role: Role, name: string): Actor {
  return { personId: randomUUID(), name, bodyId, roles: [{ bodyId, role }] };
}

/** The status and code of the Problem a command refuses with; fails the test when it is accepted. */
export async function problemOf(promise: Promise<unknown>): Promise<Pick<Problem, 'status' | 'code'>> {
  try {
    await promise;
  } catch (error) {
    const { status, code } = error as Problem;
    return { status, code };
  }
  throw new Error('the command was accepted');
}
