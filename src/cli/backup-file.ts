import { resolve } from 'node:path';
import type { CliRun } from './io.ts';
import { CliError, writeLine } from './io.ts';
import { parseOptions } from './options.ts';
import { loadConfig } from '../runtime/config.ts';
import { BackupError } from '../storage/backup.ts';
import type { BackupTarget } from '../storage/backup.ts';

function configuredTarget(): BackupTarget {
  const config = loadConfig();
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(config.DATA_DIR) };
}

/** One positional FILE; anything else is a usage error (exit 2). Null when --help was asked. */
function fileArgument(argv: string[], help: string): string | null {
  const parsed = parseOptions(argv, { help: { type: 'boolean', short: 'h' } }, true);
  if (parsed.values.help) return null;
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) throw new CliError('USAGE', `请给出一个备份文件路径。\n\n${help}`);
  return resolve(file);
}

async function withBackupErrors(fn: () => Promise<number>): Promise<number> {
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
export function backupFileCommand(
  help: string,
  action: (target: BackupTarget, file: string) => Promise<string>,
): CliRun {
  return (argv) =>
    withBackupErrors(async () => {
      const file = fileArgument(argv, help);
      writeLine(process.stdout, file ? await action(configuredTarget(), file) : help);
      return 0;
    });
}
