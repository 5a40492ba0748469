import { backupFileCommand } from '../backup-file.ts';
import { backupDatabase } from '../../storage/backup.ts';

export const run = backupFileCommand(
  `用法：gongkai backup 文件
  PostgreSQL（设置了 DATABASE_URL）：用 pg_dump 导出为 SQL 文件，可用 gongkai restore 恢复。
  内置数据库：把 DATA_DIR 打包为 .tar.gz；备份前请先停止服务（内置数据库只允许一个进程打开）。`,
  async (target, file) => {
    const { bytes } = await backupDatabase(target, file);
    return `已备份到 ${file}（${(bytes / 1024).toFixed(1)} KB）。`;
  },
);
