import { readFileSync } from 'node:fs';
import type { Database, SqlRunner } from '../storage/database.ts';
import { countBodies, insertBody } from '../storage/bodies.ts';
import type { BodyRow, BodySettings } from '../storage/bodies.ts';
import { findPersonByUsername, rolesOf } from '../storage/people.ts';
import { addPerson } from './auth/people.ts';
import { hashPassword } from './auth/passwords.ts';
import type { Actor } from './auth/roles.ts';
import { insertNode } from './catalogue.ts';
import { draftItem, takeItemStep } from './items/commands.ts';
import type { ItemInput, ItemStep } from './items/commands.ts';
import { drainSearchQueue } from '../storage/search.ts';
import { seedDemoRequests } from './requests-demo.ts';

const demoDir = new URL('../../data/demo/', import.meta.url);

/** The one password of every demo account (README: 演示账号). Demo data only — never in production. */
export const demoPassword = 'Baishishan-2025';
export const demoBodyId = 'jiaohe-baishishan';

function readDemo<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, demoDir), 'utf8')) as T;
}

interface DemoPerson {
  username: string;
  displayName: string;
  bodyId: string;
  roles: string[];
}

interface DemoNode {
  code: string;
  parentCode: string | null;
  name: string;
  timeLimit: string;
  responsible: string;
  position: number;
}

interface DemoItem extends Omit<ItemInput, 'catalogueNodeId'> {
  catalogueCode: string;
  publishedOn: string | null;
  status: 'drafted' | 'reviewed' | 'approved' | 'published' | 'withdrawn';
}

export interface DemoSeedResult {
  seeded: boolean;
  /** user names and the shared password, for the start-up message */
  accounts?: { usernames: string[]; password: string };
}

/** The steps each demo item goes through, by the roles a real township would use. */
const stepsTo: Record<DemoItem['status'], Array<[ItemStep, string]>> = {
  drafted: [],
  reviewed: [['review', 'bss-baomi']],
  approved: [
    ['review', 'bss-baomi'],
    ['approve', 'bss-head'],
  ],
  published: [
    ['review', 'bss-baomi'],
    ['approve', 'bss-head'],
    ['publish', 'bss-gongkai'],
  ],
  withdrawn: [
    ['review', 'bss-baomi'],
    ['approve', 'bss-head'],
    ['publish', 'bss-gongkai'],
    ['withdraw', 'bss-head'],
  ],
};

/** A demo person as an actor, with their roles (tests take steps as them too). */
export async function actorOf(db: SqlRunner, username: string): Promise<Actor> {
  const person = await findPersonByUsername(db, username);
  if (!person) throw new Error(`demo person ${username} missing`);
  return {
    personId: person.id,
    name: person.displayName,
    bodyId: person.bodyId,
    roles: await rolesOf(db, person.id),
  };
}

/**
 * Loads the demo township 白石山镇 under 蛟河市 into an empty database: bodies, staff, a three-level
 * 公开目录 and ~30 items taken through the real review commands. Does nothing if any body exists.
 */
export async function seedDemo(db: Database): Promise<DemoSeedResult> {
  if ((await countBodies(db)) > 0) return { seeded: false };
  const bodies = readDemo<Array<BodyRow & Partial<BodySettings>>>('bodies.json');
  const people = readDemo<DemoPerson[]>('people.json');
  const nodes = readDemo<DemoNode[]>('catalogue.json');
  const items = readDemo<DemoItem[]>('items.json');
  const system = { name: '系统（演示数据）' };
  const nodeIds = new Map<string, string>();
  const sharedHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    for (const body of bodies) await insertBody(tx, body);
    for (const person of people)
      await addPerson(tx, system, { ...person, password: demoPassword }, sharedHash);
    for (const { parentCode, ...node } of nodes) {
      const parentId = parentCode ? nodeIds.get(parentCode) : null;
      nodeIds.set(node.code, await insertNode(tx, system, demoBodyId, { ...node, parentId }));
    }
  });
  const actors = new Map<string, Actor>();
  const actor = async (username: string) => {
    const known = actors.get(username) ?? (await actorOf(db, username));
    actors.set(username, known);
    return known;
  };
  for (const { catalogueCode, publishedOn, status, ...input } of items) {
    const catalogueNodeId = nodeIds.get(catalogueCode);
    if (!catalogueNodeId) throw new Error(`demo item in unknown catalogue node ${catalogueCode}`);
    const id = await draftItem(db, await actor('bss-gongkai'), demoBodyId, { ...input, catalogueNodeId });
    for (const [step, username] of stepsTo[status]) {
      const comment = step === 'withdraw' ? '招聘已结束，信息过期撤回' : '';
      await takeItemStep(db, await actor(username), demoBodyId, id, step, {
        comment,
        today: publishedOn ?? undefined,
      });
    }
  }
  await seedDemoRequests(db);
  // Index the demo items now, so the portal's search finds them from the first page view.
  while ((await drainSearchQueue(db)) > 0);
  return { seeded: true, accounts: { usernames: people.map((p) => p.username), password: demoPassword } };
}
