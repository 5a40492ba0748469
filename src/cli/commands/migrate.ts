import type { CliRun } from '../io.ts';
import { writeLine } from '../io.ts';
import { withDatabase } from '../database.ts';
import { migrate } from '../../storage/migrate.ts';

export const run: CliRun = () =>
  withDatabase(async (db) => {
    const applied = await migrate(db);
    writeLine(process.stdout, applied.length ? `已执行迁移：${applied.join('、')}` : '数据库已是最新。');
    return 0;
  });
