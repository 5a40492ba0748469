import { backupFileCommand } from '../backup-file.ts';
import { restoreDatabase } from '../../storage/backup.ts';

export const run = backupFileCommand(
  `用法：gongkai restore 文件
  把 gongkai backup 生成的文件恢复到当前配置的数据库。PostgreSQL：在一个事务内执行，出错则不做任何修改。
  内置数据库：原数据目录改名保留为 “目录.before-restore-时间”，不会删除；恢复前请先停止服务。`,
  async (target, file) => {
    const { keptAside } = await restoreDatabase(target, file);
    return `已从 ${file} 恢复。${keptAside ? `原数据目录保留在 ${keptAside}。` : ''}`;
  },
);
