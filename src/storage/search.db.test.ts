import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { drainSearchQueue, maxSearchResults, searchItems } from './search.ts';
import { startSearchIndexer } from '../application/search-indexer.ts';
import { parseQuery } from '../core/search/tokens.ts';

const items = [
  {
    title: '关于印发白石山镇规范性文件管理办法的通知',
    body: '<p>为加强规范性文件管理……</p>',
    status: 'published',
    validity: '有效',
    made: '2024-03-01',
  },
  {
    title: '白石山镇2023年政府信息公开工作年度报告',
    body: '<p>本年度共收到政府信息公开申请3件。</p>',
    status: 'published',
    validity: null,
    made: '2024-01-20',
  },
  {
    title: '草稿：规范性文件清理计划',
    body: '<p>未公开</p>',
    status: 'drafted',
    validity: null,
    made: '2024-05-01',
  },
  {
    title: "O'Brien 100% 测试",
    body: '<p>引号与百分号</p>',
    status: 'published',
    validity: null,
    made: '2024-06-01',
  },
];

describeEachDatabase('item search', (get) => {
  beforeAll(async () => {
    const { db } = get();
    await db.query(`insert into bodies (id, name, kind) values ('town', '白石山镇人民政府', 'township')`);
    const [node] = await db.query<{ id: string }>(
      `insert into catalogue_nodes (body_id, code, name) values ('town', '01', '政策文件') returning id`,
    );
    for (const item of items) {
      await db.query(
        `insert into items (body_id, catalogue_node_id, kind, title, body_html, publisher, made_on, published_on, due_on, status, validity)
         values ('town', $1, '规范性文件', $2, $3, '白石山镇人民政府', $4, $4, $4, $5, $6)`,
        [node!.id, item.title, item.body, item.made, item.status, item.validity],
      );
    }
    while ((await drainSearchQueue(db)) > 0);
  });

  const search = (q: string, extra: Record<string, unknown> = {}) =>
    searchItems(get().db, parseQuery(q), { sort: 'relevance', limit: 10, offset: 0, ...extra });

  it('finds a simplified item with a traditional-script query', async () => {
    const { hits } = await search('規範性文件管理');
    expect(hits.map((h) => h.title)).toEqual(['关于印发白石山镇规范性文件管理办法的通知']);
  });

  it('finds text in the body, never an unpublished item', async () => {
    expect((await search('信息公开申请')).hits).toHaveLength(1);
    expect((await search('清理计划')).total).toBe(0);
  });

  it('filters by validity and year', async () => {
    expect((await search('规范性文件', { validity: '有效' })).total).toBe(1);
    expect((await search('规范性文件', { year: 2023 })).total).toBe(0);
  });

  it.each([`O'Brien`, '100%', `'; drop table items; --`, '%', '"'])(
    'treats %s as text, not syntax',
    async (q) => {
      const result = await search(q);
      expect(result.total).toBeGreaterThanOrEqual(0);
      const [row] = await get().db.query<{ n: number }>('select count(*)::int as n from items');
      expect(row?.n).toBe(items.length);
    },
  );

  it('a one-character query matches titles', async () => {
    expect((await search('镇')).total).toBe(2);
  });

  it('re-indexes an item when it is withdrawn', async () => {
    const { db } = get();
    await db.query(`update items set status = 'withdrawn' where title like '关于印发%'`);
    await drainSearchQueue(db);
    expect((await search('规范性文件管理')).total).toBe(0);
  });

  it('ranks an item naming the term in its title above one naming it only in the text', async () => {
    const { db } = get();
    for (const [title, body, made] of [
      ['关于秋季防火的通知', '<p>做好秸秆禁烧工作。</p>', '2024-10-02'],
      ['秸秆禁烧工作方案', '<p>方案全文。</p>', '2024-10-01'],
    ]) {
      await db.query(
        `insert into items (body_id, catalogue_node_id, kind, title, body_html, publisher, made_on, published_on, due_on, status)
         select 'town', id, '通知公告', $1, $2, '白石山镇人民政府', $3, $3, $3, 'published' from catalogue_nodes limit 1`,
        [title, body, made],
      );
    }
    while ((await drainSearchQueue(db)) > 0);
    const titles = (q: string, sort: 'relevance' | 'newest') =>
      searchItems(db, parseQuery(q), { sort, limit: 10, offset: 0 }).then((r) => r.hits.map((h) => h.title));
    expect(await titles('秸秆禁烧', 'relevance')).toEqual(['秸秆禁烧工作方案', '关于秋季防火的通知']);
    expect(await titles('秸秆禁烧', 'newest')).toEqual(['关于秋季防火的通知', '秸秆禁烧工作方案']);
  });

  it('the background indexer makes an item inserted behind the app searchable', async () => {
    const { db } = get();
    await db.query(
      `insert into items (body_id, catalogue_node_id, kind, title, body_html, publisher, made_on, published_on, due_on, status)
       select 'town', id, '通知公告', '关于开展森林防火巡查的通知', '', '白石山镇人民政府', '2024-11-01', '2024-11-01',
              '2024-11-01', 'published' from catalogue_nodes limit 1`,
    );
    expect((await search('森林防火巡查')).total).toBe(0);
    const indexer = startSearchIndexer(db, { intervalMs: 60_000 });
    await indexer.catchUp();
    await indexer.stop();
    expect((await search('森林防火巡查')).total).toBe(1);
    const [queue] = await db.query<{ n: number }>('select count(*)::int as n from item_search_queue');
    expect(queue?.n).toBe(0);
  });

  it(`estimates counts above ${maxSearchResults} and pages no further than that`, async () => {
    const { db } = get();
    const many = maxSearchResults + 200;
    await db.query(
      `insert into items (body_id, catalogue_node_id, kind, title, body_html, publisher, made_on, published_on, due_on, status)
       select 'town', n.id, '工作动态', '第' || g || '期乡村振兴工作简报', '', '白石山镇人民政府',
              date '2020-01-01' + g, date '2020-01-01' + g, date '2020-01-01' + g, 'published'
         from generate_series(1, $1::int) g, (select id from catalogue_nodes limit 1) n`,
      [many],
    );
    while ((await drainSearchQueue(db)) > 0);
    await db.query('analyze item_search');
    const first = await search('乡村振兴', { sort: 'newest' });
    expect(first.totalIsEstimate).toBe(true);
    expect(first.total).toBeGreaterThan(maxSearchResults);
    expect(first.hits[0]?.title).toBe(`第${many}期乡村振兴工作简报`);
    const last = await search('乡村振兴', { offset: maxSearchResults - 10 });
    expect(last.hits).toHaveLength(10);
    expect((await search('乡村振兴', { offset: maxSearchResults })).hits).toHaveLength(0);
    const exact = await search('乡村振兴', { year: 2020 });
    expect(exact).toMatchObject({ total: 365, totalIsEstimate: false });
    // A page past the last match still says how many there are (the count comes with the page).
    const pastTheEnd = await search('乡村振兴', { year: 2020, offset: 370 });
    expect(pastTheEnd).toMatchObject({ total: 365, totalIsEstimate: false, hits: [] });
  });

  it('with statistics, looks up only the rare bigrams and still requires every one', async () => {
    const { db } = get();
    await db.query('analyze item_search');
    // A runner of its own: the token statistics are read afresh, after the analyze.
    const runner = { query: db.query.bind(db) } as typeof db;
    const total = (q: string) =>
      searchItems(runner, parseQuery(q), { sort: 'relevance', limit: 10, offset: 0 }).then((r) => r.total);
    // 森林防火巡查 is in one item of 1,200 and drives the lookup; 乡村振兴 (in all the others) is checked.
    expect(await total('森林防火巡查')).toBe(1);
    expect(await total('乡村振兴 森林防火巡查')).toBe(0);
    expect(await total('乡村振兴 第1期')).toBe(1);
    // 乡村振兴 is in nearly every item (driven by one bigram, the others checked): counts stay exact below the cap.
    const common = (extra: Record<string, unknown>) =>
      searchItems(runner, parseQuery('乡村振兴'), { sort: 'newest', limit: 10, offset: 0, ...extra });
    expect(await common({ year: 2020 })).toMatchObject({ total: 365, totalIsEstimate: false });
    expect((await common({ year: 2020, offset: 360 })).hits).toHaveLength(5);
    expect((await common({})).totalIsEstimate).toBe(true);
  });
});
