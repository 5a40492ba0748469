// The portal's recent search results (issue #8): the same query within seconds is answered from
// memory, a forced reload is not, and a withdrawal in this process is seen at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { buildApp } from '../../../http/app.ts';
import { createLogger } from '../../../runtime/logger.ts';
import { actorOf, demoBodyId, seedDemo } from '../../../application/seed-demo.ts';
import { takeItemStep } from '../../../application/items/commands.ts';
import { announcePublicChange } from '../../../application/public-changes.ts';

describeEachDatabase('portal search cache', (get) => {
  let app: FastifyInstance;
  let item: { id: string; title: string };
  const searchFor = (q: string, headers: Record<string, string> = {}) =>
    app.inject({ url: `/search?q=${encodeURIComponent(q)}`, headers }).then((r) => r.body);

  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
    const published = await get().db.query<{ id: string; title: string }>(
      `select id, title from items where body_id = $1 and status = 'published' order by id limit 1`,
      [demoBodyId],
    );
    item = published[0]!;
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers a repeated query from memory, a forced reload from the database', async () => {
    const { id, title } = item;
    expect(await searchFor(title)).toContain(`/items/${id}`);
    // Behind the app's back: the cached page does not see it, a reload does.
    await get().db.query(`update items set title = '改过的标题' where id = $1`, [id]);
    expect(await searchFor(title)).not.toContain('改过的标题');
    expect(await searchFor(title, { 'cache-control': 'no-cache' })).toContain('改过的标题');
  });

  it('drops what it remembers when a change to any body commits in this process', async () => {
    const newest = (q: string) =>
      app.inject({ url: `/search?q=${encodeURIComponent(q)}&sort=newest` }).then((r) => r.body);
    const { id, title } = item;
    expect(await newest(title)).toContain(`/items/${id}`);
    await get().db.query(`update items set title = '提交后才可见的标题' where id = $1`, [id]);
    expect(await newest(title)).not.toContain('提交后才可见的标题');
    announcePublicChange(get().db, { bodyId: 'another-body' });
    expect(await newest(title)).toContain('提交后才可见的标题');
  });

  it('drops what it remembers when an item is withdrawn in this process', async () => {
    const { id, title } = item;
    expect(await searchFor(title)).toContain(`/items/${id}`);
    const head = await actorOf(get().db, 'bss-head');
    await takeItemStep(get().db, head, demoBodyId, id, 'withdraw', { comment: '内容有误，撤回' });
    expect(await searchFor(title)).not.toContain(`/items/${id}`);
  });
});
