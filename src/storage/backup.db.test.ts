import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './database.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { createTestDatabase } from '../../test/support/databases.ts';
import { insertBody } from './bodies.ts';
import { auditedChange } from '../application/audit.ts';

/** A little of everything: a body with a Chinese name and quotes, and an audit row (append-only table). */
async function fill(db: Database): Promise<void> {
  await insertBody(db, {
    id: 'b1',
    parentId: null,
    name: "测试县人民政府 'O''Neil' %",
    kind: 'county',
    code: '123',
  });
  const subject = { bodyId: 'b1', entity: 'body', entityId: 'b1' };
  await auditedChange(db, { name: '系统' }, 'test', subject, { after: { a: 1 } });
}

async function snapshot(db: Database): Promise<unknown> {
  return {
    bodies: await db.query('select id, name, report_due from bodies order by id'),
    audit: await db.query('select actor_name, action, after from audit_log order by id'),
    migrations: await db.query('select version from schema_migrations order by version'),
  };
}

describe('gongkai backup / restore round trip', () => {
  it('PGlite: dumpDataDir → loadDataDir into a fresh directory, and over an existing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gk-backup-'));
    try {
      const source = join(dir, 'source');
      const db = await openDatabase({ dataDir: source });
      await migrate(db);
      await fill(db);
      const before = await snapshot(db);
      await db.close();
      const file = join(dir, 'backup.tar.gz');
      expect((await backupDatabase({ kind: 'pglite', dataDir: source }, file)).bytes).toBeGreaterThan(1000);

      const restoredDir = join(dir, 'restored');
      await restoreDatabase({ kind: 'pglite', dataDir: restoredDir }, file);
      const restored = await openDatabase({ dataDir: restoredDir });
      expect(await snapshot(restored)).toEqual(before);
      // still append-only after the round trip
      await expect(restored.query('delete from audit_log')).rejects.toThrow(/append-only/);
      await restored.close();

      // over the existing source: the old directory is kept aside, not deleted
      const { keptAside } = await restoreDatabase({ kind: 'pglite', dataDir: source }, file);
      expect(keptAside).toContain('before-restore');
      await expect(
        restoreDatabase({ kind: 'postgres', url: 'postgres://x@127.0.0.1:1/x' }, file),
      ).rejects.toMatchObject({
        code: 'BACKUP_KIND_MISMATCH',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL: pg_dump → psql into an empty database, and over the original', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gk-backup-'));
    const source = await createTestDatabase('postgres');
    const target = await createTestDatabase('postgres', { migrate: false });
    try {
      await fill(source.db);
      const before = await snapshot(source.db);
      const file = join(dir, 'backup.sql');
      await backupDatabase({ kind: 'postgres', url: source.url ?? '' }, file);
      await restoreDatabase({ kind: 'postgres', url: target.url ?? '' }, file);
      expect(await snapshot(target.db)).toEqual(before);
      await expect(target.db.query('delete from audit_log')).rejects.toThrow(/append-only/);
      // restoring over a database that has changed since brings back the backed-up state
      await insertBody(source.db, { id: 'b2', parentId: null, name: '后加的', kind: 'county', code: null });
      await restoreDatabase({ kind: 'postgres', url: source.url ?? '' }, file);
      expect(await snapshot(source.db)).toEqual(before);
    } finally {
      await source.drop();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
