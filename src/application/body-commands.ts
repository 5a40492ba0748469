import type { Database, SqlRunner } from '../storage/database.ts';
import { authorize } from './auth/authorize.ts';
import type { Action, Actor } from './auth/roles.ts';

/**
 * The permission a call needs: one fixed action, or one chosen from the call (an item step whose
 * action depends on who takes it). The call's arguments are typed by the command's own function
 * (hence `NoInfer` where this is a parameter); they come as one tuple.
 */
export type BodyAction<A extends unknown[]> =
  Action | ((actor: Actor | null | undefined, bodyId: string, args: A) => Action);

/** The public shape of a body-scoped application function: context, actor, body, then its own arguments. */
export type BodyScoped<C, A extends unknown[], R> = (
  context: C,
  actor: Actor | null | undefined,
  bodyId: string,
  ...args: A
) => Promise<R>;

function actionOf<A extends unknown[]>(
  action: BodyAction<A>,
  actor: Actor | null | undefined,
  bodyId: string,
  args: A,
): Action {
  return typeof action === 'function' ? action(actor, bodyId, args) : action;
}

/**
 * A staff command on one body that runs in ONE transaction, the authorisation check included, so
 * the roles it reads and the rows it writes are of the same snapshot. `afterCommit` runs only once
 * the transaction has committed (e.g. announcing a change the portal shows to this instance).
 */
export function bodyCommand<A extends unknown[], R>(
  action: BodyAction<NoInfer<A>>,
  run: (tx: SqlRunner, who: Actor, bodyId: string, ...args: A) => Promise<R>,
  afterCommit?: (result: R, bodyId: string, args: NoInfer<A>, db: Database) => void,
): BodyScoped<Database, A, R> {
  return async (db, actor, bodyId, ...args) => {
    const result = await db.transaction(async (tx) => {
      const who = await authorize(tx, actor, actionOf(action, actor, bodyId, args), bodyId);
      return run(tx, who, bodyId, ...args);
    });
    afterCommit?.(result, bodyId, args, db);
    return result;
  };
}

/**
 * A call on one body that authorises first and opens no transaction of its own: reads, and
 * commands that validate their input before writing in a transaction they open themselves.
 * `sqlOf` finds the connection in the context (the context itself, or e.g. `deps.db`).
 */
export function bodyCallWith<C, A extends unknown[], R>(
  sqlOf: (context: C) => SqlRunner,
  action: BodyAction<NoInfer<A>>,
  run: (context: C, who: Actor, bodyId: string, ...args: A) => Promise<R>,
): BodyScoped<C, A, R> {
  return async (context, actor, bodyId, ...args) => {
    const who = await authorize(sqlOf(context), actor, actionOf(action, actor, bodyId, args), bodyId);
    return run(context, who, bodyId, ...args);
  };
}

/** `bodyCallWith` where the context is the connection itself (a `Database` or any `SqlRunner`). */
export function bodyCall<D extends SqlRunner, A extends unknown[], R>(
  action: BodyAction<NoInfer<A>>,
  run: (db: D, who: Actor, bodyId: string, ...args: A) => Promise<R>,
): BodyScoped<D, A, R> {
  return bodyCallWith((db: D) => db, action, run);
}
