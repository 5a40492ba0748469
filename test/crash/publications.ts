// Publications in the crash burst: staff sign in to the child server, take items through 保密审查
// and 批准 before the burst, then publish them during it. What must survive a kill -9: every
// acknowledged publication is published with the 索引号 it was acknowledged with, and 索引号 serials
// per (body, year, category) are 1..n with the counter at n — nothing issued twice, nothing skipped.
import { nextLoopbackAddress, send } from './harness.ts';
import type { Database } from '../../src/storage/database.ts';

const demoBody = 'jiaohe-baishishan';
const demoPassword = 'Baishishan-2025';

export interface StaffSession {
  cookie: string;
  csrf: string;
}

export async function signIn(baseUrl: string, username: string): Promise<StaffSession> {
  const res = await send(baseUrl, 'POST', '/api/v1/auth/sign-in', {
    body: JSON.stringify({ username, password: demoPassword }),
    headers: { 'content-type': 'application/json' },
  });
  if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status} ${res.body}`);
  const token = /gk_session=([^;]+)/.exec(res.headers['set-cookie']?.join('\n') ?? '')?.[1];
  if (!token) throw new Error(`sign-in ${username}: no session cookie`);
  return {
    cookie: `gk_session=${token}`,
    csrf: String((JSON.parse(res.body) as { csrfToken: string }).csrfToken),
  };
}

async function asStaff(baseUrl: string, session: StaffSession, method: string, path: string, body: object) {
  return send(baseUrl, method, `/api/v1/bodies/${demoBody}${path}`, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    localAddress: nextLoopbackAddress(),
  });
}

async function ok(res: Promise<{ status: number; body: string }>): Promise<Record<string, unknown>> {
  const { status, body } = await res;
  if (status >= 300) throw new Error(`${status} ${body}`);
  return JSON.parse(body) as Record<string, unknown>;
}

/** Drafts `count` items and has them reviewed and approved: ready for the publish step. */
export async function approvedItems(baseUrl: string, count: number): Promise<string[]> {
  const [officer, reviewer, head] = await Promise.all(
    ['bss-gongkai', 'bss-baomi', 'bss-head'].map((u) => signIn(baseUrl, u)),
  );
  const catalogue = (await ok(send(baseUrl, 'GET', `/api/v1/bodies/${demoBody}/catalogue`))) as {
    nodes: Array<{ id: string; children: Array<{ id: string }> }>;
  };
  // Two categories, so serials are checked in more than one sequence.
  const nodes = catalogue.nodes.slice(0, 2).map((n) => n.children[0]?.id ?? n.id);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const item = await ok(
      asStaff(baseUrl, officer!, 'POST', '/staff/items', {
        catalogueNodeId: nodes[i % nodes.length],
        kind: '工作动态',
        title: `崩溃测试发布第${i}条`,
        bodyHtml: '<p>崩溃测试正文</p>',
        publisher: '白石山镇人民政府',
        madeOn: '2025-03-03',
      }),
    );
    const id = String(item.id);
    await ok(asStaff(baseUrl, reviewer!, 'POST', `/staff/items/${id}/steps`, { step: 'review' }));
    await ok(asStaff(baseUrl, head!, 'POST', `/staff/items/${id}/steps`, { step: 'approve' }));
    ids.push(id);
  }
  return ids;
}

export interface AcknowledgedPublication {
  itemId: string;
  indexNumber: string;
}

/** Publishes the items `parallel` at a time as the officer; failures after the kill are only counted. */
export async function publicationBurst(
  baseUrl: string,
  itemIds: readonly string[],
  parallel: number,
  onAck: () => void = () => undefined,
): Promise<{ acknowledged: AcknowledgedPublication[]; failed: number }> {
  const officer = await signIn(baseUrl, 'bss-gongkai');
  const acknowledged: AcknowledgedPublication[] = [];
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < itemIds.length) {
      const itemId = itemIds[next++]!;
      try {
        const res = await asStaff(baseUrl, officer, 'POST', `/staff/items/${itemId}/steps`, {
          step: 'publish',
        });
        if (res.status !== 200) {
          failed++;
          continue;
        }
        acknowledged.push({
          itemId,
          indexNumber: String((JSON.parse(res.body) as { indexNumber: string }).indexNumber),
        });
        onAck();
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { acknowledged, failed };
}

export interface PublicationState {
  items: Array<{
    id: string;
    status: string;
    indexNumber: string | null;
    year: number | null;
    category: string;
  }>;
  serials: Array<{ year: number; category: string; lastSerial: number }>;
}

export async function readPublications(db: Database): Promise<PublicationState> {
  const items = await db.query<PublicationState['items'][number]>(
    `select i.id, i.status, i.index_number as "indexNumber",
            extract(year from i.published_on)::int as year, c.code as category
       from items i join catalogue_nodes c on c.id = i.catalogue_node_id
      where i.body_id = $1`,
    [demoBody],
  );
  const serials = await db.query<PublicationState['serials'][number]>(
    `select year, category, last_serial as "lastSerial" from index_number_serials where body_id = $1`,
    [demoBody],
  );
  return { items, serials };
}

/** Broken promises about publications (empty = all kept). */
export function publicationFindings(
  state: PublicationState,
  acknowledged: AcknowledgedPublication[],
): string[] {
  const findings: string[] = [];
  const byId = new Map(state.items.map((i) => [i.id, i]));
  for (const ack of acknowledged) {
    const item = byId.get(ack.itemId);
    if (item?.status !== 'published')
      findings.push(`acknowledged publication ${ack.itemId} is ${item?.status ?? 'missing'}`);
    else if (item.indexNumber !== ack.indexNumber)
      findings.push(`item ${ack.itemId}: acknowledged 索引号 ${ack.indexNumber}, stored ${item.indexNumber}`);
  }
  const numbered = state.items.filter((i) => i.indexNumber !== null);
  if (new Set(numbered.map((i) => i.indexNumber)).size !== numbered.length)
    findings.push('a 索引号 is used twice');
  // Both demo patterns end in {category}{serial:3|4}: the serial is what follows the category.
  const groups = new Map<string, number[]>();
  for (const item of numbered) {
    const key = `${item.year}/${item.category}`;
    const number = item.indexNumber ?? '';
    const serial = Number(number.slice(number.lastIndexOf(item.category) + item.category.length));
    groups.set(key, [...(groups.get(key) ?? []), serial]);
  }
  for (const [key, serials] of groups) {
    serials.sort((a, b) => a - b);
    serials.forEach((s, i) => {
      if (s !== i + 1)
        findings.push(`索引号 ${key}: serial ${i + 1} expected, found ${s} (skipped or duplicate)`);
    });
    const counter = state.serials.find((c) => `${c.year}/${c.category}` === key);
    if (counter?.lastSerial !== serials.length)
      findings.push(`索引号 ${key}: counter at ${counter?.lastSerial}, ${serials.length} numbered items`);
  }
  return findings;
}
