import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { CliCommand } from '../io.ts';
import { CliError, writeLine } from '../io.ts';
import { loadConfig } from '../../runtime/config.ts';
import { BackupError, backupDatabase, restoreDatabase } from '../../storage/backup.ts';
import type { BackupTarget } from '../../storage/backup.ts';

export function configuredTarget(): BackupTarget {
  const config = loadConfig();
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(config.DATA_DIR) };
}

/** One positional FILE; anything else is a usage error (exit 2). */
export function fileArgument(argv: string[], help: string): string | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new CliError('USAGE', `${(error as Error).message}\n\n${help}`);
  }
  if (parsed.values.help) return null;
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) throw new CliError('USAGE', `请给出一个备份文件路径。\n\n${help}`);
  return resolve(file);
}

export async function withBackupErrors(fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (error) {
    // a missing or wrong file is the user's input (exit 2); a failing pg_dump/psql is a failure (exit 1)
    if (error instanceof BackupError)
      throw new CliError(error.code, error.message, error.code.startsWith('TOOL_') ? 1 : 2);
    throw error;
  }
}

/** backup and restore take the same one FILE argument and report BackupError the same way. */
function fileCommand(
  name: string,
  summary: string,
  help: string,
  action: (target: BackupTarget, file: string) => Promise<string>,
): CliCommand {
  return {
    name,
    summary,
    run: (argv) =>
      withBackupErrors(async () => {
        const file = fileArgument(argv, help);
        writeLine(process.stdout, file ? await action(configuredTarget(), file) : help);
        return 0;
      }),
  };
}

export const backupCommand = fileCommand(
  'backup',
  '备份数据库到文件（pg_dump 或内置数据库打包）',
  `用法：gongkai backup 文件
  PostgreSQL（设置了 DATABASE_URL）：用 pg_dump 导出为 SQL 文件，可用 gongkai restore 恢复。
  内置数据库：把 DATA_DIR 打包为 .tar.gz；备份前请先停止服务（内置数据库只允许一个进程打开）。`,
  async (target, file) => {
    const { bytes } = await backupDatabase(target, file);
    return `已备份到 ${file}（${(bytes / 1024).toFixed(1)} KB）。`;
  },
);

export const restoreCommand = fileCommand(
  'restore',
  '从备份文件恢复数据库',
  `用法：gongkai restore 文件
  把 gongkai backup 生成的文件恢复到当前配置的数据库。PostgreSQL：在一个事务内执行，出错则不做任何修改。
  内置数据库：原数据目录改名保留为 “目录.before-restore-时间”，不会删除；恢复前请先停止服务。`,
  async (target, file) => {
    const { keptAside } = await restoreDatabase(target, file);
    return `已从 ${file} 恢复。${keptAside ? `原数据目录保留在 ${keptAside}。` : ''}`;
  },
);
