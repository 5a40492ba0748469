import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { demoBodyId, seedDemo } from '../seed-demo.ts';
import { findPersonByUsername, rolesOf } from '../../storage/people.ts';
import { findCatalogueNodeByCode } from '../../storage/catalogue.ts';
import { findItem, listItems, listReviews } from '../../storage/items.ts';
import type { SqlRunner } from '../../storage/database.ts';
import type { Actor } from '../auth/roles.ts';
import { draftItem, takeItemStep } from './commands.ts';
import type { ItemInput } from './commands.ts';

async function actor(db: SqlRunner, username: string): Promise<Actor> {
  const person = await findPersonByUsername(db, username);
  if (!person) throw new Error(username);
  return {
    personId: person.id,
    name: person.displayName,
    bodyId: person.bodyId,
    roles: await rolesOf(db, person.id),
  };
}

describeEachDatabase('items: review trail, 索引号, sanitising, search', (get) => {
  let officer: Actor;
  let reviewer: Actor;
  let head: Actor;
  let countyAdmin: Actor;
  let base: ItemInput;

  beforeAll(async () => {
    const { db } = get();
    await seedDemo(db);
    officer = await actor(db, 'bss-gongkai');
    reviewer = await actor(db, 'bss-baomi');
    head = await actor(db, 'bss-head');
    countyAdmin = await actor(db, 'jh-admin');
    const node = await findCatalogueNodeByCode(db, demoBodyId, '0403');
    if (!node) throw new Error('demo catalogue missing');
    base = {
      catalogueNodeId: node.id,
      kind: '通知公告',
      title: '测试公告',
      bodyHtml: '<p>正文</p>',
      publisher: '蛟河市白石山镇人民政府',
      madeOn: '2025-09-26',
      channels: ['网站'],
    };
  });

  it('goes drafted → 保密审查 → approved → published, each step by its role, with the trail (Art. 17, 26)', async () => {
    const { db } = get();
    const id = await draftItem(db, officer, demoBodyId, base);
    // Art. 26: 20 working days from 2025-09-26, across the 2025 National Day holiday and make-up days
    expect((await findItem(db, demoBodyId, id))?.dueOn).toBe('2025-10-30');
    await expect(takeItemStep(db, officer, demoBodyId, id, 'review')).rejects.toMatchObject({ status: 403 });
    await expect(takeItemStep(db, reviewer, demoBodyId, id, 'approve')).rejects.toMatchObject({
      status: 403,
    });
    await expect(takeItemStep(db, head, demoBodyId, id, 'approve')).rejects.toMatchObject({
      status: 409,
      code: 'ITEM_STEP_NOT_ALLOWED',
    });
    await takeItemStep(db, reviewer, demoBodyId, id, 'review', { comment: '不涉密' });
    await takeItemStep(db, head, demoBodyId, id, 'approve');
    const published = await takeItemStep(db, officer, demoBodyId, id, 'publish', { today: '2025-10-09' });
    expect(published.status).toBe('published');
    expect(published.publishedOn).toBe('2025-10-09');
    expect(published.indexNumber).toMatch(/^01326078-8-\/2025-0403\d{3}$/);
    const trail = await listReviews(db, demoBodyId, id);
    expect(trail.map((t) => [t.step, t.personName])).toEqual([
      ['drafted', '李晓梅'],
      ['reviewed', '赵立新'],
      ['approved', '孙志强'],
      ['published', '李晓梅'],
    ]);
    // withdrawal needs a reason and the head
    await expect(takeItemStep(db, head, demoBodyId, id, 'withdraw')).rejects.toMatchObject({
      code: 'COMMENT_REQUIRED',
    });
    const withdrawn = await takeItemStep(db, head, demoBodyId, id, 'withdraw', { comment: '内容有误' });
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.indexNumber).toBe(published.indexNumber);
    const audit = await db.query<{ action: string }>(
      `select action from audit_log where entity = 'item' and entity_id = $1 order by id`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'item.drafted',
      'item.review',
      'item.approve',
      'item.publish',
      'item.withdraw',
    ]);
  });

  it('refuses staff of another body, even an admin above it (admins configure, they do not publish)', async () => {
    const { db } = get();
    await expect(draftItem(db, countyAdmin, demoBodyId, base)).rejects.toMatchObject({ status: 403 });
    await expect(draftItem(db, null, demoBodyId, base)).rejects.toMatchObject({ status: 401 });
  });

  it.each([
    ['规范性文件 without 文号', { kind: '规范性文件', validity: '有效' }, 'DOCUMENT_NUMBER_REQUIRED'],
    [
      '规范性文件 without 有效性',
      { kind: '规范性文件', documentNumber: '白政发〔2025〕9号' },
      'VALIDITY_REQUIRED',
    ],
    ['有效性 on a notice', { validity: '有效' }, 'VALIDITY_NOT_APPLICABLE'],
    [
      'a catalogue node of no body',
      { catalogueNodeId: '00000000-0000-4000-8000-000000000000' },
      'CATALOGUE_NODE_NOT_FOUND',
    ],
  ] as const)('refuses %s', async (_label, change, code) => {
    await expect(draftItem(get().db, officer, demoBodyId, { ...base, ...change })).rejects.toMatchObject({
      status: 400,
      code,
    });
  });

  describe('XSS: item HTML is sanitised by allow-list before it is stored', () => {
    it.each([
      ['<p>好</p><script>alert(1)</script>', '<p>好</p>'],
      ['<img src="x" onerror="alert(1)">', '<img src="x" />'],
      ['<a href="javascript:alert(1)">点</a>', '<a rel="noopener noreferrer">点</a>'],
      ['<p style="color:red" onclick="x()">文</p>', '<p>文</p>'],
      ['<iframe src="https://evil.example"></iframe>正文', '正文'],
      ['<svg><script>alert(1)</script></svg>', ''],
    ])('%s → %s', async (dirty, clean) => {
      const { db } = get();
      const id = await draftItem(db, officer, demoBodyId, { ...base, bodyHtml: dirty });
      expect((await findItem(db, demoBodyId, id))?.bodyHtml).toBe(clean);
    });
  });

  describe('injection: quotes, % and _ in search are literal text', () => {
    beforeAll(async () => {
      const { db } = get();
      for (const title of ['完成率100%的公告', "O'Brien 项目_公示", '普通的公告']) {
        const id = await draftItem(db, officer, demoBodyId, { ...base, title });
        await takeItemStep(db, reviewer, demoBodyId, id, 'review');
        await takeItemStep(db, head, demoBodyId, id, 'approve');
        await takeItemStep(db, officer, demoBodyId, id, 'publish', { today: '2025-10-10' });
      }
    });
    it.each([
      ['%', ['完成率100%的公告']],
      ['_', ["O'Brien 项目_公示"]],
      ["O'Brien", ["O'Brien 项目_公示"]],
      ["'; drop table items; --", []],
      ['\\', []],
    ])('q=%s', async (text, titles) => {
      const { db } = get();
      const { rows } = await listItems(
        db,
        demoBodyId,
        { text, publishedOnly: true },
        { limit: 50, offset: 0 },
      );
      expect(rows.map((r) => r.title).sort()).toEqual([...titles].sort());
      expect((await db.query<{ n: number }>('select count(*)::int as n from items'))[0]?.n).toBeGreaterThan(
        30,
      );
    });
  });

  it('numbers concurrent publications in one category with distinct consecutive serials', async () => {
    const { db } = get();
    const node = await findCatalogueNodeByCode(db, demoBodyId, '0301');
    if (!node) throw new Error('node 0301 missing');
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const id = await draftItem(db, officer, demoBodyId, {
        ...base,
        catalogueNodeId: node.id,
        title: `并发${i}`,
      });
      await takeItemStep(db, reviewer, demoBodyId, id, 'review');
      await takeItemStep(db, head, demoBodyId, id, 'approve');
      ids.push(id);
    }
    const published = await Promise.all(
      ids.map((id) => takeItemStep(db, officer, demoBodyId, id, 'publish', { today: '2026-03-02' })),
    );
    const serials = published.map((p) => Number(p.indexNumber?.slice(-3))).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});
