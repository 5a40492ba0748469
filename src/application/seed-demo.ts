import { readFileSync } from 'node:fs';
import type { Database } from '../storage/database.ts';
import { countBodies, insertBody } from '../storage/bodies.ts';
import type { BodyRow } from '../storage/bodies.ts';
import { addPerson } from './auth/people.ts';

const demoDir = new URL('../../data/demo/', import.meta.url);

/** The one password of every demo account (README: 演示账号). Demo data only — never in production. */
export const demoPassword = 'Baishishan-2025';

function readDemo<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, demoDir), 'utf8')) as T;
}

interface DemoPerson {
  username: string;
  displayName: string;
  bodyId: string;
  roles: string[];
}

export interface DemoSeedResult {
  seeded: boolean;
  /** user names and the shared password, for the start-up message */
  accounts?: { usernames: string[]; password: string };
}

/** Loads the demo township into an empty database; does nothing if any body exists. */
export async function seedDemo(db: Database): Promise<DemoSeedResult> {
  if ((await countBodies(db)) > 0) return { seeded: false };
  const bodies = readDemo<BodyRow[]>('bodies.json');
  const people = readDemo<DemoPerson[]>('people.json');
  const system = { name: '系统（演示数据）' };
  await db.transaction(async (tx) => {
    for (const body of bodies) await insertBody(tx, body);
    for (const person of people) await addPerson(tx, system, { ...person, password: demoPassword });
  });
  return { seeded: true, accounts: { usernames: people.map((p) => p.username), password: demoPassword } };
}
