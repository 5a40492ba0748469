import type { CliRun } from '../io.ts';
import { writeLine } from '../io.ts';
import { withDatabase } from '../database.ts';
import { migrate } from '../../storage/migrate.ts';
import { seedDemo } from '../../application/seed-demo.ts';

export const run: CliRun = () =>
  withDatabase(async (db) => {
    await migrate(db);
    const { seeded } = await seedDemo(db);
    writeLine(process.stdout, seeded ? '已载入演示数据。' : '数据库已有数据，未载入演示数据。');
    return 0;
  });
