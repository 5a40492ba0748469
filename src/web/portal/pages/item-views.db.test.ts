// 浏览量 on the item page (issue #8): views are buffered in memory and written in one UPDATE, so a
// page view does not wait for a committed write; the page shows stored + buffered, and a graceful
// close writes what is buffered.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { buildApp } from '../../../http/app.ts';
import { createLogger } from '../../../runtime/logger.ts';
import { demoBodyId, seedDemo } from '../../../application/seed-demo.ts';
import { ItemViewBuffer } from '../../../storage/item-views.ts';
import type { SqlRunner } from '../../../storage/database.ts';

async function storedViews(db: SqlRunner, itemId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>('select view_count as n from items where id = $1', [itemId]);
  return row?.n ?? -1;
}

function shownViews(page: string): number {
  const match = /<th scope="row">浏览量<\/th>\s*<td>(\d+)<\/td>/.exec(page);
  return match ? Number(match[1]) : -1;
}

describeEachDatabase('item page 浏览量 buffered and flushed', (get) => {
  let itemIds: string[] = [];
  beforeAll(async () => {
    await seedDemo(get().db);
    const rows = await get().db.query<{ id: string }>(
      `select id from items where body_id = $1 and status = 'published' order by id limit 2`,
      [demoBodyId],
    );
    itemIds = rows.map((r) => r.id);
    expect(itemIds).toHaveLength(2);
  });

  it('a flush writes every buffered count in one statement', async () => {
    const db = get().db;
    const [first, second] = itemIds as [string, string];
    const before = [await storedViews(db, first), await storedViews(db, second)];
    const views = new ItemViewBuffer(db);
    views.add(first);
    views.add(first);
    views.add(second);
    expect(views.buffered(first)).toBe(2);
    expect(await storedViews(db, first)).toBe(before[0]);
    await views.flush();
    expect(views.buffered(first)).toBe(0);
    expect([await storedViews(db, first), await storedViews(db, second)]).toEqual([
      before[0]! + 2,
      before[1]! + 1,
    ]);
  });

  let app: FastifyInstance | undefined;
  afterAll(async () => {
    await app?.close();
  });

  it('the page counts each view at once and a graceful close stores them all', async () => {
    const db = get().db;
    const itemId = itemIds[0]!;
    const stored = await storedViews(db, itemId);
    app = await buildApp({ db, logger: createLogger('silent') });
    const shown: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await app.inject({ method: 'GET', url: `/bodies/${demoBodyId}/items/${itemId}` });
      expect(response.statusCode).toBe(200);
      shown.push(shownViews(response.body));
    }
    expect(shown).toEqual([stored + 1, stored + 2, stored + 3]);
    await app.close();
    app = undefined;
    expect(await storedViews(db, itemId)).toBe(stored + 3);
  });
});
