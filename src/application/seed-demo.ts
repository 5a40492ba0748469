import { readFileSync } from 'node:fs';
import type { Database } from '../storage/database.ts';
import { countBodies, insertBody } from '../storage/bodies.ts';
import type { BodyRow } from '../storage/bodies.ts';

const demoDir = new URL('../../data/demo/', import.meta.url);

function readDemo<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, demoDir), 'utf8')) as T;
}

/** Loads the demo township into an empty database; does nothing if any body exists. */
export async function seedDemo(db: Database): Promise<{ seeded: boolean }> {
  if ((await countBodies(db)) > 0) return { seeded: false };
  const bodies = readDemo<BodyRow[]>('bodies.json');
  await db.transaction(async (tx) => {
    for (const body of bodies) await insertBody(tx, body);
  });
  return { seeded: true };
}
