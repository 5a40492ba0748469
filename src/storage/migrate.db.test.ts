import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { listMigrations, migrate, splitStatements } from './migrate.ts';
import { seedDemo } from '../application/seed-demo.ts';
import { countBodies } from './bodies.ts';

describeEachDatabase('migrations and demo data', (get) => {
  it('applied every migration once and a second run applies nothing', async () => {
    const { db } = get();
    const rows = await db.query<{ version: number }>(
      'select version from schema_migrations order by version',
    );
    expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
  });

  it('loads the demo data into an empty database, once', async () => {
    const { db } = get();
    expect((await seedDemo(db)).seeded).toBe(true);
    const afterFirst = await countBodies(db);
    expect(afterFirst).toBeGreaterThan(0);
    expect((await seedDemo(db)).seeded).toBe(false);
    expect(await countBodies(db)).toBe(afterFirst);
  });
});

it('splits statements but keeps dollar-quoted bodies whole', () => {
  const sql = `create table a (x int);\n-- note;\ncreate function f() returns int as $$\nbegin\n return 1;\nend;\n$$ language plpgsql;\n`;
  expect(splitStatements(sql)).toHaveLength(2);
  expect(splitStatements(sql)[1]).toContain('return 1;');
});
