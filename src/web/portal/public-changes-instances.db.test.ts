// The portal's page caches across app instances (DESIGN.md: stateless instances behind a load
// balancer, one PostgreSQL; ADR 0003): a change committed on instance A reaches instance B's caches
// through pg_notify in A's transaction and B's LISTEN connection — a withdrawn item (maybe withdrawn
// because it exposed personal data, 个人信息保护法) is not served by B for the cache's 60 s.
// On PostgreSQL, A and B are two apps on two Database handles (two pools, two listening
// connections), as two processes would be. PGlite is one embedded process with one handle: there the
// two apps share it, and the cases that send a notification with no local announcement show that
// PGlite's LISTEN path works too.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { buildApp } from '../../http/app.ts';
import { createLogger } from '../../runtime/logger.ts';
import { actorOf, demoBodyId, seedDemo } from '../../application/seed-demo.ts';
import { takeItemStep } from '../../application/items/commands.ts';
import { editCatalogueNode } from '../../application/catalogue.ts';
import { notifyPublicChange, onPublicChange } from '../../application/public-changes.ts';
import type { PublicChange } from '../../application/public-changes.ts';
import { openDatabase } from '../../storage/database.ts';
import type { Database } from '../../storage/database.ts';

/** Asks `probe` every 25 ms until it returns true or ~2 s have passed; returns the last answer. */
async function within2s(probe: () => Promise<boolean>): Promise<boolean> {
  const until = Date.now() + 2_000;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

interface PublishedItem {
  id: string;
  title: string;
  kind: string;
  validity: string | null;
  catalogueNodeId: string;
}

describeEachDatabase('portal caches across app instances', (get, kind) => {
  let dbA: Database;
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  let closedA = false;
  let items: PublishedItem[];
  /** Instance B's log lines (pino JSON). */
  const logB: Array<{ level: number; msg?: string }> = [];
  /** What instance B's caches were told, in order. */
  const heardByB: PublicChange[] = [];
  const onB = (itemId: string) => appB.inject({ url: `/bodies/${demoBodyId}/items/${itemId}` });
  const onA = (itemId: string) => appA.inject({ url: `/bodies/${demoBodyId}/items/${itemId}` });
  const listeningConnections = async () =>
    (
      await get().db.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and application_name = 'gongkai listen'`,
      )
    )[0]!.n;

  beforeAll(async () => {
    await seedDemo(get().db);
    const { kind, url } = get();
    dbA = kind === 'postgres' ? await openDatabase({ url }) : get().db;
    appA = await buildApp({ db: dbA, logger: createLogger('silent') });
    const logger = pino({ level: 'info' }, { write: (line: string) => logB.push(JSON.parse(line)) });
    appB = await buildApp({ db: get().db, logger });
    await Promise.all([appA.ready(), appB.ready()]);
    onPublicChange(get().db, (change) => heardByB.push(change));
    // Items in force (有效) last: ids are random uuids, and the withdrawal case takes items[0], which
    // must never be the document the repeal case needs.
    items = await get().db.query<PublishedItem>(
      `select id, title, kind, validity, catalogue_node_id as "catalogueNodeId" from items
        where body_id = $1 and status = 'published'
        order by coalesce(validity = '有效', false), id`,
      [demoBodyId],
    );
  });
  afterAll(async () => {
    if (!closedA) await appA?.close();
    await appB?.close();
    if (dbA && dbA !== get().db) await dbA.close();
  });

  const changes: Array<{
    change: string;
    item: () => PublishedItem;
    make: (item: PublishedItem) => Promise<unknown>;
    seenOnB: (page: { statusCode: number; body: string }) => boolean;
  }> = [
    {
      // 条例第二十六条: a withdrawn item is no longer public.
      change: 'an item withdrawn on A is 404 on B',
      item: () => items[0]!,
      make: async (item) =>
        takeItemStep(dbA, await actorOf(dbA, 'bss-head'), demoBodyId, item.id, 'withdraw', {
          comment: '含个人信息，撤回',
        }),
      seenOnB: (page) => page.statusCode === 404 && page.body.includes('已撤回'),
    },
    {
      change: 'a normative document repealed on A shows 废止 on B',
      item: () => items.find((i) => i.kind === '规范性文件' && i.validity === '有效')!,
      make: async (item) => takeItemStep(dbA, await actorOf(dbA, 'bss-head'), demoBodyId, item.id, 'repeal'),
      seenOnB: (page) => page.body.includes('<td>废止</td>'),
    },
    {
      change: 'a catalogue node renamed on A shows its new name on B',
      item: () => items[1]!,
      make: async (item) =>
        editCatalogueNode(dbA, await actorOf(dbA, 'bss-gongkai'), demoBodyId, item.catalogueNodeId, {
          name: '另一实例改的目录名',
        }),
      seenOnB: (page) => page.body.includes('另一实例改的目录名'),
    },
  ];

  it.each(changes)('$change, within a short poll', async ({ item, make, seenOnB }) => {
    const page = item();
    const before = await onB(page.id);
    expect(before.statusCode).toBe(200);
    expect(seenOnB(before)).toBe(false);
    await onA(page.id);
    await make(page);
    // Instance A: at once (its own announcement after the commit, independent of its listener).
    expect(seenOnB(await onA(page.id))).toBe(true);
    expect(await within2s(async () => seenOnB(await onB(page.id)))).toBe(true);
  });

  it('a committed notification alone drops the body’s pages on B (PGlite: its LISTEN path)', async () => {
    const { id, title } = items[2]!;
    expect((await onB(id)).body).toContain(title);
    await get().db.query(`update items set title = '通知后才可见的标题' where id = $1`, [id]);
    expect((await onB(id)).body).not.toContain('通知后才可见的标题');
    await dbA.transaction((tx) => notifyPublicChange(tx, { bodyId: demoBodyId }));
    expect(await within2s(async () => (await onB(id)).body.includes('通知后才可见的标题'))).toBe(true);
    await get().db.query(`update items set title = $2 where id = $1`, [id, title]);
  });

  it('a rolled-back change announces nothing', async () => {
    const { id, title } = items[3]!;
    expect((await onB(id)).body).toContain(title);
    await get().db.query(`update items set title = '回滚时不可见的标题' where id = $1`, [id]);
    heardByB.length = 0;
    // A withdrawal that fails after its notification: the transaction rolls back, nothing is sent.
    const failed = dbA.transaction(async (tx) => {
      await tx.query(`update items set status = 'withdrawn' where id = $1`, [id]);
      await notifyPublicChange(tx, { bodyId: demoBodyId });
      throw new Error('the withdrawal fails after notifying');
    });
    await expect(failed).rejects.toThrow('fails after notifying');
    // Notifications arrive in commit order: once a later one is heard, an earlier one would have been.
    await dbA.transaction((tx) => notifyPublicChange(tx, { bodyId: 'marker-body' }));
    expect(await within2s(async () => heardByB.length > 0)).toBe(true);
    // (On PGlite both apps hear the one handle's notifications, so the marker may come twice.)
    expect(new Set(heardByB.map((change) => JSON.stringify(change)))).toEqual(
      new Set([JSON.stringify({ bodyId: 'marker-body' })]),
    );
    const page = await onB(id);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('回滚时不可见的标题');
    await get().db.query(`update items set title = $2 where id = $1`, [id, title]);
  });

  // PostgreSQL only: PGlite has no connection of its own to lose or close.
  const onPostgres = kind === 'postgres' ? it : () => undefined;

  onPostgres(
    'B’s listening connection lost: it reconnects, drops every cached page, and hears again',
    async () => {
      const { id, title } = items[4]!;
      expect((await onB(id)).body).toContain(title);
      await get().db.query(`update items set title = '重连后可见的标题' where id = $1`, [id]);
      expect((await onB(id)).body).not.toContain('重连后可见的标题');
      logB.length = 0;
      await get().db.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and application_name = 'gongkai listen'`,
      );
      // Notifications sent while B was away are missed: every page is dropped when it is back.
      expect(await within2s(async () => (await onB(id)).body.includes('重连后可见的标题'))).toBe(true);
      const listenerLog = logB.filter((line) => line.msg?.includes('public-change listener'));
      expect(listenerLog.map((line) => [line.level, line.msg!.split(' / ')[1]])).toEqual([
        [40, 'public-change listener lost, reconnecting'],
        [30, 'public-change listener back, all cached pages dropped'],
      ]);
      const withdrawn = items[5]!;
      expect((await onB(withdrawn.id)).statusCode).toBe(200);
      await takeItemStep(dbA, await actorOf(dbA, 'bss-head'), demoBodyId, withdrawn.id, 'withdraw', {
        comment: '重连后撤回',
      });
      expect(await within2s(async () => (await onB(withdrawn.id)).statusCode === 404)).toBe(true);
      await get().db.query(`update items set title = $2 where id = $1`, [id, title]);
    },
  );

  onPostgres('closing an app closes its listening connection (graceful shutdown)', async () => {
    expect(await within2s(async () => (await listeningConnections()) === 2)).toBe(true);
    await appA.close();
    closedA = true;
    expect(await within2s(async () => (await listeningConnections()) === 1)).toBe(true);
  });
});
