import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Where the data lives: a PostgreSQL database, or the embedded PGlite data directory. */
export type BackupTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export class BackupError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) =>
      reject(
        new BackupError(
          'TOOL_MISSING',
          `无法运行 ${command}（${error.message}），请安装 PostgreSQL 客户端工具`,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new BackupError(
              'TOOL_FAILED',
              `${command} 执行失败（退出码 ${code}）：${stderr.trim().slice(-500)}`,
            ),
          ),
    );
  });
}

// A PGlite backup is the data directory as a gzipped tar; it starts with the gzip magic bytes.
const gzipMagic = [0x1f, 0x8b];

/**
 * Writes a full backup to `file`. PostgreSQL: pg_dump in plain SQL with DROP … IF EXISTS, so
 * psql can restore it over an existing database. PGlite: `dumpDataDir` (the embedded server must
 * be stopped: PGlite holds its directory alone).
 */
export async function backupDatabase(target: BackupTarget, file: string): Promise<{ bytes: number }> {
  mkdirSync(dirname(file), { recursive: true });
  if (target.kind === 'postgres') {
    await run('pg_dump', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--file',
      file,
      '--dbname',
      target.url,
    ]);
  } else {
    if (!existsSync(target.dataDir)) {
      throw new BackupError('DATA_DIR_MISSING', `数据目录“${target.dataDir}”不存在，没有可备份的数据`);
    }
    const client = await PGlite.create(target.dataDir, { extensions: { pg_trgm } });
    try {
      const dump = await client.dumpDataDir('gzip');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  }
  return { bytes: statSync(file).size };
}

/**
 * Restores a backup made by backupDatabase. PostgreSQL: psql in one transaction that stops at the
 * first error (all or nothing). PGlite: into the data directory; an existing one is kept aside as
 * `<dir>.before-restore-<time>`, never deleted.
 */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<{ keptAside?: string }> {
  if (!existsSync(file)) throw new BackupError('BACKUP_MISSING', `找不到备份文件“${file}”`);
  const head = readFileSync(file).subarray(0, 2);
  const isPgliteDump = head[0] === gzipMagic[0] && head[1] === gzipMagic[1];
  if (target.kind === 'postgres') {
    if (isPgliteDump)
      throw new BackupError('BACKUP_KIND_MISMATCH', '这是内置数据库（PGlite）的备份，不能恢复到 PostgreSQL');
    await run('psql', [
      '--no-psqlrc',
      '--quiet',
      '-v',
      'ON_ERROR_STOP=1',
      '--single-transaction',
      '--file',
      file,
      '--dbname',
      target.url,
    ]);
    return {};
  }
  if (!isPgliteDump) throw new BackupError('BACKUP_KIND_MISMATCH', '这不是内置数据库（PGlite）的备份文件');
  let keptAside: string | undefined;
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    keptAside = `${target.dataDir.replace(/\/+$/, '')}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target.dataDir, keptAside);
  }
  mkdirSync(target.dataDir, { recursive: true });
  const client = await PGlite.create(target.dataDir, {
    extensions: { pg_trgm },
    loadDataDir: new Blob([readFileSync(file)]),
  });
  await client.query('select 1');
  await client.close();
  return keptAside ? { keptAside } : {};
}
